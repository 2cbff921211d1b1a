import type { Diagnostic } from '../diagnostics/types.js';
import type { ContentSource, RawFile } from '../load/content-source.js';
import type { BuildModelOptions } from '../model/build-model.js';
import { buildModel, buildModelOfLayout, courseLayout, listedPaths } from '../model/build-model.js';
import type { CourseConfig } from '../model/config.js';
import { defaultConfig } from '../model/config.js';
import { checkModuleLinks } from '../model/module-links.js';
import { imagePixels, imageProblem } from '../model/check-image.js';
import { isDownloadType } from '../model/download-type.js';
import type { Finding } from '../model/finding.js';
import type { ModuleLinks } from '../model/module-links.js';
import type { DocumentSet } from '../model/document.js';
import type { Course, Module } from '../model/types.js';
import { missingPdfFontFindings } from './check-pdf-fonts.js';
import { findingDiagnostics } from './finding-diagnostics.js';
import { runRules } from './run-rules.js';

/** A validated course: the model, the parsed documents and every diagnostic. */
export interface CourseBuild {
  course: Course;
  documents: DocumentSet;
  config: CourseConfig;
  diagnostics: Diagnostic[];
  /** Each built module's links to other modules, for {@link moduleLinkDiagnostics} when modules are built apart. */
  links: ModuleLinks[];
}

/**
 * Build and validate a course from its content source. Never throws on content. With the course's
 * own findings, a font `pdfFonts` lists must be a file of the folder, when the source lists them.
 */
export function buildCourse(source: ContentSource, options: BuildModelOptions = {}): CourseBuild {
  const model = buildModel(source, options);
  if (options.courseFindings !== false && source.otherFiles) model.findings.push(...missingPdfFontFindings(model.config, source.configText, source.otherFiles));
  return { course: model.course, documents: model.documents, config: model.config, diagnostics: runRules(model), links: model.links };
}

/**
 * The diagnostics across modules built apart (by {@link moduleBuilder}), from every module's links
 * and the course's listing: what `buildCourse` over the whole course finds in one pass.
 */
export function moduleLinkDiagnostics(links: Iterable<ModuleLinks>, listing: ContentSource): Diagnostic[] {
  return findingDiagnostics(checkModuleLinks(links, listedPaths(listing)));
}

/**
 * An image as read for checking: its bytes, or only its size when it was over the limit and so
 * left unread, or `unreadable` when the listed file could not be opened or read (no permission,
 * gone since the folder was listed). Undefined for a file not read or not listed, which
 * {@link moduleLinkDiagnostics} reports.
 */
export type ImageRead = Uint8Array | { size: number; unreadable?: true } | undefined;

/** Whether a file was listed but could not be read (see {@link ImageRead}). */
export const isUnreadable = (read: ImageRead): boolean => read !== undefined && !(read instanceof Uint8Array) && read.unreadable === true;

/**
 * The diagnostics of the images modules show and the files they carry as downloads, from what
 * reading them found (`readOf`, each read up to the limit {@link assetLimit} gives it). An image
 * must be at most `maxImageSize` bytes, an image every export can show, declare at most
 * `maxImagePixels` pixels, and an SVG must hold nothing that runs or loads anything; a download
 * must be at most `maxDownloadSize` bytes. A problem keeps its module from export, and is placed
 * where the module first shows or links to the file.
 */
