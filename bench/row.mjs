// One benchmark measurement in its own process, printed as JSON on the last line.
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { exportableModules, loadCourse } from '@coursepack/core';
import { loadExporter } from 'coursepack';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// kind: floor | validate | all (floor, then validate, then every exporter over the loaded course)
const [kind, root, ...formats] = process.argv.slice(2);
const rss = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function markdownFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.md')).map((e) => path.join(e.parentPath, e.name)).sort();
}

const result = {};
if (kind === 'floor' || kind === 'all') {
  // The floor: unified + remark-parse + remark-gfm over the same bytes, nothing else.
  const texts = await Promise.all((await markdownFiles(root)).map((f) => readFile(f, 'utf8')));
  const processor = unified().use(remarkParse).use(remarkGfm);
  // Warm the parser up on a file first, so neither the floor nor validate pays the JIT alone.
  if (texts[0]) processor.parse(texts[0]);
  const start = performance.now();
  for (const text of texts) processor.parse(text);
  result.floor = { ms: performance.now() - start, rssMB: rss() };
}
if (kind === 'validate' || kind === 'all') {
  const start = performance.now();
  const build = await loadCourse(root);
  const ms = performance.now() - start;
  result.validate = { ms, rssMB: rss(), modules: build.course.modules.length, errors: build.diagnostics.filter((d) => d.severity === 'error').length };
  // Each exporter over the course just loaded, one after another; peak RSS is the process's so far.
  const modules = exportableModules(build);
  const input = { course: { ...build.course, modules }, documents: build.documents };
  const options = { toolVersion: 'bench' };
  const rows = {};
  for (const format of formats) {
    const exporter = await loadExporter(format);
    // One untimed module first, so one-time setup (compilers, fonts, templates) is not counted per module.
    if (exporter.exportModule && modules[0]) await exporter.exportModule(modules[0], input, options);
    let bytes = 0;
    let largest = 0;
    const start = performance.now();
    if (exporter.exportModule) {
      for (const m of modules) {
        const out = await exporter.exportModule(m, input, options);
        for (const f of out.files) {
          bytes += f.bytes.byteLength;
          largest = Math.max(largest, f.bytes.byteLength);
        }
      }
    }
    const moduleMs = performance.now() - start;
    if (exporter.exportCourse) {
      const out = await exporter.exportCourse(input, options);
      for (const f of out.files) bytes += f.bytes.byteLength;
    }
    rows[format] = { ms: performance.now() - start, moduleMs, bytes, largestFile: largest, rssMB: rss() };
  }
  result.exporters = rows;
}
console.log(JSON.stringify(result));
