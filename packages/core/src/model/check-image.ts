/** Image formats every export can show. */
export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'svg';

const latin1 = new TextDecoder('latin1');
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** The format of an image file, told from its bytes (never its name), or null when it is none of {@link ImageKind}. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  const head = latin1.decode(bytes.subarray(0, 12));
  if (head.startsWith('GIF87a') || head.startsWith('GIF89a')) return 'gif';
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WEBP') return 'webp';
  // An SVG: its root element, after an optional BOM, XML declaration and comments.
  if (/^(?:\uFEFF|\xEF\xBB\xBF)?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<svg[\s>]/.test(latin1.decode(bytes.subarray(0, 4096)))) return 'svg';
  return null;
}

// What an SVG may not hold. Packages are served from the LMS's own site, so an SVG opened on its
// own (not through an <img>) runs with that site's rights: scripts, handlers, embedded HTML and
// anything fetched from elsewhere are refused rather than cleaned, so what ships is what was read.
const SVG_UNSAFE: readonly [RegExp, string][] = [
  [/<script[\s>/]/i, 'a <script> element'],
  [/<foreignObject[\s>/]/i, 'a <foreignObject> element (HTML inside the SVG)'],
  [/<!(?:DOCTYPE|ENTITY)/i, 'a DOCTYPE or entity declaration'],
  [/<(?:iframe|embed|object|audio|video|handler|listener)[\s>/]/i, 'an element that embeds or runs other content'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (on…=)'],
  [/(?:href|src)\s*=\s*["']?\s*(?!#)[^"'\s>]/i, 'a link or reference to something outside the SVG (only #fragments are allowed)'],
  [/url\(\s*["']?\s*(?!#)[^)"'\s]/i, 'a url() to something outside the SVG'],
  [/@import/i, 'a stylesheet @import'],
  [/javascript:/i, 'a javascript: URL'],
];

/**
 * Why an image file cannot be packaged, or null when it can: it must be one of the formats every
 * export shows, and an SVG must hold nothing that runs or loads anything.
 */
export function imageProblem(bytes: Uint8Array): string | null {
  const kind = imageKind(bytes);
  if (kind === null) return 'it is not a PNG, JPEG, GIF, WebP or SVG image';
  if (kind !== 'svg') return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  for (const [pattern, what] of SVG_UNSAFE) if (pattern.test(text)) return `the SVG holds ${what}`;
  return null;
}
