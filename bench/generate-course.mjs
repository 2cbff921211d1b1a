// A synthetic course for the benchmark: realistic modules in the seed's form, same seed → same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('model registry artifact pipeline deploy canary shadow rollback drift metric latency throughput token batch ' +
  'gpu cost budget alert incident owner review gate promotion version alias dataset feature label evaluation offline online ' +
  'serving replica queue cache trace log dashboard threshold baseline experiment run lineage schedule retrain vendor prompt ' +
  'quality safety audit contract schema backfill window sample bias fairness privacy').split(' ');

function sentence(rand, n = 12) {
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const s = words.join(' ');
  return `${s[0].toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rand, sentences = 5) {
  return Array.from({ length: sentences }, () => sentence(rand, 8 + Math.floor(rand() * 10))).join(' ');
}

const CHAPTERS = 6;
const SECTIONS = 10;

function explainer(rand, n) {
  const parts = [`# 02. Module ${n} Explainer — ${sentence(rand, 3).slice(0, -1)}`, '', paragraph(rand, 3), ''];
  for (let c = 1; c <= CHAPTERS; c++) {
    parts.push(`## ${c}. ${sentence(rand, 3).slice(0, -1)}`, '', paragraph(rand, 2), '');
    for (let s = 1; s <= SECTIONS; s++) {
      parts.push(`### ${c}.${s} ${sentence(rand, 4).slice(0, -1)}`, '', paragraph(rand, 4), '');
      if (s % 4 === 0) parts.push('| Option | Strength | Risk |', '|---|---|---|', ...[1, 2, 3].map(() => `| ${sentence(rand, 2)} | ${sentence(rand, 3)} | ${sentence(rand, 3)} |`), '');
      if (s % 5 === 0) parts.push('```yaml', `stage: ${WORDS[s]}`, `threshold: 0.${s}`, '```', '');
      if (s % 3 === 0) parts.push(`- ${sentence(rand, 6)}`, `- ${sentence(rand, 6)}`, `- **${WORDS[c]}**: ${sentence(rand, 5)}`, '');
    }
  }
  return `${parts.join('\n')}\n`;
}

function studyMaterial(rand, n) {
  const parts = [`# 03. Module ${n} Study Material`, ''];
  for (let s = 1; s <= 6; s++) {
    parts.push(`## §${s}. ${sentence(rand, 3).slice(0, -1)}`, '', paragraph(rand, 3), '', '| Tool | Best for | Watch out |', '|---|---|---|');
    for (let r = 0; r < 4; r++) parts.push(`| ${WORDS[(s * 7 + r) % WORDS.length]} | ${sentence(rand, 4)} | ${sentence(rand, 4)} |`);
    parts.push('');
  }
  return `${parts.join('\n')}\n`;
}

const ref = (rand) => {
  const c = 1 + Math.floor(rand() * CHAPTERS);
  const s = 1 + Math.floor(rand() * (SECTIONS - 1));
  return rand() < 0.5 ? `§${c}.${s}` : `§${c}.${s}-§${c}.${s + 1}`;
};

function review(rand, n, next) {
  const conceptual = Array.from({ length: 10 }, (_, i) => `${i + 1}. ${sentence(rand, 9).slice(0, -1)}? See \`02_explainer.md\` ${ref(rand)}${rand() < 0.3 ? ` and ${ref(rand)}` : ''}.`);
  const applied = Array.from({ length: 5 }, (_, i) => `${i + 1}. ${sentence(rand, 14)}`);
  return `# 06. Module ${n} Review — ${sentence(rand, 3).slice(0, -1)}

**Focus:** ${sentence(rand, 12)}

## Review loop

1. Re-read the summary sections in \`02_explainer.md\` §6.1-§6.7.
2. Use \`04_daily_recall.md\` to answer everything cold.
3. Revisit \`03_study_material.md\` for tables and tool comparisons.
4. Re-open your deliverables from \`05_hands_on_lab.md\` and defend each design choice aloud.

## Reflection prompts

${Array.from({ length: 5 }, () => `- ${sentence(rand, 10).slice(0, -1)}?`).join('\n')}

## Embedded checkpoint

### Conceptual

${conceptual.join('\n')}

### Applied

${applied.join('\n')}

### Practice

1. Which store tracks lifecycle states? See §2.5.
   - [ ] Artifact store
     > It keeps bytes, not states.
   - [x] Model registry
   > Correct: The registry holds stages and aliases.
2. Which of these does a promotion gate check?
   - [x] Offline evaluation against the champion
   - [x] Latency under the budget
   - [ ] The colour of the dashboard
3. How many seconds of p95 latency does the budget allow? {points=2}

   Answer: 1.5 ± 0.1

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 10 |
| Applied | __ | 10 |
| Practice | __ | 4 |
| Reflection honesty | __ | 5 |
| **Total** | __ | **29** |

## Completion gate

- [ ] I completed the reading flow through \`02_explainer.md\` and \`03_study_material.md\`.
- [ ] I finished the work in \`05_hands_on_lab.md\`.
- [ ] ${sentence(rand, 8)}
- [ ] I feel prepared for [the next module](../${next}/).
`;
}

