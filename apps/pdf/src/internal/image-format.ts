import { imageKind } from '@coursepack/core';

/** What the typesetter needs to know of an image file: its format and, when read, its pixel size. */
export interface ImageFormat {
  /** File extension Typst reads the format from. */
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'svg';
  /** Pixel size, or null when it is not read from the header (WebP, SVG): Typst sizes those itself. */
  pixels: { width: number; height: number } | null;
}

/**
 * The format of an image Typst can print, told from its first bytes (by core, which refuses to
 * package anything else), with the pixel size of those whose header says it; null for anything
 * else (PDF pages among them: Typst cannot embed them in a PDF/UA-1 document).
 */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  switch (imageKind(bytes)) {
    case 'png':
      return bytes.length >= 24 ? { extension: 'png', pixels: sized(view.getUint32(16), view.getUint32(20)) } : null;
    case 'gif':
      return bytes.length >= 10 ? { extension: 'gif', pixels: sized(view.getUint16(6, true), view.getUint16(8, true)) } : null;
    case 'jpeg':
      return { extension: 'jpg', pixels: jpegPixels(view) };
    case 'webp':
      return { extension: 'webp', pixels: null };
    case 'svg':
      return { extension: 'svg', pixels: null };
    default:
      return null;
  }
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
