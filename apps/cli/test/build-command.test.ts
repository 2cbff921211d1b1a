import { mkdtemp, readFile, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FormatExporter } from '@coursepack/export-kit';
import { writeContentFolder } from '@coursepack/test-kit';
import { runBuild } from 'coursepack';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');
const encoder = new TextEncoder();

function exporter(fail: boolean): FormatExporter {
  return {
    name: 'fake',
    description: 'test exporter',
    async exportModule(module) {
      if (fail && module.id === '04_ml_platform_operations') throw new Error('exporter broke');
      return { files: [{ path: `${module.id}.txt`, bytes: encoder.encode(`new ${module.title}`) }], diagnostics: [] };
    },
  };
}

describe('coursepack build writes atomically', () => {
  let out = '';
  beforeEach(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'coursepack-out-'));
  });
  afterEach(() => rm(out, { recursive: true, force: true }));

  it('leaves the previous output intact when a build fails, with no temporary files behind', async () => {
    await mkdir(path.join(out, 'fake'));
    await writeFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'previous');
    const plan = { root: path.join(repo, 'content'), outDir: out, formats: ['fake'], options: { toolVersion: 'test' } };
    await expect(runBuild({ ...plan, resolveExporter: async () => exporter(true) })).rejects.toThrow('exporter broke');
    expect(await readdir(path.join(out, 'fake'))).toEqual(['00_realtime_voice_agents.txt']);
    expect(await readFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'utf8')).toBe('previous');

    // A scratch folder left by a build that was killed is cleared by the next whole build.
    await mkdir(path.join(out, '.coursepack-build-1-killed'));
    await writeFile(path.join(out, '.coursepack-build-1-killed', 'part'), 'left over');
    const outcome = await runBuild({ ...plan, resolveExporter: async () => exporter(false) });
    expect(outcome.written).toEqual({ fake: 3 });
    expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['00_realtime_voice_agents.txt', '01_question_types.txt', '04_ml_platform_operations.txt']);
    expect(await readFile(path.join(out, 'fake', '00_realtime_voice_agents.txt'), 'utf8')).toBe('new Module 18 Review — Realtime Voice Agents');
    // Without a cache the build keeps parts in a scratch folder of its own, gone when it ends.
    expect(await readdir(out)).toEqual(['fake']);
  });

  it('streams a course file as it is assembled, and keeps the previous one when the stream fails part-way', async () => {
    const streaming = (failAfter: number | null): FormatExporter => ({
      name: 'fake',
      description: 'test exporter with a streamed course file',
      exportModule: async (module) => ({ files: [{ path: `${module.id}.txt`, bytes: encoder.encode(module.title) }], diagnostics: [] }),
      assembleCourse: async (course, readParts) => ({
        files: [
          {
            path: 'course.txt',
            stream: async function* () {
              let n = 0;
              for (const m of course.modules) {
                if (failAfter !== null && n++ >= failAfter) throw new Error('stream broke');
                for (const part of await readParts(m.id)) yield part.bytes;
              }
            },
          },
        ],
        diagnostics: [],
      }),
    });
    const plan = { root: path.join(repo, 'content'), outDir: out, formats: ['fake'], options: { toolVersion: 'test' } };
    await runBuild({ ...plan, resolveExporter: async () => streaming(null) });
    const whole = await readFile(path.join(out, 'fake', 'course.txt'), 'utf8');
    expect(whole).toContain('Realtime Voice Agents');
    expect(whole).toContain('MLOps & Production');
    await expect(runBuild({ ...plan, resolveExporter: async () => streaming(1) })).rejects.toThrow('stream broke');
    expect(await readFile(path.join(out, 'fake', 'course.txt'), 'utf8')).toBe(whole);
    expect((await readdir(path.join(out, 'fake'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('removes outputs of modules no longer in the course, but keeps those of modules skipped for errors', async () => {
    const content = await mkdtemp(path.join(tmpdir(), 'coursepack-stale-'));
    try {
      const review = (title: string, extra = '') => `# 06. Module 1 Review — ${title}\n\n## Completion gate\n\n- [ ] Done.\n${extra}`;
      await mkdir(path.join(content, 'm1'));
      await mkdir(path.join(content, 'm2'));
      await writeFile(path.join(content, 'm1', '06_revision.md'), review('One'));
      await writeFile(path.join(content, 'm2', '06_revision.md'), review('Two', '- not a checkbox\n'));
      await mkdir(path.join(out, 'fake'));
      for (const name of ['m1.txt', 'm2.txt', 'm10.txt', 'gone.txt']) await writeFile(path.join(out, 'fake', name), 'old');
      const outcome = await runBuild({ root: content, outDir: out, formats: ['fake'], options: { toolVersion: 'test' }, resolveExporter: async () => exporter(false) });
      expect(outcome.skipped.map((s) => s.module)).toEqual(['m2']);
      expect(outcome.removed).toEqual(['fake/gone.txt', 'fake/m10.txt']);
      expect((await readdir(path.join(out, 'fake'))).sort()).toEqual(['m1.txt', 'm2.txt']);
      expect(await readFile(path.join(out, 'fake', 'm2.txt'), 'utf8')).toBe('old');
      expect(await readFile(path.join(out, 'fake', 'm1.txt'), 'utf8')).toBe('new Module 1 Review — One');
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });

  it('reports a module folder named like the course files instead of failing on two outputs of one path', async () => {
    const review = (title: string) => `# 06. Module 1 Review — ${title}\n\n## Completion gate\n\n- [ ] Done.\n`;
    const content = await writeContentFolder({ 'a/course/06_revision.md': review('Course'), 'b/intro/06_revision.md': review('Intro'), 'b/Intro/06_revision.md': review('Intro again') });
    try {
      const outcome = await runBuild({ root: content, outDir: out, formats: ['json', 'moodle'], options: { toolVersion: 'test' } });
      const errors = outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.place.file}`);
      expect(errors).toEqual(['module-id-reserved a/course/06_revision.md', 'module-duplicate-id b/intro/06_revision.md']);
      // The one module left is exported, and the course files are the course's, not a module's.
      expect((await readdir(path.join(out, 'json'))).sort()).toEqual(['Intro.json', 'course.json', 'course.schema.json']);
      expect((await readdir(path.join(out, 'moodle'))).sort()).toEqual(['Intro.moodle.xml', 'course.moodle.xml']);
      const course = JSON.parse(await readFile(path.join(out, 'json', 'course.json'), 'utf8')) as { modules: { id: string }[] };
      expect(course.modules.map((m) => m.id)).toEqual(['Intro']);
    } finally {
      await rm(content, { recursive: true, force: true });
    }
  });
});
