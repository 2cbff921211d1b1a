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

/** An image's size in pixels, as its header gives it. */
export interface ImagePixels {
  width: number;
  height: number;
}

/**
 * The pixel size a raster image's header declares (PNG, GIF, JPEG, WebP), or null for an SVG, a
 * header too short to hold it, or a zero side. Only the header is read: the pixels need not decode.
 */
export function imagePixels(bytes: Uint8Array): ImagePixels | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (imageKind(bytes)) {
    case 'png':
      // IHDR, the first chunk: width and height, big-endian.
      return bytes.length >= 24 ? sized(view.getUint32(16), view.getUint32(20)) : null;
    case 'gif':
      // The logical screen, little-endian.
      return bytes.length >= 10 ? sized(view.getUint16(6, true), view.getUint16(8, true)) : null;
    case 'jpeg':
      return jpegPixels(view);
    case 'webp':
      return webpPixels(view);
    default:
      return null;
  }
}

function sized(width: number, height: number): ImagePixels | null {
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The size in a JPEG's start-of-frame segment (any SOFn; not DHT C4, JPG C8 or DAC CC). */
function jpegPixels(view: DataView): ImagePixels | null {
  let at = 2;
  while (at + 9 <= view.byteLength) {
    if (view.getUint8(at) !== 0xff) return null;
    const marker = view.getUint8(at + 1);
    if (marker === 0xff) {
      at++;
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized(view.getUint16(at + 7), view.getUint16(at + 5));
    }
    at += 2 + view.getUint16(at + 2);
  }
  return null;
}

/** The size in a WebP's first chunk: a lossy frame (VP8), a lossless one (VP8L) or the extended canvas (VP8X). */
function webpPixels(view: DataView): ImagePixels | null {
  if (view.byteLength < 30) return null;
  const chunk = String.fromCharCode(view.getUint8(12), view.getUint8(13), view.getUint8(14), view.getUint8(15));
  if (chunk === 'VP8 ') {
    // After the 3-byte frame tag and the start code 9D 01 2A: 14-bit width and height, little-endian.
    if (view.getUint8(23) !== 0x9d || view.getUint8(24) !== 0x01 || view.getUint8(25) !== 0x2a) return null;
    return sized(view.getUint16(26, true) & 0x3fff, view.getUint16(28, true) & 0x3fff);
  }
  if (chunk === 'VP8L') {
    // After the signature byte 2F: width − 1 and height − 1 in 14 bits each.
    if (view.getUint8(20) !== 0x2f) return null;
    const bits = view.getUint32(21, true);
    return sized((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1);
  }
  if (chunk === 'VP8X') {
    // After 4 bytes of flags: canvas width − 1 and height − 1 in 24 bits each.
    const u24 = (at: number) => view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getUint8(at + 2) << 16);
    return sized(u24(24) + 1, u24(27) + 1);
  }
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
