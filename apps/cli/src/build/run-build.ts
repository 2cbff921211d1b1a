import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSource, Course, Diagnostic, Module } from '@coursepack/core';
import { buildCourse, courseSkeleton, listContentFolder, moduleLinkDiagnostics, readConfig, sortDiagnostics } from '@coursepack/core';
import type { ExportOptions, FormatExporter, OutputFile, StreamedFile } from '@coursepack/export-kit';
import { isStreamed, mapConcurrently } from '@coursepack/export-kit';
import type { BuildCache, CacheEntry } from './build-cache.js';
import { READ_AHEAD, buildModules } from './build-modules.js';
import { createBuildCache } from './build-cache.js';
import { codeIdentity } from './code-identity.js';
import { lockFolder } from './folder-lock.js';
import { SCRATCH_PREFIX, removeLeftoverCacheFiles, removeLeftoverOutputs } from './temporary-files.js';
import { FORMAT_NAMES, loadExporter } from './formats.js';
import { lazyDocuments } from './lazy-documents.js';
import { buildFingerprint, moduleKey } from './module-key.js';
import type { ModuleResult } from './process-module.js';
import { readAhead } from './read-ahead.js';
import type { Shard } from './select-shard.js';
import { selectShard } from './select-shard.js';
import { removeStaleOutputs } from './remove-stale-outputs.js';
import { assetReader } from './read-assets.js';
import { readPdfFonts } from './read-pdf-fonts.js';
import { createStagedWriter } from './staged-writer.js';
import type { PoolTask } from './worker-pool.js';
import { UsageError } from '../usage-error.js';

/** What to build. */
export interface BuildPlan {
  root: string;
  outDir: string;
  formats: string[];
  options: ExportOptions;
  /** Where exporters come from (tests pass their own); defaults to the installed format packages. */
  resolveExporter?: (format: string) => Promise<FormatExporter>;
  /** Folder of the content-hash cache; null or absent builds everything. */
  cacheDir?: string | null;
  /** Build only one shard's modules (course-level outputs are left to an unsharded build). */
  shard?: Shard | null;
  /** Worker threads; default: one per core when there are more than a handful of modules. */
  jobs?: number;
  /** What identifies coursepack's code in cache keys (default: {@link codeIdentity}). */
  code?: string;
}

/** What a build did. */
export interface BuildOutcome {
  /** Validation and exporter diagnostics, sorted. */
  diagnostics: Diagnostic[];
  /** Modules left out because they have errors, with the first error of each. */
  skipped: { module: string; reason: Diagnostic }[];
  /** Files written per format. */
  written: Record<string, number>;
  /** Files of an earlier build removed because no module makes them any more. */
  removed: string[];
  /** Modules in the course, built in this run, and taken from the cache. */
  modules: { total: number; selected: number; built: number; cached: number };
}

/**
 * Validate and export a course module by module (in worker threads for large courses, skipping
 * modules whose inputs are unchanged since a cached build), then build the course-level outputs,
 * and rename everything into place only when all of it succeeded. The output folder (and the
 * cache) are claimed for the build's time: a second build into either fails with a clear message.
 */
export async function runBuild(plan: BuildPlan): Promise<BuildOutcome> {
  const releaseOut = await lockFolder(plan.outDir, `the output folder ${plan.outDir}`);
  try {
    const releaseCache = plan.cacheDir ? await lockFolder(plan.cacheDir, `the cache ${plan.cacheDir}`) : null;
    try {
      // What builds killed part-way left behind: no other build can be writing here now.
      await removeLeftoverOutputs(plan.outDir, [...new Set([...FORMAT_NAMES, ...plan.formats])]);
      if (plan.cacheDir) await removeLeftoverCacheFiles(plan.cacheDir);
      return await buildClaimed(plan);
    } finally {
      await releaseCache?.();
    }
  } finally {
    await releaseOut();
  }
}