function recall(rand, n) {
  const parts = [`# 04. Module ${n} Daily Recall`, ''];
  for (let d = 1; d <= 5; d++) {
    parts.push(`## Day ${d} — ${sentence(rand, 2).slice(0, -1)}`, '');
    for (let q = 1; q <= 4; q++) parts.push(`${q}. ${sentence(rand, 8).slice(0, -1)}? (\`02_explainer.md\` ${ref(rand)})`);
    parts.push(`5. ${sentence(rand, 6).slice(0, -1)}? See \`03_study_material.md\` §${d}.`, '');
  }
  return `${parts.join('\n')}\n`;
}

function plan(rand, n) {
  return `# 01. Module ${n} Weekly Plan

## Goals

${Array.from({ length: 4 }, () => `- ${sentence(rand, 8)}`).join('\n')}

## Schedule

${Array.from({ length: 5 }, (_, d) => `- Day ${d + 1}: read \`02_explainer.md\` §${d + 1} and answer \`04_daily_recall.md\`.`).join('\n')}

## Deliverables

${Array.from({ length: 3 }, () => `- ${sentence(rand, 7)}`).join('\n')}
`;
}

function lab(rand, n) {
  return `# 05. Module ${n} Hands-on Lab

## Steps

${Array.from({ length: 6 }, (_, i) => `${i + 1}. ${sentence(rand, 10)}`).join('\n')}

\`\`\`sh
make deploy STAGE=canary
\`\`\`

## Deliverables

${Array.from({ length: 3 }, () => `- ${sentence(rand, 8)}`).join('\n')}
`;
}

function pngChunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG of `size` × `size` pixels of noise from `rand`: it does not compress, like a photo or a screenshot. */
function noisePng(rand, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const raw = Buffer.alloc((1 + size * 3) * size);
  for (let i = 0; i < raw.length; i++) raw[i] = i % (1 + size * 3) === 0 ? 0 : Math.floor(rand() * 256);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(raw)), pngChunk('IEND', Buffer.alloc(0))]);
}

/**
 * Write a course of `count` modules under `root`; returns the total bytes of markdown written.
 * With `images`, each module's explainer also shows a figure of its own (a 128 × 128 PNG, about
 * 48 KiB) and a logo every module shares; the markdown is otherwise the same.
 */
export async function generateCourse(root, count, seed = 17, { images = false } = {}) {
  const rand = prng(seed);
  // The images come from a generator of their own, so the markdown's text does not change with them.
  const pixels = prng(seed + 1);
  if (images) {
    await mkdir(path.join(root, 'shared'), { recursive: true });
    await writeFile(path.join(root, 'shared/logo.png'), noisePng(pixels, 32));
  }
  let bytes = 0;
  await mkdir(root, { recursive: true });
  await writeFile(path.join(root, 'coursepack.config.json'), JSON.stringify({ title: `Synthetic course (${count} modules)` }));
  const id = (i) => `m${String(i).padStart(4, '0')}`;
  for (let i = 0; i < count; i++) {
    const dir = path.join(root, `track_${String(i % 10).padStart(2, '0')}`, id(i));
    await mkdir(dir, { recursive: true });
    const files = {
      '01_weekly_plan.md': plan(rand, i),
      '02_explainer.md': explainer(rand, i),
      '03_study_material.md': studyMaterial(rand, i),
      '04_daily_recall.md': recall(rand, i),
      '05_hands_on_lab.md': lab(rand, i),
      '06_revision.md': review(rand, i, id((i + 1) % count)),
    };
    if (images) {
      files['02_explainer.md'] += `\n## Figures\n\n![Figure of module ${i}](img/figure.png)\n\n![The course logo](../../shared/logo.png)\n`;
      await mkdir(path.join(dir, 'img'), { recursive: true });
      await writeFile(path.join(dir, 'img/figure.png'), noisePng(pixels, 128));
    }
    for (const [name, text] of Object.entries(files)) {
      await writeFile(path.join(dir, name), text);
      bytes += Buffer.byteLength(text);
    }
  }
  return bytes;
}
