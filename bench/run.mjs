// npm run bench [-- --quick] : synthetic courses of 1, 100 and 1000 modules; the parse floor,
// validate, each exporter, and whole `coursepack build` processes; writes bench/results.json.
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { appendFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { generateCourse } from './generate-course.mjs';

const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
const repo = path.resolve(here, '..');
const cli = path.join(repo, 'apps/cli/bin/coursepack.js');
const quick = process.argv.includes('--quick');
// The quick mode times the floor, validate and the exporters over every fifth module of the
// 100-module course (each row says how many it measured), and builds the whole course.
const QUICK_EVERY = 5;
// --sizes 1000 measures one size; --builds-only skips validate and the exporters (floor + builds).
const sizesArg = process.argv[process.argv.indexOf('--sizes') + 1];
const sizes = process.argv.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : quick ? [1, 100] : [1, 100, 1000];
const buildsOnly = process.argv.includes('--builds-only');
// --incremental-only: of the builds, only the cached one and the rebuild after an edit.
const incrementalOnly = process.argv.includes('--incremental-only');
const FORMATS = ['scorm12', 'scorm2004', 'qti12', 'qti21', 'qti30', 'cc', 'moodle', 'gift', 'json', 'pdf'];

async function row(kind, root, ...args) {
  const { stdout } = await run(process.execPath, [path.join(here, 'row.mjs'), kind, root, ...args], { maxBuffer: 64 << 20, cwd: repo });
  return JSON.parse(stdout.trim().split('\n').pop());
}

/** User and system CPU seconds of this process's reaped children (and theirs), from /proc. */
function childrenCpuSeconds() {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // cutime and cstime, fields 16 and 17 of stat (13 and 14 after the command), in clock ticks.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** The pids of a process and all its descendants, from each task's `children` list. */
async function processTree(pid) {
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) {
    const tasks = await readdir(`/proc/${tree[i]}/task`).catch(() => []);
    for (const task of tasks) {
      const children = await readFile(`/proc/${tree[i]}/task/${task}/children`, 'utf8').catch(() => '');
      for (const child of children.split(' ').filter(Boolean)) tree.push(Number(child));
    }
  }
  return tree;
}

/**
 * Run the CLI as a process, sampling resident memory from /proc every 50 ms: the peak of the
 * whole process tree (the build, its workers, the booklet typesetters) and of its largest process.
 * A sum of RSS counts pages the processes share (the node binary, native libraries) once per
 * process; the tree's proportional set size (PSS) counts each page once, split between its users
 * (sampled near the RSS peak).
 */
function cliProcess(args) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, ...args], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let peakPss = 0;
    let lastPss = -Infinity;
    let rssAtPss = 0;
    let largest = 0;
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', () => {});
    const sample = async () => {
      let total = 0;
      const pids = await processTree(child.pid);
      for (const pid of pids) {
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
        const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        total += kb;
        largest = Math.max(largest, kb);
      }
      peak = Math.max(peak, total);
      // PSS walks every page of every process (about 10 ms for a 250 MB one), so it is read only
      // near the RSS peak, at most once a second unless the tree grew a tenth since, not to take
      // a core from what is measured.
      if (total >= 0.95 * peak && (performance.now() - lastPss >= 1000 || total > 1.1 * rssAtPss)) {
        lastPss = performance.now();
        rssAtPss = total;
        let pss = 0;
        for (const pid of pids) pss += Number(/^Pss:\s+(\d+)/m.exec(await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => ''))?.[1] ?? 0);
        peakPss = Math.max(peakPss, pss);
      }
    };
    const timer = setInterval(() => void sample(), 50);
    const cpuBefore = childrenCpuSeconds();
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(timer);
      const ms = performance.now() - start;
      // CPU time of the whole tree (reaped children add theirs to their parent's), over wall time.
      const cores = (childrenCpuSeconds() - cpuBefore) / (ms / 1000);
      resolve({ ms, rssMB: Math.round(peak / 1024), pssMB: Math.round(peakPss / 1024), largestMB: Math.round(largest / 1024), cores, code, summary: out.trim().split('\n').pop() });
    });
  });
}

async function snapshot(dir) {
  const files = new Map();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) if (e.isFile()) files.set(path.relative(dir, path.join(e.parentPath, e.name)), await readFile(path.join(e.parentPath, e.name)));
  return files;
}

function same(a, b) {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (!b.get(k)?.equals(v)) return false;
  return true;
}

