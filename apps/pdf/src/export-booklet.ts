import type { Course, CourseText, Diagnostic, Module } from '@coursepack/core';
import { translator } from '@coursepack/core';
import { createHash } from 'node:crypto';
import type { AssembledResult, ExportOptions, ExportResult, OutputFile, ReadParts, StreamedFile } from '@coursepack/export-kit';
import { collectFiles, exportNotice, readPart, textFile } from '@coursepack/export-kit';
import type { AssetLookup } from '@coursepack/export-kit';
import { fontDigest } from './internal/author-fonts.js';
import { compileInChild } from './internal/compile-in-child.js';
import { documentDataOfSheets, filesShown, imageFilesOf } from './internal/document-data.js';
import { shownFiles } from './internal/shown-files.js';
import type { PdfOptions } from './render-pdf.js';
import type { ModuleSheet } from './sheet-data.js';
import { sheetData } from './sheet-data.js';

/** File name of the course booklet when it fits one volume. */
export const BOOKLET_FILE = 'course.pdf';

/**
 * Most modules in one booklet volume (about 100 pages): larger courses get several volumes. The
 * typesetter's memory grows with the volume: measured here on the benchmark's modules, a volume of
 * 50 took 280-313 MB in its process, one of 25 took 163-197 MB, in the same time for the booklet.
 */
export const BOOKLET_VOLUME = 25;

/**
 * Options of the booklet: paper, image bytes, modules per volume, where typeset volumes are
 * remembered, and how many volumes are typeset at once (default one).
 */
export type BookletOptions = PdfOptions & { volumeSize?: number; memo?: ExportOptions['memo']; jobs?: number };

const SHEET_PART = 'worksheet.json';
const decoder = new TextDecoder();

/** Some modules' worksheets and the image files they show. */
interface VolumeSheets {
  sheets: ModuleSheet[];
  files: ReadonlyMap<string, Uint8Array>;
}

/**
 * What typesets volume `v` when its file is written: at most `jobs` at once, each started no
 * sooner than `jobs` volumes ahead of the one being written, and let go once it is written, so no
 * more than `jobs` typeset volumes are held however long the booklet.
 */
function volumesAhead(count: number, jobs: number, typeset: (v: number) => Promise<Uint8Array>): (v: number) => Promise<Uint8Array> {
  const started = new Map<number, Promise<Uint8Array>>();
  const queue: (() => void)[] = [];
  let running = 0;
  const limited = async (v: number): Promise<Uint8Array> => {
    while (running >= jobs) await new Promise<void>((resume) => queue.push(resume));
    running++;
    try {
      return await typeset(v);
    } finally {
      running--;
      queue.shift()?.();
    }
  };
  const start = (v: number): Promise<Uint8Array> => {
    let volume = started.get(v);
    if (!volume) {
      volume = limited(v);
      // A volume typeset ahead reports its failure when it is written, not as an unhandled rejection.
      volume.catch(() => {});
      started.set(v, volume);
    }
    return volume;
  };
  return async (v) => {
    const volume = start(v);
    for (let ahead = v + 1; ahead < Math.min(count, v + jobs); ahead++) start(ahead);
    try {
      return await volume;
    } finally {
      started.delete(v);
    }
  };
}

