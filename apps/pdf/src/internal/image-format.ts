/** What the typesetter needs to know of an image file: its format and, when read, its pixel size. */
export interface ImageFormat {
  /** File extension Typst reads the format from. */
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'svg';
  /** Pixel size, or null when it is not read from the header (WebP, SVG): Typst sizes those itself. */
  pixels: { width: number; height: number } | null;
}

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const decoder = new TextDecoder('latin1');

/**
 * The format of an image Typst can print, told from its first bytes, or null for anything else
 * (PDF pages among them: Typst cannot embed them in a PDF/UA-1 document).
 */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length >= 24 && PNG.every((b, i) => bytes[i] === b)) {
    return { extension: 'png', pixels: sized(view.getUint32(16), view.getUint32(20)) };
  }
  if (bytes.length >= 10 && decoder.decode(bytes.subarray(0, 4)) === 'GIF8') {
    return { extension: 'gif', pixels: sized(view.getUint16(6, true), view.getUint16(8, true)) };
  }
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { extension: 'jpg', pixels: jpegPixels(view) };
  if (bytes.length >= 12 && decoder.decode(bytes.subarray(0, 4)) === 'RIFF' && decoder.decode(bytes.subarray(8, 12)) === 'WEBP') return { extension: 'webp', pixels: null };
  if (/^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/.test(decoder.decode(bytes.subarray(0, 1024)))) return { extension: 'svg', pixels: null };
  return null;
}

function sized(width: number, height: number): ImageFormat['pixels'] {
  return width > 0 && height > 0 ? { width, height } : null;
}

/** The size in a JPEG's start-of-frame segment (any SOFn; not DHT C4, JPG C8 or DAC CC). */
function jpegPixels(view: DataView): ImageFormat['pixels'] {
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
