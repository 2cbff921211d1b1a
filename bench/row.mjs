// One benchmark measurement in its own process, printed as JSON on the last line.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCourse, courseSkeleton, listContentFolder, moduleBuilder, readConfig, withoutContent } from '@coursepack/core';
import { isStreamed } from '@coursepack/export-kit';
import { loadExporter } from 'coursepack';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// kind: floor (unified + remark over the course's markdown) | model (validate, then every
// exporter over the course, module by module). Each runs in a process of its own, so the peak
// memory reported for a row is that of its own work.
// --every n: measure every n-th module of the course only (the quick mode's sample).
const args = process.argv.slice(2);
const everyAt = args.indexOf('--every');
const every = everyAt >= 0 ? Number(args.splice(everyAt, 2)[1]) : 1;
const [kind, root, ...formats] = args;
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

// The modules measured (every one unless sampling), from a listing of the course (no markdown is
// read before anything is timed).
const listing = (await listContentFolder(root)).source;
const skeleton = courseSkeleton(listing, readConfig(listing.configText).config);
const measured = skeleton.modules.filter((_, i) => i % every === 0);

const result = { sample: { modules: measured.length, bytes: 0 } };
if (kind === 'floor') {
  // The floor: unified + remark-parse + remark-gfm over the markdown files under the measured
  // modules' folders, nothing else. Its sample (modules and bytes) is the one every row reports.
  const measuredFiles = new Set(measured.flatMap((m) => m.files.map((f) => f.path)));
  const files = listing.files.filter((f) => f.path.endsWith('.md') && (every === 1 || measuredFiles.has(f.path)));
  const texts = await Promise.all(files.map((f) => readFile(path.join(root, f.path), 'utf8')));
  result.sample.bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const processor = unified().use(remarkParse).use(remarkGfm);
  // Warm the parser up on a file first, so neither the floor nor validate pays the JIT alone.
  if (texts[0]) processor.parse(texts[0]);
  const start = performance.now();
  for (const text of texts) processor.parse(text);
  result.floor = { ms: performance.now() - start, rssMB: rss() };
}
if (kind === 'model') {
  // validate as `coursepack validate` does it, in one process: list the folder, find the
  // course-wide problems, then read, build and check one module at a time. The module builds are
  // timed here, in the pass that also hands each built module to every exporter (each timed on
  // its own) before dropping it, so the course is read and parsed once for both.
  let start = performance.now();
  const folder = await listContentFolder(root);
  const source = folder.source;
  courseSkeleton(source, readConfig(source.configText).config);
  const diagnostics = [...buildCourse(source, { only: new Set() }).diagnostics];
  const builder = moduleBuilder(source);
  let validateMs = performance.now() - start;

  // Course-level files are then assembled from the parts, which wait on disk as a build's cache keeps them.
  const exporters = await Promise.all(formats.map((f) => loadExporter(f)));
  const partsDir = await mkdtemp(path.join(tmpdir(), 'coursepack-bench-parts-'));
  const options = { toolVersion: 'bench' };
  const rows = Object.fromEntries(formats.map((f) => [f, { ms: 0, moduleMs: 0, bytes: 0, largestFile: 0 }]));
  const exportable = [];
  // One module built, with the export input that puts it among the skeletons of the others.
  const buildModule = async (m) => {
    const build = builder(m.id, await folder.read(m.files.map((f) => f.path)));
    const module = build.course.modules[0];
    const input = module && { course: { ...skeleton, modules: skeleton.modules.map((s) => (s.id === m.id ? module : s)) }, documents: build.documents };
    return { build, module, input };
  };
  // Untimed warm-up, so one-time setup (compilers, fonts, templates) and the JIT's first work are
  // not counted per module: on the first module of a full run, and on two modules outside the
  // sample when sampling, where the first module of a short sample would leave too much of it.
  try {
    for (const m of every > 1 ? skeleton.modules.filter((_, i) => i % every !== 0).slice(0, 2) : measured.slice(0, 1)) {
      const { module, input } = await buildModule(m);
      if (module) for (const exporter of exporters) if (exporter.exportModule) await exporter.exportModule(module, input, options);
    }
    for (const m of measured) {
      start = performance.now();
      const { build, module, input } = await buildModule(m);
      validateMs += performance.now() - start;
      diagnostics.push(...build.diagnostics);
      if (!module || build.diagnostics.some((d) => d.severity === 'error')) continue;
      // A course file needs only each module's name; the model is dropped with the module.
      exportable.push(withoutContent(module));
      for (const exporter of exporters) {
        start = performance.now();
        const out = exporter.exportModule ? await exporter.exportModule(module, input, options) : { files: [] };
        const parts = exporter.assembleCourse ? (exporter.exportModuleParts ? await exporter.exportModuleParts(module, input, options) : out.files) : [];
        const row = rows[exporter.name];
        row.moduleMs += performance.now() - start;
        for (const f of out.files) {
          row.bytes += f.bytes.byteLength;
          row.largestFile = Math.max(row.largestFile, f.bytes.byteLength);
        }
        for (const f of parts) {
          const file = path.join(partsDir, exporter.name, m.id, f.path);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, f.bytes);
        }
        if (parts.length > 0) await writeFile(path.join(partsDir, exporter.name, `${m.id}.list`), JSON.stringify(parts.map((f) => f.path)));
      }
    }
    result.validate = { ms: validateMs, rssMB: rss(), errors: diagnostics.filter((d) => d.severity === 'error').length };
    const course = { ...skeleton, modules: exportable };
    for (const exporter of exporters) {
      const row = rows[exporter.name];
      if (!exporter.assembleCourse) {
        row.ms = row.moduleMs;
        continue;
      }
      const readParts = async (id) => {
        const list = await readFile(path.join(partsDir, exporter.name, `${id}.list`), 'utf8').catch(() => null);
        if (list === null) return [];
        return Promise.all(JSON.parse(list).map(async (p) => ({ path: p, bytes: new Uint8Array(await readFile(path.join(partsDir, exporter.name, id, p))) })));
      };
      start = performance.now();
      const out = await exporter.assembleCourse(course, readParts, options);
      for (const f of out.files) {
        if (!isStreamed(f)) row.bytes += f.bytes.byteLength;
        else for await (const chunk of f.stream()) row.bytes += chunk.byteLength;
      }
      row.ms = row.moduleMs + (performance.now() - start);
    }
  } finally {
    await rm(partsDir, { recursive: true, force: true });
  }
  for (const f of formats) rows[f].rssMB = rss();
  result.exporters = rows;
}
console.log(JSON.stringify(result));