export function assetDiagnostics(links: Iterable<ModuleLinks>, readOf: (path: string) => ImageRead, limits: Pick<CourseConfig, 'maxImageSize' | 'maxImagePixels' | 'maxDownloadSize'> = defaultConfig): Diagnostic[] {
  const { maxImageSize, maxImagePixels, maxDownloadSize } = limits;
  const findings: Finding[] = [];
  for (const l of links) {
    const seen = new Set<string>();
    // A file also shown as an image is checked as one.
    for (const file of carriedDownloads(l)) {
      if (seen.has(file.path)) continue;
      seen.add(file.path);
      const read = readOf(file.path);
      if (isUnreadable(read)) {
        findings.push({ code: 'file-unreadable', message: `\`${file.href}\` links to a file that could not be read, so it is not packaged; check the file's permissions`, place: file.place, module: l.moduleId });
        continue;
      }
      const size = read === undefined ? 0 : read instanceof Uint8Array ? read.byteLength : read.size;
      if (size > maxDownloadSize) findings.push({ code: 'download-too-large', message: `\`${file.href}\` links to a file of ${size} bytes, over the limit of ${maxDownloadSize} (\`maxDownloadSize\`), so it is not packaged`, place: file.place, module: l.moduleId });
    }
    seen.clear();
    for (const image of l.images) {
      if (seen.has(image.path)) continue;
      seen.add(image.path);
      const read = readOf(image.path);
      if (!read) continue;
      if (isUnreadable(read)) {
        findings.push({ code: 'file-unreadable', message: `\`${image.src}\` could not be read, so it is not packaged; check the file's permissions`, place: image.place, module: l.moduleId });
        continue;
      }
      const size = read instanceof Uint8Array ? read.byteLength : read.size;
      if (size > maxImageSize) {
        findings.push({ code: 'image-too-large', message: `\`${image.src}\` is ${size} bytes, over the limit of ${maxImageSize} (\`maxImageSize\`), so it is not packaged`, place: image.place, module: l.moduleId });
        continue;
      }
      // Within the limit, the file was read whole.
      if (!(read instanceof Uint8Array)) continue;
      const problem = imageProblem(read);
      if (problem) {
        findings.push({ code: 'image-unsupported', message: `\`${image.src}\` cannot be packaged: ${problem}`, place: image.place, module: l.moduleId });
        continue;
      }
      // A few bytes can declare billions of pixels, which whatever shows the image must decode.
      const pixels = imagePixels(read);
      if (pixels && pixels.width * pixels.height > maxImagePixels) {
        const megapixels = (n: number) => `${Math.round(n / 1e5) / 10} megapixels`;
        findings.push({
          code: 'image-too-many-pixels',
          message: `\`${image.src}\` is ${pixels.width} × ${pixels.height} pixels (${megapixels(pixels.width * pixels.height)}), over the limit of ${megapixels(maxImagePixels)} (\`maxImagePixels\`), so it is not packaged`,
          place: image.place,
          module: l.moduleId,
        });
      }
    }
  }
  return findingDiagnostics(findings);
}

/** The files a module links to that packages carry as downloads, but not those it also shows as images. */
function carriedDownloads(links: ModuleLinks): ModuleLinks['files'] {
  const shown = new Set(links.images.map((i) => i.path));
  return (links.files ?? []).filter((f) => isDownloadType(f.path) && !shown.has(f.path));
}

/**
 * How many bytes of each file modules show or link to are read for checking and packaging: up to
 * `maxImageSize` for an image, `maxDownloadSize` for a download; a larger file is only measured.
 * The paths are those of `links` (every module's, or one's).
 */
export function assetLimit(links: Iterable<ModuleLinks>, limits: Pick<CourseConfig, 'maxImageSize' | 'maxDownloadSize'>): (path: string) => number {
  const images = new Set<string>();
  for (const l of links) for (const image of l.images) images.add(image.path);
  return (path) => (images.has(path) ? limits.maxImageSize : limits.maxDownloadSize);
}

/**
 * Build and validate one module at a time. The course's layout (configuration, module folders,
 * where each file belongs) is worked out once from `listing`, whose files need no bytes; each call
 * parses only the files it is given, so a module costs about the same in a course of ten or ten thousand.
 * A call gives what `buildCourse(source, { only: [moduleId], courseFindings: false })` gives.
 */
export function moduleBuilder(listing: ContentSource): (moduleId: string, files: readonly RawFile[]) => CourseBuild {
  const layout = courseLayout(listing);
  return (moduleId, files) => {
    const model = buildModelOfLayout(layout, { only: new Set([moduleId]), courseFindings: false }, new Map(files.map((f) => [f.path, f])));
    return { course: model.course, documents: model.documents, config: model.config, diagnostics: runRules(model), links: model.links };
  };
}

/** Modules that have no error diagnostics and so can be exported. */
export function exportableModules(build: Pick<CourseBuild, 'course' | 'diagnostics'>): Module[] {
  const broken = new Set(build.diagnostics.filter((d) => d.severity === 'error' && d.module !== null).map((d) => d.module));
  return build.course.modules.filter((m) => !broken.has(m.id));
}
