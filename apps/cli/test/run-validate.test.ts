import { rm } from 'node:fs/promises';
import { readContentFolder, validateCourse } from '@coursepack/core';
import { solidPng, writeContentFolder } from '@coursepack/test-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runValidate } from '../src/build/run-validate.js';

const EXPLAINER = '# 02. Explainer\n\n## 1. Basics\n\n### 1.1 First\n\nText.\n\n### 1.2 Second\n\nMore text.\n';

/** A review page; `broken` points one question at a missing section and miscounts the rubric. */
function review(n: number, broken: boolean): string {
  return `# 06. Module ${n} Review — Topic ${n}

## Embedded checkpoint

### Conceptual

1. What comes first? See \`02_explainer.md\` §1.1.
2. What comes next? See \`02_explainer.md\` ${broken ? '§1.9' : '§1.2'}.

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 4 |
| **Total** | __ | **${broken ? 5 : 4}** |

## Completion gate

- [ ] Done.
`;
}

describe('validating a course in worker threads', () => {
  let root = '';
  beforeAll(async () => {
    // Twelve modules (more than a handful, so workers check them); three have errors, one a
    // warning, and two folders share a name, which is a course-level error.
    const files: Record<string, string | Uint8Array> = {};
    for (let n = 1; n <= 12; n++) {
      const folder = `track_${n % 2}/m${String(n).padStart(2, '0')}`;
      files[`${folder}/02_explainer.md`] = n === 5 ? `${EXPLAINER}\n## 2. More\n\n#### 2.1 Too deep\n` : EXPLAINER;
      files[`${folder}/06_revision.md`] = review(n, n === 3 || n === 7 || n === 11);
    }
    files['track_1/m04/06_revision.md'] = review(4, false);
    // References into other modules' files, checked once every module is in: one to a section
    // that module has, one to a section it lacks.
    const across = (file: string, section: string) => `2. What comes next? See \`02_explainer.md\` §1.2.\n3. And elsewhere? See \`${file}\` ${section}.\n`;
    files['track_0/m06/06_revision.md'] = review(6, false).replace(/2\. What comes next\?.*\n/, across('../../track_1/m01/02_explainer.md', '§3.3'));
    files['track_0/m08/06_revision.md'] = review(8, false).replace(/2\. What comes next\?.*\n/, across('../m10/02_explainer.md', '§1.2'));
    // Images, checked against the folder's listing once every module is in: one there, one not.
    files['track_0/m02/02_explainer.md'] = `${EXPLAINER}\n![A chart](img/chart.png)\n`;
    files['track_0/m02/img/chart.png'] = solidPng(8, 8);
    files['track_1/m09/02_explainer.md'] = `${EXPLAINER}\n![A chart](../../track_0/m02/img/chrat.png)\n`;
    root = await writeContentFolder(files);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('finds exactly what validating the whole course in one process finds', async () => {
    const expected = validateCourse(await readContentFolder(root));
    const codes = expected.map((d) => `${d.place.file}:${d.code}`);
    expect(codes).toEqual(expect.arrayContaining(['track_1/m03/06_revision.md:reference-missing-section', 'track_1/m11/06_revision.md:rubric-total-mismatch', 'track_1/m05/02_explainer.md:heading-level-skip']));
    expect(codes.filter((c) => c.endsWith(':cross-reference-missing-section'))).toEqual(['track_0/m06/06_revision.md:cross-reference-missing-section']);
    expect(codes.filter((c) => c.includes(':image-'))).toEqual(['track_1/m09/02_explainer.md:image-missing']);
    expect(expected.filter((d) => d.severity === 'error').length).toBeGreaterThan(6);
    for (const jobs of [1, 2, 3, undefined]) expect(await runValidate(root, { jobs, toolVersion: 'test' })).toEqual(expected);
  });
});
