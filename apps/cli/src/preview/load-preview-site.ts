import type { Course, Diagnostic, FileStamp, ModuleLinks, RawFile } from '@coursepack/core';
import { buildCourse, courseSkeleton, listContentFolder, moduleBuilder, moduleLinkDiagnostics, readConfig, sortDiagnostics } from '@coursepack/core';
import { buildPlayer } from '@coursepack/player';
import { buildFingerprint, moduleKey } from '../build/module-key.js';
import { courseWithModule } from '../build/process-module.js';
import type { AssetReader, AssetStamp } from '../build/read-assets.js';
import { assetReader, readModuleAssets } from '../build/read-assets.js';
import { isSettled } from '../build/settled.js';

/** One module as the preview shows it: its player's files in memory and its diagnostics. */
export interface PreviewModule {
  id: string;
  title: string;
  /** The player's files by path inside the module's folder (`index.html`, `assets/m1/img/a.png`). */
  files: ReadonlyMap<string, Uint8Array>;
  diagnostics: Diagnostic[];
}

/** The course as the preview serves it. */
export interface PreviewSite {
  title: string;
  language: string;
  modules: PreviewModule[];
  /** Every diagnostic, the course's own (with no module) included, sorted. */
  diagnostics: Diagnostic[];
}

/** A module as last built, and what it was built from. */
interface BuiltModule {
  key: string;
  /**
   * The configuration and layout it was built with and the size and modification time of each of
   * its files, when those tell the files unchanged (see `settledStamp`); null when they cannot.
   */
  seen: string | null;
  /** The images and downloads it was built with, to tell them unchanged without reading them. */
  stamps: AssetStamp[];
  /** Its sections and references into other modules, checked with every module's. */
  links: ModuleLinks | null;
  preview: PreviewModule;
}

/** What building one module needs from the course as a whole. */
interface CourseAtHand {
  skeleton: Course;
  build: ReturnType<typeof moduleBuilder>;
  assets: AssetReader;
}

/**
 * Build one module's browser-only learner player in memory, with the images and downloads it
 * shows and links to. A module with errors is built too, from what parsed, so the author sees it
 * while fixing it; an asset over its size limit has no bytes and is left out, as in a package.
 */
async function buildModule(moduleId: string, files: RawFile[], key: string, seen: string | null, course: CourseAtHand): Promise<BuiltModule | null> {
  const built = course.build(moduleId, files);
  const module = built.course.modules[0];
  if (!module) return null;
  const assets = await readModuleAssets(built, module, course.assets.read);
  const player = buildPlayer(module, { course: courseWithModule(course.skeleton, module), documents: built.documents, assets: assets.bytes }, { version: null });
  return {
    key,
    seen,
    stamps: assets.stamps,
    links: built.links[0] ?? null,
    preview: { id: module.id, title: module.title, files: new Map(player.files.map((f) => [f.path, f.bytes])), diagnostics: [...built.diagnostics, ...assets.diagnostics, ...player.diagnostics] },
  };
}

/**
 * What a module's files look like on disk, with what they are built with (configuration, layout),
 * as one string; null when a file cannot be looked at or was modified too recently to be told
 * unchanged by its size and time alone.
 */
function settledStamp(fingerprint: string, stamps: readonly (FileStamp | null)[], now: number): string | null {
  const parts = [fingerprint];
  for (const s of stamps) {
    if (!s || !isSettled(s.mtimeMs, now)) return null;
    parts.push(`${s.size}:${s.mtimeMs}`);
  }
  return parts.join('\n');
}

/**
 * A loader of a content folder's preview. Each call lists the folder again and rebuilds only the
 * modules whose markdown, images or downloads changed since the last call (all of them when the
 * configuration or the folder's layout did), so saving one file of a large course rebuilds one
 * module. A module's markdown is read again only when a file's size or modification time changed
 * (or it changed too recently to tell). References between modules are checked again every time,
 * as `validate` checks them.
 */
export function previewLoader(root: string): () => Promise<PreviewSite> {
  let last = new Map<string, BuiltModule>();
  return async () => {
    const folder = await listContentFolder(root);
    const source = folder.source;
    const { config } = readConfig(source.configText);
    const skeleton = courseSkeleton(source, config);
    // The same fingerprint a build keys its cache on: configuration, layout and every path listed.
    const fingerprint = buildFingerprint(source, skeleton, [], { toolVersion: 'preview' }, true);
    const course: CourseAtHand = { skeleton, build: moduleBuilder(source), assets: assetReader(root, source) };
    const next = new Map<string, BuiltModule>();
    for (const m of skeleton.modules) {
      const paths = m.files.map((f) => f.path);
      const stampedAt = Date.now();
      const seen = settledStamp(fingerprint, await folder.stamp(paths), stampedAt);
      const before = last.get(m.id);
      const sameAssets = async () => before !== undefined && (await course.assets.unchanged(before.stamps));
      if (before && seen !== null && before.seen === seen && (await sameAssets())) {
        next.set(m.id, before);
        continue;
      }
      // Read to tell: a file touched but not changed keeps its player.
      const files = await folder.read(paths);
      const key = moduleKey(fingerprint, m.id, files);
      const built = before && before.key === key && (await sameAssets()) ? { ...before, seen } : await buildModule(m.id, files, key, seen, course);
      if (built) next.set(m.id, built);
    }
    last = next;
    const modules = [...next.values()];
    // The course's own findings (configuration, folders), then those between modules, once every module is in.
    const across = [...buildCourse(source, { only: new Set() }).diagnostics, ...moduleLinkDiagnostics(modules.flatMap((b) => (b.links ? [b.links] : [])), source)];
    return {
      title: skeleton.title,
      language: skeleton.language,
      modules: modules.map((b) => ({ ...b.preview, diagnostics: sortDiagnostics([...b.preview.diagnostics, ...across.filter((d) => d.module === b.preview.id)]) })),
      diagnostics: sortDiagnostics([...across, ...modules.flatMap((b) => b.preview.diagnostics)]),
    };
  };
}
