export { escapeGift } from './escape-gift.js';
export { giftExporter } from './gift-exporter.js';
export { moduleGift } from './module-gift.js';
export type { ModuleGift } from './module-gift.js';