async function buildClaimed(plan: BuildPlan): Promise<BuildOutcome> {
  // The folder is listed; each module's markdown is read only when its turn comes (see below).
  const folder = await listContentFolder(plan.root);
  const source = folder.source;
  const { config } = readConfig(source.configText);
  const skeleton = courseSkeleton(source, config);
  const courseLevel = buildCourse(source, { only: new Set() });
  // The fonts the course adds to its PDFs, read and checked once; only a build that makes PDFs
  // hands them to exporters, and so keys its cache on them.
  const pdfFonts = await readPdfFonts(plan.root, source, config.pdfFonts);
  const options: ExportOptions = plan.formats.includes('pdf') && pdfFonts.fonts.length > 0 ? { ...plan.options, fonts: pdfFonts.fonts } : plan.options;
  const diagnostics: Diagnostic[] = [...courseLevel.diagnostics, ...pdfFonts.diagnostics];
  // Modules that the course as a whole rules out (a folder name two modules share, a module file
  // the listing had to skip) are not built, so no export of theirs is written.
  const ruledOut = new Map<string, Diagnostic>();
  for (const d of courseLevel.diagnostics) if (d.severity === 'error' && d.module && !ruledOut.has(d.module)) ruledOut.set(d.module, d);
  // A module folder ruled out by its name alone (too long, reserved, or the same name as an
  // earlier one's where letter case is ignored) is not in the skeleton, but is still a module of
  // the course the summary counts and names as skipped.
  const listed = new Set(skeleton.modules.map((m) => m.id));
  const moduleIds = [...listed, ...[...ruledOut.keys()].filter((id) => !listed.has(id))];
  const selected = new Set(selectShard(moduleIds, plan.shard ?? null));
  const exporters = await Promise.all(plan.formats.map((f) => (plan.resolveExporter ?? loadExporter)(f)));
  // Without a cache, a throwaway one inside the output folder (so outputs can be links to its
  // files) still keeps each module's parts on disk until the course files are assembled: no
  // process holds the whole course. It starts empty, so everything is built.
  const scratch = plan.cacheDir ? null : path.join(plan.outDir, `${SCRATCH_PREFIX}${process.pid}-${Date.now().toString(36)}`);
  // The version number alone does not change when coursepack's code does (a checkout, a local fix).
  const code = plan.code ?? (plan.cacheDir ? await codeIdentity() : '');
  const cache: BuildCache = createBuildCache(plan.cacheDir ?? (scratch as string), `${plan.options.toolVersion}\0${code}`);
  // When every course-level file is assembled from parts, later steps need only modules' names.
  const needsModels = exporters.some((e) => e.exportCourse && !e.assembleCourse);
  const fingerprint = buildFingerprint(source, skeleton, plan.formats, options, needsModels, code);
  const writer = createStagedWriter(plan.outDir);
  const assets = assetReader(plan.root, source);
  const written: Record<string, number> = Object.fromEntries(plan.formats.map((f) => [f, 0]));
  const results = new Map<string, ModuleResult>();
  const keys = new Map<string, string>();
  // Readers of each cached module's parts, so course-level formats do not reread its record.
  const partReaders = new Map<string, CacheEntry['parts']>();
  // Which module wrote each output (null: a course file), for the output folder's ledger.
  const owners = new Map<string, string | null>();
  const emit = async (format: string, files: (OutputFile | StreamedFile)[], owner: string | null) => {
    for (const f of files) {
      owners.set(`${format}/${f.path}`, owner);
      await (isStreamed(f) ? writer.writeStream(`${format}/${f.path}`, f.stream()) : writer.write(`${format}/${f.path}`, f.bytes));
    }
    written[format] = (written[format] ?? 0) + files.length;
  };
  // A module's outputs, from the files the cache holds them in.
  const link = async (outputs: CacheEntry['outputs'], owner: string) => {
    for (const set of outputs) {
      for (const f of set.files) owners.set(`${set.format}/${f.path}`, owner);
      await Promise.all(set.files.map((f) => writer.writeFrom(`${set.format}/${f.path}`, f.file, f.stat)));
      written[set.format] = (written[set.format] ?? 0) + set.files.length;
    }
  };
  const accept = async (result: ModuleResult, isFresh: boolean) => {
    const key = keys.get(result.moduleId);
    if (isFresh && key) {
      // Written once, into the cache; the outputs are links to those files.
      await link(await cache.write(key, result), result.moduleId);
    } else for (const set of result.outputs) await emit(set.format, set.files, result.moduleId);
    results.set(result.moduleId, { ...result, outputs: [], parts: [], assets: [] });
  };

  try {
    const candidates = skeleton.modules.filter((m) => selected.has(m.id) && !ruledOut.has(m.id)).map((m) => ({ moduleId: m.id, paths: m.files.map((f) => f.path) }));
    let cached = 0;
    // Each module's files are read just ahead of their use and hashed into its cache key. A cached
    // module's outputs are linked from the cache here; any other becomes a task for a worker.
    const checked = readAhead(candidates, READ_AHEAD, async (c): Promise<PoolTask | null> => {
      const files = await folder.read(c.paths);
      const key = moduleKey(fingerprint, c.moduleId, files);
      keys.set(c.moduleId, key);
      const found = scratch ? null : await cache.entry(key);
      // The module's markdown is unchanged; the images it shows must be too.
      const hit = found && (await assets.unchanged(found.result.assets)) ? found : null;
      if (!hit) return { moduleId: c.moduleId, files };
      cached++;
      partReaders.set(c.moduleId, hit.parts);
      await link(hit.outputs, c.moduleId);
      await accept(hit.result, false);
      return null;
    });
    async function* tasks(): AsyncGenerator<PoolTask> {
      for await (const task of checked) if (task) yield task;
    }
    const init = { type: 'init' as const, root: plan.root, listing: source, skeleton, formats: plan.formats, options, keepModel: needsModels };
    await buildModules(tasks(), { init, exporters, jobs: plan.jobs, inProcess: plan.resolveExporter !== undefined }, (r) => accept(r, true));

    // References between modules and images, now that every module is in: the modules stay
    // exported (each was built on its own), and the build fails on an error. A shard sees only
    // its own modules, so leaves this to the whole build.
    if (!plan.shard) diagnostics.push(...moduleLinkDiagnostics([...results.values()].flatMap((r) => (r.links ? [r.links] : [])), source));
    const skipped: BuildOutcome['skipped'] = [];
    const exportable: Module[] = [];
    for (const id of moduleIds) {
      const reason = selected.has(id) ? ruledOut.get(id) : undefined;
      if (reason) skipped.push({ module: id, reason });
      const r = results.get(id);
      if (!r) continue;
      diagnostics.push(...r.diagnostics);
      if (r.module) exportable.push(r.module);
      else skipped.push({ module: id, reason: r.diagnostics.find((d) => d.severity === 'error') as Diagnostic });
    }

    if (!plan.shard && exportable.length > 0) {
      const course: Course = { ...skeleton, modules: exportable };
      const moduleOfPath = new Map(skeleton.modules.flatMap((m) => m.files.map((f) => [f.path, m.id] as const)));
      const readParts = (format: string) => async (moduleId: string, only?: string) => {
        let reader = partReaders.get(moduleId);
        if (!reader) {
          const key = keys.get(moduleId);
          const parts = key ? await cache.parts(key) : null;
          if (!parts) return [];
          reader = parts;
          partReaders.set(moduleId, reader);
        }
        return reader(format, only);
      };
      // Only an exporter that wants every module's documents at once (none of the bundled ones)
      // makes this process read the whole course.
      let whole: Promise<ContentSource> | null = null;
      const wholeSource = () => (whole ??= folder.read(source.files.map((f) => f.path)).then((files) => ({ ...source, files })));
      // The build's jobs are worker threads; the booklet keeps its own default of one volume at a
      // time (see export-booklet), which bounds its memory.
      const courseOptions = { ...options, ...(scratch ? {} : { memo: cache.memo }) };
      // Formats assemble side by side: the booklet typesets in a child process and the zips
      // compress on the thread pool while this thread joins the JSON and XML files.
      const assembled = await Promise.allSettled(
        exporters.map(async (exporter) => {
          const out = exporter.assembleCourse
            ? await exporter.assembleCourse(course, readParts(exporter.name), courseOptions)
            : exporter.exportCourse
              ? await exporter.exportCourse({ course, documents: lazyDocuments(await wholeSource(), moduleOfPath) }, courseOptions)
              : null;
          if (!out) return;
          diagnostics.push(...out.diagnostics);
          await emit(exporter.name, out.files, null);
        }),
      );
      // Every format has finished writing before a failure aborts the build.
      for (const a of assembled) if (a.status === 'rejected') throw a.reason;
    }
    const paths = await writer.commit().catch((error: unknown) => {
      throw new UsageError(`could not put every output in place (${(error as Error).message}): the output folder now holds some outputs of this build and some of the previous one; build again once that is fixed`);
    });
    // Only a whole build knows every module; a shard leaves the other shards' files alone. A
    // course without modules (a wrong path, a submodule not checked out) removes nothing: its
    // build failed. While a module is skipped, the course files (shared images, the assembled
    // packages) stay too, as they hold its last good output.
    const ledger = new Map(paths.map((p) => [p, owners.get(p) ?? null]));
    const removed =
      moduleIds.length === 0
        ? []
        : await removeStaleOutputs({ outDir: plan.outDir, formats: plan.formats, written: ledger, keepModules: skipped.map((s) => s.module), keepCourseFiles: skipped.length > 0, shard: Boolean(plan.shard) }).catch((error: unknown) => {
            throw new UsageError(`the outputs were written, but not the list of them (${(error as Error).message}), by which the next build tells its own stale files`);
          });
    return {
      diagnostics: sortDiagnostics(diagnostics),
      skipped,
      written,
      removed,
      modules: { total: moduleIds.length, selected: selected.size, built: candidates.length - cached, cached },
    };
  } catch (error) {
    await writer.abort();
    throw error;
  } finally {
    if (scratch) await rm(scratch, { recursive: true, force: true });
  }
}
