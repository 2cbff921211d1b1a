import { imageKind, imagePixels } from '@coursepack/core';
import type { ImagePixels } from '@coursepack/core';

/** What the typesetter needs to know of an image file: its format and, when read, its pixel size. */
export interface ImageFormat {
  /** File extension Typst reads the format from. */
  extension: 'png' | 'jpg' | 'gif' | 'webp' | 'svg';
  /** Pixel size, or null when it is not read from the header (WebP, SVG): Typst sizes those itself. */
  pixels: ImagePixels | null;
}

/**
 * The format of an image Typst can print, told from its first bytes (by core, which refuses to
 * package anything else), with the pixel size of those whose header says it; null for anything
 * else (PDF pages among them: Typst cannot embed them in a PDF/UA-1 document).
 */
export function imageFormat(bytes: Uint8Array): ImageFormat | null {
  switch (imageKind(bytes)) {
    case 'png':
      return bytes.length >= 24 ? { extension: 'png', pixels: imagePixels(bytes) } : null;
    case 'gif':
      return bytes.length >= 10 ? { extension: 'gif', pixels: imagePixels(bytes) } : null;
    case 'jpeg':
      return { extension: 'jpg', pixels: imagePixels(bytes) };
    case 'webp':
      return { extension: 'webp', pixels: null };
    case 'svg':
      return { extension: 'svg', pixels: null };
    default:
      return null;
  }
}
