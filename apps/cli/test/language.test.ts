import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_LABELS } from '@coursepack/core';
import { findSchemas, validateXml, writeContentFolder } from '@coursepack/test-kit';
import JSZip from 'jszip';
import { FORMAT_NAMES, runBuild } from 'coursepack';
import { afterAll, describe, expect, it } from 'vitest';

const schemas = findSchemas();

describe('a course in a language of its own', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

  it('is declared as such, and right to left, by every export that can say so', async () => {
    // Every page, item and PDF said `en`: a screen reader read an Arabic course in an English voice.
    const root = await writeContentFolder({
      'coursepack.config.json': '{ "title": "تعلم الآلة", "language": "ar-EG" }',
      'm1/02_explainer.md': '# 02. شرح\n\n## 1. مقدمة\n\nنص.\n',
      'm1/06_revision.md': '# 06. Module 1 Review — مراجعة\n\n## Embedded checkpoint\n\n### Conceptual\n\n1. ما هو السجل؟ See §1\n   - [x] نعم\n   - [ ] لا\n\n## Completion gate\n\n- [ ] تم.\n',
    });
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-language-'));
    dirs.push(root, out);
    const outcome = await runBuild({ root, outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test', scormCourse: true } });
    expect(outcome.skipped).toEqual([]);
    const zip = async (format: string, name: string) => JSZip.loadAsync(await readFile(path.join(out, format, name)));
    const text = async (z: JSZip, name: string) => (await z.file(name)?.async('string')) ?? '';

    // The learner's pages: the player and the module's own pages, in every SCORM package.
    for (const [format, name, pages] of [
      ['scorm12', 'm1.zip', ['index.html', 'explainer.html']],
      ['scorm2004', 'm1.zip', ['index.html', 'explainer.html']],
      ['scorm2004', 'course.zip', ['m1/index.html', 'm1/explainer.html']],
    ] as const) {
      const z = await zip(format, name);
      for (const page of pages) expect(await text(z, page), `${format}/${name}/${page}`).toMatch(/^<!doctype html><html lang="ar-EG" dir="rtl">/);
    }
    // The cartridge: its metadata, and each of its pages.
    const cartridge = await zip('cc', 'course.imscc');
    const manifest = await text(cartridge, 'imsmanifest.xml');
    expect(manifest).toContain('<lomimscc:string language="ar-EG">تعلم الآلة</lomimscc:string>');
    expect(manifest).toContain('<lomimscc:language>ar-EG</lomimscc:language>');
    const pages = Object.keys(cartridge.files).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) expect(await text(cartridge, page), page).toContain('<html lang="ar-EG" dir="rtl">');
    // QTI 2.1 and 3.0 items.
    for (const format of ['qti21', 'qti30']) {
      const z = await zip(format, 'm1.zip');
      const items = Object.keys(z.files).filter((f) => f.startsWith('items/'));
      expect(items.length).toBe(1);
      for (const item of items) expect(await text(z, item)).toMatch(/<(?:qti-)?assessment-?[iI]tem [^>]* xml:lang="ar-EG"/);
      if (schemas) {
        const run = validateXml(schemas, path.join(out, format, 'm1.zip'));
        expect(run.ok, run.output).toBe(true);
      }
    }
    if (schemas) {
      const run = validateXml(schemas, path.join(out, 'cc', 'course.imscc'), 'cc11');
      expect(run.ok, run.output).toBe(true);
    }
    // The worksheet, the key and the booklet name their language in the document catalog.
    for (const name of (await readdir(path.join(out, 'pdf'))).sort()) expect((await readFile(path.join(out, 'pdf', name))).toString('latin1'), name).toContain('/Lang (ar-EG)');
    // The model says it too.
    expect(JSON.parse(await readFile(path.join(out, 'json', 'course.json'), 'utf8'))).toMatchObject({ language: 'ar-EG' });
  });

  it("prints the course's labels in every format that prints words of its own", async () => {
    const labels = {
      checkpoint: 'Lernkontrolle',
      dailyRecall: 'Tageswiederholung',
      reviewLoop: 'Wiederholung',
      see: 'Siehe: {links}',
      points: { one: '{n} Punkt', other: '{n} Punkte' },
      notIncluded: 'Nicht in diesem Paket',
      moduleNumber: 'Modul {n}',
      modelAnswer: 'Musterlösung',
      references: 'Verweise',
      rubricCriterion: 'Bewertungskriterium',
    };
    const root = await writeContentFolder({
      'coursepack.config.json': JSON.stringify({ title: 'KI-Technik', language: 'de', labels }),
      'm1/02_explainer.md': '# 02. Erklärung\n\n## 1. Register\n\nText.\n',
      'm1/04_daily_recall.md': '# 04. Wiederholung\n\n## Tag 1\n\n1. Was ist ein Register? See §1\n',
      'm1/06_revision.md': '# 06. Modul 4 Review — Register\n\n## Review loop\n\n1. Lies §1.\n\n## Embedded checkpoint\n\n### Konzepte\n\n1. Was ist ein Register? See §1 und [die Erklärung](02_explainer.md).\n   - [x] Ein Speicher\n   - [ ] Ein Alias\n2. Wozu dient ein Alias? See §1\n   > Er zeigt auf eine Version.\n\n## Completion gate\n\n- [ ] Fertig.\n',
    });
    const out = await mkdtemp(path.join(tmpdir(), 'coursepack-labels-'));
    dirs.push(root, out);
    const outcome = await runBuild({ root, outDir: out, formats: FORMAT_NAMES, options: { toolVersion: 'test' } });
    expect(outcome.skipped).toEqual([]);
    const zip = async (format: string, name: string) => JSZip.loadAsync(await readFile(path.join(out, format, name)));
    const text = async (z: JSZip, name: string) => (await z.file(name)?.async('string')) ?? '';

    const player = await text(await zip('scorm2004', 'm1.zip'), 'index.html');
    expect(player).toContain('<h2 id="checkpoint-title">Lernkontrolle</h2>');
    expect(player).toContain('<p class="points">1 Punkt</p>');
    // The cartridge: its pages and its quizzes' names.
    const cartridge = await zip('cc', 'course.imscc');
    const review = await text(cartridge, 'm1/review.html');
    for (const words of ['<h2 id="review-loop">Wiederholung</h2>', '<h2 id="embedded-checkpoint">Lernkontrolle</h2>', '<p class="points">1 Punkt</p>', 'Siehe: <a href="explainer.html#sec-1">']) expect(review).toContain(words);
    const manifest = await text(cartridge, 'imsmanifest.xml');
    expect(manifest).toContain('<title>Modul 4 Review — Register — Lernkontrolle</title>');
    expect(manifest).toContain('<title>Modul 4 Review — Register — Tageswiederholung</title>');
    // The question banks: the names of tests and categories, and the title of a link made inert.
    expect(await text(await zip('qti21', 'm1.zip'), 'checkpoint.xml')).toContain('title="Modul 4 Review — Register — Lernkontrolle"');
    const qti12 = await zip('qti12', 'm1.zip');
    expect(await text(qti12, 'm1.checkpoint/assessment_meta.xml')).toContain('<title>Modul 4 Review — Register — Lernkontrolle</title>');
    expect(await text(qti12, 'm1.recall/assessment_meta.xml')).toContain('<title>Modul 4 Review — Register — Tageswiederholung</title>');
    const moodle = await readFile(path.join(out, 'moodle', 'm1.moodle.xml'), 'utf8');
    expect(moodle).toContain('<text>$course$/KI-Technik/Modul 4 Review — Register/Tageswiederholung/Tag 1</text>');
    expect(moodle).toContain('<a title="Nicht in diesem Paket">die Erklärung</a>');
    expect(await readFile(path.join(out, 'gift', 'm1.gift'), 'utf8')).toContain('$CATEGORY: $course$/KI-Technik/Modul 4 Review — Register/Tageswiederholung/Tag 1');
    // The notes graders read beside an open question, and the references a GIFT essay carries.
    const qti21 = await zip('qti21', 'm1.zip');
    const essay = await text(qti21, Object.keys(qti21.files).find((f) => f.includes('konzepte-2')) ?? '');
    // `pointsHeading` is not configured: German's built-in label.
    for (const words of ['<strong>Punkte:</strong>', '<strong>Verweise:</strong>', '<strong>Musterlösung:</strong>']) expect(essay).toContain(words);
    expect(await text(qti12, 'm1.checkpoint/m1.checkpoint.xml')).toContain('Bewertungskriterium: ');
    expect(moodle).toContain('<strong>Verweise</strong>');
    expect(moodle).toContain('<strong>Musterlösung</strong>');
    expect(await readFile(path.join(out, 'gift', 'm1.gift'), 'utf8')).toContain('<strong>Verweise</strong>');
    // The model, for other tools, with every label.
    const course = JSON.parse(await readFile(path.join(out, 'json', 'course.json'), 'utf8')) as { labels: Record<string, unknown>; modules: { number: number }[] };
    expect(course.labels).toMatchObject(labels);
    expect(course.labels['submit']).toBe('Absenden');
    // `Modul 4`, as the label writes it, is the module's number.
    expect(course.modules[0]?.number).toBe(4);
  });

  it('runs labels into the text after them as the language writes it, or as the course says', async () => {
    const review = '# 06. Module 2 Review — Registres\n\n## Embedded checkpoint\n\n### Concepts\n\n1. À quoi sert un alias ? See `02_explainer.md` §1 {points=1.5}\n   > Il pointe vers une version.\n\n## Completion gate\n\n- [ ] Terminé.\n';
    const files = { 'm2/02_explainer.md': '# 02. Explication\n\n## 1. Registre\n\nTexte.\n', 'm2/06_revision.md': review };
    const notes = async (config: object) => {
      const root = await writeContentFolder({ 'coursepack.config.json': JSON.stringify(config), ...files });
      const out = await mkdtemp(path.join(tmpdir(), 'coursepack-run-in-'));
      dirs.push(root, out);
      const outcome = await runBuild({ root, outDir: out, formats: ['qti21', 'qti12'], options: { toolVersion: 'test' } });
      expect(outcome.skipped).toEqual([]);
      const qti21 = await JSZip.loadAsync(await readFile(path.join(out, 'qti21', 'm2.zip')));
      const essay = Object.keys(qti21.files).find((f) => f.includes('concepts-1')) ?? '';
      const qti12 = await JSZip.loadAsync(await readFile(path.join(out, 'qti12', 'm2.zip')));
      return { scorer: (await qti21.file(essay)?.async('string')) ?? '', grader: (await qti12.file('m2.checkpoint/m2.checkpoint.xml')?.async('string')) ?? '' };
    };
    // French: a no-break space before the colon, and a decimal comma in the points.
    const french = await notes({ title: 'IA', language: 'fr' });
    for (const words of ['<strong>Points\u00A0:</strong> 1,5', '<strong>Références\u00A0:</strong>', '<strong>Réponse type\u00A0:</strong>']) expect(french.scorer).toContain(words);
    expect(french.grader).toContain('Critère d’évaluation\u00A0: ');
    // A course's own form, here Japanese's full-width colon, for every run-in label.
    const japanese = await notes({ title: 'AI', language: 'ja', labels: { runIn: '{label}：' } });
    for (const words of ['<strong>Points：</strong> 1.5', '<strong>References：</strong>', '<strong>Model answer：</strong>']) expect(japanese.scorer).toContain(words);
    expect(japanese.grader).toContain('Rubric criterion： ');
    expect(japanese.scorer).not.toMatch(/<strong>[^<]*:<\/strong>/);
  });

  it('prints no English words of its own in any package once every label is set', async () => {
    // Each label becomes a marker with its placeholders (`⟦points {n}⟧`), and the bundled course is
    // built in every format that prints pages or questions (the PDFs are checked in their own tests).
    const marked = (key: string, text: string) => `⟦${key}${[...text.matchAll(/\{\w+\}/g)].map((m) => ` ${m[0]}`).join('')}⟧`;
    const labels = Object.fromEntries(Object.entries(DEFAULT_LABELS).map(([key, text]) => [key, typeof text === 'string' ? marked(key, text) : Object.fromEntries(Object.entries(text).map(([c, form]) => [c, marked(key, form)]))]));
    const root = await mkdtemp(path.join(tmpdir(), 'coursepack-marked-'));
    const out = `${root}-out`;
    dirs.push(root, out);
    await cp(path.join(import.meta.dirname, '../../../content'), root, { recursive: true });
    const config = JSON.parse(await readFile(path.join(root, 'coursepack.config.json'), 'utf8')) as object;
    await writeFile(path.join(root, 'coursepack.config.json'), JSON.stringify({ ...config, labels }));
    const formats = FORMAT_NAMES.filter((f) => f !== 'pdf' && f !== 'json');
    const outcome = await runBuild({ root, outDir: out, formats, options: { toolVersion: 'test', scormCourse: true } });
    expect(outcome.skipped).toEqual([]);
    // Every text coursepack wrote that a learner, a grader or an admin reads (not its scripts).
    const texts: [string, string][] = [];
    for (const format of formats) {
      for (const name of await readdir(path.join(out, format))) {
        const file = path.join(out, format, name);
        if (/\.(zip|imscc)$/.test(name)) {
          const z = await JSZip.loadAsync(await readFile(file));
          for (const entry of Object.keys(z.files).filter((f) => /\.(html|xml)$/.test(f))) texts.push([`${format}/${name}/${entry}`, (await z.file(entry)?.async('string')) ?? '']);
        } else texts.push([`${format}/${name}`, await readFile(file, 'utf8')]);
      }
    }
    expect(texts.some(([, text]) => text.includes('⟦checkpoint⟧'))).toBe(true);
    // The English of every label, each run of words between its placeholders.
    const english = Object.values(DEFAULT_LABELS).flatMap((text) => (typeof text === 'string' ? [text] : Object.values(text))).flatMap((form) => form.split(/\{\w+\}/).map((part) => part.trim()).filter((part) => part.includes(' ')));
    for (const words of new Set(english)) {
      const found = texts.filter(([, text]) => text.includes(words)).map(([name]) => name);
      expect(found, words).toEqual([]);
    }
  });
});
