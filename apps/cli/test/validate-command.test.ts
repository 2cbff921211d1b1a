import { writeContentFolder } from '@coursepack/test-kit';
import { allRules } from '@coursepack/core';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const REVIEW = `# 06. Module 1 Review — Basics

## Embedded checkpoint

### Conceptual

1. What is a registry? See \`02_explainer.md\` §1.9.

## Self-evaluation

| Section | Score | / |
|---|---|---|
| Conceptual | __ | 4 |
| **Total** | __ | **5** |

## Completion gate

- [ ] Done.
- Not a checkbox.
`;

describe('coursepack validate', () => {
  let root = '';
  let cwd = '';
  beforeAll(async () => {
    root = await writeContentFolder({ 'm1/06_revision.md': REVIEW, 'm1/02_explainer.md': '# 02. E\n\n## 1. A\n\n#### 1.1 B\n', 'm2/06_revision.md': '# 06. Module 2 Review — Fine\n\n## Completion gate\n\n- [ ] Done.\n' });
    cwd = path.dirname(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('reports every problem of every file in one run as JSON, with files relative to the working directory', async () => {
    const { code, stdout } = await runCli(['validate', path.basename(root), '--format', 'json'], cwd);
    expect(code).toBe(1);
    const rows = JSON.parse(stdout) as Record<string, unknown>[];
    expect(rows.map((r) => [r['file'], r['line'], r['column'], r['code']])).toEqual([
      [`${path.basename(root)}/m1/02_explainer.md`, 5, 1, 'heading-level-skip'],
      [`${path.basename(root)}/m1/06_revision.md`, 7, 46, 'reference-missing-section'],
      [`${path.basename(root)}/m1/06_revision.md`, 14, 1, 'rubric-total-mismatch'],
      [`${path.basename(root)}/m1/06_revision.md`, 19, 1, 'gate-item-not-checkbox'],
    ]);
    expect(Object.keys(rows[0] ?? {})).toEqual(['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'url']);
    expect(rows[0]?.['url']).toMatch(/docs\/rules\/heading-level-skip\.md$/);
  });

  it('prints stylish output grouped by file and exits 1 on errors', async () => {
    const { code, stdout } = await runCli(['validate', root]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/\n  7:46-7:50 +error    Section §1.9 is not a numbered heading in 02_explainer.md  reference-missing-section\n/);
    expect(stdout).toMatch(/✖ 4 problems \(3 errors, 1 warning\)/);
  });

  it('writes GitHub annotations and SARIF 2.1.0', async () => {
    const github = await runCli(['validate', root, '--format', 'github']);
    expect(github.stdout.split('\n')[0]).toMatch(/^::warning file=.*m1\/02_explainer\.md,line=5,col=1,endLine=5,endColumn=\d+,title=heading-level-skip::Heading level 4/);
    const sarif = JSON.parse((await runCli(['validate', root, '--format', 'sarif'])).stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.tool.driver.rules.map((r) => r.id)).toEqual(expect.arrayContaining(allRules.map((r) => r.code)));
    expect(sarif.runs[0]?.results.map((r) => [r.ruleId, r.level, r.locations[0]?.physicalLocation.region.startLine])).toEqual([
      ['heading-level-skip', 'warning', 5], ['reference-missing-section', 'error', 7], ['rubric-total-mismatch', 'error', 14], ['gate-item-not-checkbox', 'error', 19],
    ]);
  });

  it('gives SARIF locations as URI references: each path segment percent-encoded, the slashes kept', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'coursepack-sarif-'));
    try {
      for (const name of ['a%20b', 'sp ace']) await cp(root, path.join(parent, name, 'x:y é'), { recursive: true });
      const run = await runCli(['validate', 'a%20b', 'sp ace', '--format', 'sarif'], parent);
      const sarif = JSON.parse(run.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      const uris = new Set(sarif.runs[0]?.results.map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri));
      expect([...uris].sort()).toEqual([
        'a%2520b/x%3Ay%20%C3%A9/m1/02_explainer.md',
        'a%2520b/x%3Ay%20%C3%A9/m1/06_revision.md',
        'sp%20ace/x%3Ay%20%C3%A9/m1/02_explainer.md',
        'sp%20ace/x%3Ay%20%C3%A9/m1/06_revision.md',
      ]);
      // Resolved as a consumer does, against the folder it was run in, each names the file on disk.
      for (const uri of uris) expect(existsSync(fileURLToPath(new URL(uri ?? '', pathToFileURL(`${parent}/`))))).toBe(true);
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });

  it('exits 0 on a clean course and applies --max-warnings', async () => {
    const clean = await writeContentFolder({ 'm1/06_revision.md': '# 06. Module 1 Review — Fine\n\n## Completion gate\n\n- [ ] Done.\n', 'm1/02_explainer.md': '# 02. E\n\n## 1. A\n\n#### 1.1 B\n' });
    try {
      expect((await runCli(['validate', clean])).code).toBe(0);
      expect((await runCli(['validate', clean, '--max-warnings', '0'])).code).toBe(1);
      expect((await runCli(['validate', clean, '--max-warnings', '1'])).code).toBe(0);
    } finally {
      await rm(clean, { recursive: true, force: true });
    }
  });

  it('tells usage mistakes apart from bugs: exit 2, one line, no stack', async () => {
    for (const args of [['validate', '--format', 'xml', root], ['validate', '--jobs', '0', root], ['validate', '/no/such/folder'], ['validate', '--bogus'], ['frobnicate']]) {
      const { code, stderr } = await runCli(args);
      expect(code).toBe(2);
      expect(stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('validates the bundled content clean', async () => {
    const { code, stdout } = await runCli(['validate', 'content', '--format', 'json'], path.resolve(import.meta.dirname, '../../..'));
    expect(JSON.parse(stdout)).toEqual([]);
    expect(code).toBe(0);
  });
});