async function bookletVolumes(course: Course, sheetsOf: (modules: Module[]) => Promise<VolumeSheets>, options: BookletOptions): Promise<AssembledResult> {
  const modules = course.modules;
  if (modules.length === 0) return { files: [], diagnostics: [] };
  const size = options.volumeSize ?? BOOKLET_VOLUME;
  const count = Math.ceil(modules.length / size);
  const digits = Math.max(2, String(count).length);
  const fonts = options.fonts ?? [];
  const typeset = async (v: number): Promise<Uint8Array> => {
    const { sheets, files } = await sheetsOf(modules.slice(v * size, (v + 1) * size));
    const title = count === 1 ? course.title : `${course.title} — ${translator(course)('volumeOf', { volume: v + 1, volumes: count })}`;
    const data = documentDataOfSheets(sheets, 'worksheet', { language: course.language, ...(course.labels ? { labels: course.labels } : {}), ...options }, title);
    const shown = filesShown(data, files);
    // A volume depends only on its data, the fonts the course adds (by the hash of their bytes),
    // and this package's templates and fonts, fixed by the coursepack version the build's cache
    // already keys on; images are named by the hash of their bytes: one edit retypesets one volume.
    const hash = createHash('sha256').update(JSON.stringify(data));
    if (fonts.length > 0) hash.update(`\0${fonts.map(fontDigest).join(' ')}`);
    const key = `pdf-booklet-${hash.digest('hex')}`;
    const inChild = () => compileInChild(data, shown, fonts);
    return options.memo ? await options.memo(key, inChild) : await inChild();
  };
  // Volumes are typeset in child processes, one at a time unless `jobs` asks for more, as their
  // files are written. A volume of 50 modules took about a second but about 300 MB in its process:
  // measured here on a 1000-module build, where the volumes overlap with the other formats'
  // assembly anyway, two at a time took the build's peak to 805-818 MB over its processes, one at
  // a time 605 MB, in the same time within the host's noise. Holding every typeset volume until
  // the last was done took another 47 MB at 1000 modules, growing with the course.
  const volume = volumesAhead(count, Math.max(1, options.jobs ?? 1), typeset);
  const files = Array.from({ length: count }, (_, v): StreamedFile => ({
    path: count === 1 ? BOOKLET_FILE : `course-${String(v + 1).padStart(digits, '0')}.pdf`,
    stream: async function* () {
      yield await volume(v);
    },
  }));
  const diagnostics: Diagnostic[] = [];
  const first = modules[0];
  if (count > 1 && first) {
    const code = 'pdf-booklet-volumes';
    diagnostics.push(exportNotice(code, 'info', `The course booklet has ${count} volumes of at most ${size} modules each (course-01.pdf …), not one course.pdf`, first.place, null));
  }
  return { files, diagnostics };
}

/**
 * The course booklet of every module's worksheet: `course.pdf`, or `course-01.pdf` … when the
 * course has more than {@link BOOKLET_VOLUME} modules. Each volume is typeset in its own child
 * process, so memory stays bounded however large the course.
 */
export async function exportBooklet(course: Course, options: BookletOptions = {}): Promise<ExportResult> {
  const t = translator(course);
  return collectFiles(
    await bookletVolumes(
      course,
      async (modules) => ({ sheets: modules.map((m) => sheetData(m, 'worksheet', options.assets, t)), files: imageFilesOf(modules, options.assets) }),
      options,
    ),
  );
}

/**
 * One module's part of the booklet: its worksheet data and the image files it shows (at
 * `assets/<sha-256>.<ext>`), so the booklet needs no module and no content folder again.
 */
export function bookletPart(module: Module, assets?: AssetLookup, course?: CourseText): OutputFile[] {
  const sheet = sheetData(module, 'worksheet', assets, translator(course));
  const images = filesShown(sheet, imageFilesOf([module], assets));
  return [textFile(SHEET_PART, JSON.stringify(sheet)), ...[...images].map(([name, bytes]) => ({ path: name.slice(1), bytes }))];
}

/**
 * The booklet from every module's part, read back one volume at a time. Volumes are streamed
 * files, typeset as they are written (see {@link BookletOptions} `jobs`).
 */
export async function assembleBooklet(course: Course, readParts: ReadParts, options: BookletOptions = {}): Promise<AssembledResult> {
  return bookletVolumes(
    course,
    async (modules) => {
      const files = new Map<string, Uint8Array>();
      const sheets = await Promise.all(
        modules.map(async (m) => {
          const part = await readPart(readParts, m.id, SHEET_PART);
          if (!part) throw new Error(`pdf: module ${m.id} has no booklet part`);
          const sheet = JSON.parse(decoder.decode(part.bytes)) as ModuleSheet;
          // Only the images a sheet shows were stored with it; an image read back as missing prints its alt text.
          for (const name of shownFiles(sheet)) {
            const image = await readPart(readParts, m.id, name.slice(1));
            if (image) files.set(name, image.bytes);
          }
          return sheet;
        }),
      );
      return { sheets, files };
    },
    options,
  );
}
