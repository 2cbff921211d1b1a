import type { FormatExporter } from '@coursepack/export-kit';
import { textFile } from '@coursepack/export-kit';
import { moduleGift } from './module-gift.js';

/** Moodle GIFT text: `<module-id>.gift` per module. */
export const giftExporter: FormatExporter = {
  name: 'gift',
  description: 'Moodle GIFT question text (<module-id>.gift)',
  exportModule: async (module, input) => {
    const { text, diagnostics } = moduleGift(input.course, module);
    return { files: [textFile(`${module.id}.gift`, text)], diagnostics };
  },
};
