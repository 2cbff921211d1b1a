import { extensionOf } from '@coursepack/core';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  vtt: 'text/vtt; charset=utf-8',
  zip: 'application/zip',
  gz: 'application/gzip',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
};

// The author's files sit under `assets/`: a page or a script among them is shown as text, never
// run, as only the player's own files may be.
const RUNNABLE = new Set(['html', 'js']);

/** The Content-Type of a file of a module's player, by its path in the player. */
export function contentType(path: string): string {
  const extension = extensionOf(path);
  if (path.startsWith('assets/') && RUNNABLE.has(extension)) return 'text/plain; charset=utf-8';
  return TYPES[extension] ?? 'application/octet-stream';
}
