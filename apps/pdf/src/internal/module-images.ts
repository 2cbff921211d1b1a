import { createHash } from 'node:crypto';
import type { Module } from '@coursepack/core';
import type { AssetLookup } from '@coursepack/export-kit';
import type { PrintImage } from '../rich-blocks.js';
import { imageFormat } from './image-format.js';

/** One CSS pixel in points: an image prints at the size the module's web pages show it. */
const PT_PER_PX = 0.75;
/** Tallest an image prints, in points (9 cm), so a question and its picture share a page. */
const MAX_HEIGHT_PT = 255;

/** The images of one printout: how each `src` prints, and the bytes behind each printed file. */
export interface ModuleImages {
  bySrc: ReadonlyMap<string, PrintImage>;
  /** Bytes by the file name the template reads (`/assets/<sha-256>.<ext>`). */
  files: ReadonlyMap<string, Uint8Array>;
}

const NONE: ModuleImages = { bySrc: new Map(), files: new Map() };
const known = new WeakMap<Uint8Array, PrintImage | null>();

/**
 * The printable images of a module: each asset with bytes in a format Typst prints, named by the
 * hash of its bytes (never by the author's path, so no author text reaches a Typst path and equal
 * files are embedded once). Assets without bytes or in other formats are left out: they print
 * their alt text.
 */
export function moduleImages(module: Pick<Module, 'assets'>, assets: AssetLookup | undefined): ModuleImages {
  const list = module.assets ?? [];
  if (!assets || list.length === 0) return NONE;
  const bySrc = new Map<string, PrintImage>();
  const files = new Map<string, Uint8Array>();
  for (const asset of list) {
    const bytes = assets.get(asset.path);
    const image = bytes ? printImage(bytes) : null;
    if (!bytes || !image) continue;
    bySrc.set(asset.href, image);
    files.set(image.file, bytes);
  }
  return { bySrc, files };
}

/** Every printout's images together (a booklet's modules). */
export function mergeImages(all: readonly ModuleImages[]): ModuleImages {
  if (all.every((i) => i.files.size === 0)) return NONE;
  return { bySrc: new Map(), files: new Map(all.flatMap((i) => [...i.files])) };
}

function printImage(bytes: Uint8Array): PrintImage | null {
  if (known.has(bytes)) return known.get(bytes) ?? null;
  const format = imageFormat(bytes);
  let image: PrintImage | null = null;
  if (format) {
    const pixels = format.pixels;
    const width = pixels && Math.min(pixels.width * PT_PER_PX, (MAX_HEIGHT_PT * pixels.width) / pixels.height);
    image = { file: `/assets/${createHash('sha256').update(bytes).digest('hex')}.${format.extension}`, width: width && Math.round(width * 100) / 100 };
  }
  known.set(bytes, image);
  return image;
}