const results = { machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? '?', node: process.version }, quick, sizes: {} };
const work = await mkdtemp(path.join(tmpdir(), 'coursepack-bench-'));
const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
try {
  for (const n of sizes) {
    const root = path.join(work, `course-${n}`);
    const bytes = await generateCourse(root, n);
    const mb = bytes / 1e6;
    process.stderr.write(`\n${n} module(s), ${fmt(mb, 1)} MB of markdown\n`);
    const rows = [];
    // Rows measured over a sample say so with their own module and byte counts.
    const add = (name, r, extra = {}) => {
      rows.push({ name, ms: r.ms, rssMB: r.rssMB, pssMB: r.pssMB, largestMB: r.largestMB, cores: r.cores, modules: n, bytes, ...extra });
      process.stderr.write(`  ${name.padEnd(22)} ${fmt(r.ms).padStart(9)} ms  ${String(r.rssMB ?? '').padStart(5)} MB${r.largestMB ? ` (PSS ${r.pssMB} MB, largest process ${r.largestMB} MB, ${fmt(r.cores, 2)} cores busy)` : ''}\n`);
    };
    // One process parses the floor; another validates and runs every exporter over the course.
    const every = quick && n >= 100 ? QUICK_EVERY : 1;
    const floor = await row('floor', root, '--every', String(every));
    const sample = { modules: floor.sample.modules, bytes: floor.sample.bytes };
    if (every > 1) process.stderr.write(`  (in-process rows: every ${every}th module, ${sample.modules} modules, ${fmt(sample.bytes / 1e6, 1)} MB)\n`);
    add('floor (remark parse)', floor.floor, sample);
    if (!buildsOnly) {
      const model = await row('model', root, '--every', String(every), ...FORMATS);
      add('validate', model.validate, sample);
      const exporters = model.exporters;
      for (const f of FORMATS) add(`export ${f}`, exporters[f], { ...sample, moduleMs: exporters[f].moduleMs, outBytes: exporters[f].bytes, largestFile: exporters[f].largestFile });
    }

    // What this machine gives to running in parallel: the floor in one process alone, then in
    // one process per core at once (remark's allocation-heavy parsing shares memory bandwidth).
    if (!quick && n === 100) {
      const together = await Promise.all(Array.from({ length: availableParallelism() }, () => row('floor', root)));
      const slowest = Math.max(...together.map((t) => t.floor.ms));
      results.parallelCeiling = (availableParallelism() * floor.floor.ms) / slowest;
      process.stderr.write(`  floor in ${availableParallelism()} processes at once: ${fmt(slowest)} ms each, ${fmt(results.parallelCeiling, 2)}× the work of one\n`);
    }
    // `coursepack validate` as CI runs it: a process that lists, reads and checks the course.
    if (!quick && !buildsOnly && !incrementalOnly) {
      add('validate, CLI process', await cliProcess(['validate', root, '--format', 'json']));
      add('validate, 1 worker', await cliProcess(['validate', root, '--format', 'json', '--jobs', '1']));
    }
    const outAll = path.join(work, `out-${n}`);
    const cacheDir = path.join(work, `cache-${n}`);
    const outInc = path.join(work, `inc-${n}`);
    // --quick times the full build once, with an empty cache; the full run also times it without one.
    if (!quick && !incrementalOnly) add('build --format all', await cliProcess(['build', root, '--format', 'all', '--out', outAll, '--no-cache']));
    add('build, cache cold', await cliProcess(['build', root, '--format', 'all', '--out', outInc, '--cache-dir', cacheDir]));
    // (At one module a rebuild after an edit is the whole build again: the quick mode skips it.)
    if (!(quick && n === 1)) {
      const edited = path.join(root, 'track_00/m0000/02_explainer.md');
      await appendFile(edited, '\nOne more sentence after an edit.\n');
      add('rebuild after 1 edit', await cliProcess(['build', root, '--format', 'all', '--out', outInc, '--cache-dir', cacheDir]));
    }
    let identical = null;
    if (!quick && !incrementalOnly) {
      const outOne = path.join(work, `one-${n}`);
      add('build, 1 worker', await cliProcess(['build', root, '--format', 'all', '--out', outOne, '--no-cache', '--jobs', '1']));
      identical = same(await snapshot(outInc), await snapshot(outOne));
      process.stderr.write(`  incremental output identical to a full build: ${identical}\n`);
      await rm(outOne, { recursive: true, force: true });
    }
    // The same course with a figure per module and a shared logo: what reading, checking and
    // packaging images costs a build, and a rebuild after one edit (which must not read them all).
    if (!quick && !incrementalOnly && n >= 100) {
      const withImages = path.join(work, `course-${n}-images`);
      const imageBytes = await generateCourse(withImages, n, 17, { images: true });
      const outImages = path.join(work, `images-${n}`);
      const cacheImages = path.join(work, `cache-images-${n}`);
      add('build, images, cache cold', await cliProcess(['build', withImages, '--format', 'all', '--out', outImages, '--cache-dir', cacheImages]), { bytes: imageBytes });
      await appendFile(path.join(withImages, 'track_00/m0000/02_explainer.md'), '\nOne more sentence after an edit.\n');
      add('rebuild, images, 1 edit', await cliProcess(['build', withImages, '--format', 'all', '--out', outImages, '--cache-dir', cacheImages]), { bytes: imageBytes });
      for (const d of [withImages, outImages, cacheImages]) await rm(d, { recursive: true, force: true });
    }
    results.sizes[n] = { modules: n, bytes, rows, incrementalIdentical: identical };
    await rm(outAll, { recursive: true, force: true });
    await rm(outInc, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
    await rm(root, { recursive: true, force: true });
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

// The table: each row's time, throughput and ratio to the parse floor of the same bytes (per
// byte, so a row measured over the quick mode's sample compares with builds of the whole course).
const lines = ['| modules | row | time | modules/s | MB/s | peak RSS: tree (tree PSS) / largest process | × floor |', '|---:|---|---:|---:|---:|---:|---:|'];
const perByte = (r) => r.ms / r.bytes;
for (const s of Object.values(results.sizes)) {
  const floor = s.rows[0];
  for (const r of s.rows) {
    const sampled = r.modules === s.modules ? '' : ` (${r.modules} sampled)`;
    lines.push(`| ${s.modules} | ${r.name}${sampled} | ${fmt(r.ms)} ms | ${fmt((r.modules / r.ms) * 1000, 1)} | ${fmt(r.bytes / 1e6 / (r.ms / 1000), 2)} | ${r.rssMB ?? ''}${r.largestMB ? ` (${r.pssMB}) / ${r.largestMB}` : ''} MB | ${fmt(perByte(r) / perByte(floor), 2)} |`);
  }
}
// Per-module costs and the targets of the benchmark issue, at the largest size measured.
const largest = Object.values(results.sizes).at(-1);
const byName = new Map(largest.rows.map((r) => [r.name, r]));
const per = (name) => (byName.get(name)?.moduleMs ?? byName.get(name)?.ms ?? NaN) / (byName.get(name)?.modules ?? NaN);
const ratio = (name) => (byName.get(name) ? perByte(byName.get(name)) : NaN) / perByte(largest.rows[0]);
const summary = buildsOnly ? [] : [
  `per module at ${largest.modules} modules: ${FORMATS.map((f) => `${f} ${fmt(per(`export ${f}`), 1)} ms`).join(', ')}`,
  `pdf per document (worksheet or key, warm): ${fmt(per('export pdf') / 2, 1)} ms`,
  `largest SCORM package: ${fmt((byName.get('export scorm2004')?.largestFile ?? 0) / 1024, 1)} KiB`,
  `validate / floor: ${fmt(ratio('validate'), 2)}`,
];
const coldImages = byName.get('build, images, cache cold');
const editImages = byName.get('rebuild, images, 1 edit');
const cold = byName.get('build, cache cold');
const edit = byName.get('rebuild after 1 edit');
if (cold && coldImages && editImages) summary.push(`with a 48 KiB figure per module and a shared logo: a cold build takes ${fmt(coldImages.ms / cold.ms, 2)}× the time without images, a rebuild after one edit ${fmt((editImages.ms / coldImages.ms) * 100, 1)} % of that build`);
if (cold && edit) summary.push(`rebuild after one edit: ${fmt((edit.ms / cold.ms) * 100, 1)} % of a full build${largest.incrementalIdentical === null ? '' : `, output identical: ${largest.incrementalIdentical}`}`);
// A command's speed-up from its workers, and the memory of its process tree.
const overOneWorker = (label, allName, oneName) => {
  const all = byName.get(allName);
  const one = byName.get(oneName);
  if (!all || !one) return;
  summary.push(`${label}: ${fmt(one.ms / all.ms, 2)}× over one worker (${fmt(all.cores, 2)} vs ${fmt(one.cores, 2)} cores busy); peak RSS ${all.rssMB} MB for the process tree (PSS ${all.pssMB} MB: shared pages counted once), ${all.largestMB} MB for its largest process`);
};
overOneWorker('build processes', 'build --format all', 'build, 1 worker');
overOneWorker('validate processes', 'validate, CLI process', 'validate, 1 worker');
if (results.parallelCeiling) summary.push(`parallel ceiling of this machine: the parse floor in one process per core does ${fmt(results.parallelCeiling, 2)}× the work of one process`);
const sizesList = Object.values(results.sizes);
if (sizesList.length >= 3) {
  const [, hundred, thousand] = sizesList;
  const growth = (name) => thousand.rows.find((r) => r.name === name)?.ms / hundred.rows.find((r) => r.name === name)?.ms;
  summary.push(`1000 vs 100 modules: ${['validate', 'validate, CLI process', ...FORMATS.map((f) => `export ${f}`), 'build --format all'].map((n) => `${n.replace('export ', '')} ${fmt(growth(n), 1)}×`).join(', ')}`);
}
results.summary = summary;
const resultsFile = path.join(here, buildsOnly || incrementalOnly || process.argv.includes('--sizes') ? 'results-partial.json' : 'results.json');
const table = lines.join('\n');
console.log(`\n${table}\n\n${summary.join('\n')}\n`);
results.table = table;
await writeFile(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote bench/${path.basename(resultsFile)}`);
