import { describe, expect, it } from 'vitest';
import { assetsOf, courseFromFiles, IMAGE_FILES, solidPng } from '@coursepack/test-kit';
import * as player from '../src/index.js';
import { buildPlayer, playerData, scriptSafeJson, suspendDataBudget } from '../src/index.js';
import { playerFiles } from './fixture-files.js';

describe('player API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(player).sort()).toEqual([
      'PLAYER_ASSET_NAMES', 'SHORT_ANSWER_MAX', 'SUSPEND_DATA_LIMITS', 'buildPlayer', 'maxScore', 'moduleQuestions', 'playerAssets', 'playerData',
      'renderDocumentPage', 'renderPlayerPage', 'roundScore', 'scriptSafeJson', 'suspendDataBudget',
    ]);
  });

  it('embeds JSON that cannot close its script element', () => {
    const json = scriptSafeJson({ text: '</script><!-- \u2028 & >' });
    expect(json).not.toMatch(/<|>|&|\u2028/);
    expect(JSON.parse(json)).toEqual({ text: '</script><!-- \u2028 & >' });
  });

  it('computes the largest suspend_data from the worst answers and shares the rest among notes', async () => {
    const build = await courseFromFiles(playerFiles);
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const data = playerData(module);
    // open "" + single "b" + numeric of 100 quotes (each escaped to 2 characters).
    const worst = JSON.stringify({ v: 1, a: ['', 'b', '"'.repeat(100)], d: '111', n: [''], r: [null], g: '11', t: 1 });
    const budget = suspendDataBudget(data, 4096);
    expect(budget.fixedMax).toBe(worst.length);
    expect(budget.textBudget).toBe(Math.floor((4096 - worst.length) / 2));
    expect(budget.largest).toBeLessThanOrEqual(4096);
    const inCourse = buildPlayer(module, build, { version: '2004', prefix: 'm1/', sharedAssets: 'player/', folderOf: (id) => `folder-${id}` });
    expect(inCourse.files.map((f) => f.path).sort()).toEqual(['m1/explainer.html', 'm1/index.html']);
    const page = new TextDecoder().decode(inCourse.files.find((f) => f.path === 'm1/index.html')?.bytes);
    // The link to module two leads to its player, in the page and for the runtime.
    expect(page).toContain('<a href="../folder-m2/index.html">module two</a>');
    expect(page).toContain('"moduleLinks":{"../m2/":"../folder-m2/index.html","../folder-m2/index.html":"../folder-m2/index.html"}');
    expect(page).toContain('<script src="../player/player.js"></script>');
    expect(buildPlayer(module, build, { version: '1.2' }).files.map((f) => f.path).sort()).toEqual([
      'explainer.html', 'index.html', 'player-state.js', 'player.css', 'player.js', 'scorm-runtime.js',
    ]);
  });

  it('shows the module images from its own assets/ folder, or from a package root that keeps them once', async () => {
    // The same markup written as code must stay text.
    const files = { ...IMAGE_FILES, 'pics/02_explainer.md': `${String(IMAGE_FILES['pics/02_explainer.md'])}\nWrite \`<img src="assets/pics/img/flow.png">\` by hand.\n` };
    const build = await courseFromFiles(files);
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const input = { ...build, assets: assetsOf(files) };
    const text = (built: ReturnType<typeof buildPlayer>, path: string): string => new TextDecoder().decode(built.files.find((f) => f.path === path)?.bytes);
    const srcs = (html: string): string[] => [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] ?? '');

    const own = buildPlayer(module, input, { version: null, prefix: 'm/' });
    expect(own.files.map((f) => f.path).filter((p) => p.includes('assets/')).sort()).toEqual(['m/assets/pics/img/curves.png', 'm/assets/pics/img/flow.png', 'm/assets/shared/stage one.png']);
    expect(own.files.find((f) => f.path === 'm/assets/pics/img/flow.png')?.bytes).toBe(input.assets.get('pics/img/flow.png'));
    expect(srcs(text(own, 'm/explainer.html'))).toEqual(['assets/pics/img/flow.png', 'assets/shared/stage%20one.png', 'https://example.org/remote.png', 'assets/pics/img/missing.png']);

    const shared = buildPlayer(module, input, { version: '2004', prefix: 'm/', sharedAssets: 'player/', sharedImages: '' });
    expect(shared.files.map((f) => f.path).sort()).toEqual(['m/explainer.html', 'm/index.html']);
    const explainer = text(shared, 'm/explainer.html');
    expect(srcs(explainer)).toEqual(['../assets/pics/img/flow.png', '../assets/shared/stage%20one.png', 'https://example.org/remote.png', '../assets/pics/img/missing.png']);
    expect(explainer).toContain('<code>&#x3C;img src="assets/pics/img/flow.png"></code>');
    expect(srcs(text(shared, 'm/index.html'))).toEqual(['../assets/pics/img/curves.png', '../assets/pics/img/curves.png', '../assets/shared/stage%20one.png', '../assets/pics/img/flow.png']);
  });
});

describe('the files a module links to', () => {
  const files = {
    'm1/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nOpen [the deck](files/deck.pdf#page=2), [the data](files/weeks.csv) and [the gone one](files/gone.zip).\n\n[![The flow](img/flow.png)](img/flow.png) [![Gone](img/gone.png)](img/gone.png)\n',
    'm1/img/flow.png': solidPng(4, 4),
    'm1/06_revision.md': '# 06. Module 1 Review — Files\n\n## Review loop\n\n1. Load [the data](files/weeks.csv) again.\n\n## Completion gate\n\n- [ ] Done.\n',
    'm1/files/deck.pdf': '%PDF-1.4\n%%EOF\n',
    'm1/files/weeks.csv': 'week,topic\n1,registries\n',
  };

  it('are carried beside the images, and every link to one leads there, from the player page too', async () => {
    // They were left out, and every link to one disabled as "not included".
    const build = await courseFromFiles(files);
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const input = { ...build, assets: assetsOf(files) };
    const built = buildPlayer(module, input, { version: '2004' });
    const text = (path: string) => new TextDecoder().decode(built.files.find((f) => f.path === path)?.bytes);
    expect(built.files.filter((f) => f.path.startsWith('assets/')).map((f) => f.path).sort()).toEqual(['assets/m1/files/deck.pdf', 'assets/m1/files/weeks.csv', 'assets/m1/img/flow.png']);
    expect(built.files.find((f) => f.path === 'assets/m1/files/weeks.csv')?.bytes).toBe(input.assets.get('m1/files/weeks.csv'));
    expect(text('explainer.html')).toContain('<a href="assets/m1/files/deck.pdf#page=2">the deck</a>, <a href="assets/m1/files/weeks.csv">the data</a> and <a title="Not included in this package">the gone one</a>');
    // An image with no file: its link leads nowhere, so it is inert too.
    expect(text('explainer.html')).toContain('<a title="Not included in this package"><img src="assets/m1/img/gone.png" alt="Gone"></a>');
    // The player page's runtime leaves a link enabled only when it knows where it leads.
    const index = text('index.html');
    expect(index).toContain('<a href="assets/m1/files/weeks.csv">the data</a>');
    expect(index).toContain('"assets/m1/files/weeks.csv":"assets/m1/files/weeks.csv"');

    // In a course package they sit once in the shared folder, and the pages reach them there.
    const shared = buildPlayer(module, input, { version: '2004', prefix: 'm1/', sharedAssets: 'player/', sharedImages: '', folderOf: (id) => id });
    expect(shared.files.filter((f) => f.path.includes('assets/'))).toEqual([]);
    const sharedText = (path: string) => new TextDecoder().decode(shared.files.find((f) => f.path === path)?.bytes);
    expect(sharedText('m1/explainer.html')).toContain('<a href="../assets/m1/files/deck.pdf#page=2">the deck</a>');
    // A link to an image it shows, to see it whole, leads to the one copy too.
    expect(sharedText('m1/explainer.html')).toContain('<a href="../assets/m1/img/flow.png"><img src="../assets/m1/img/flow.png" alt="The flow"></a>');
    expect(sharedText('m1/index.html')).toContain('"../assets/m1/files/weeks.csv":"../assets/m1/files/weeks.csv"');
  });
});

describe('the pages of a module', () => {
  it('carries every module file as a page, the daily recall without its answers, and moves the review page\'s links to them', async () => {
    // The weekly plan, the lab and the daily recall were left out of the package, and a link in
    // the review page to any module file, the explainer too, was disabled as "not included".
    const build = await courseFromFiles({
      'm1/01_weekly_plan.md': '# 01. Plan\n\n## Goals\n\n- Read the explainer.\n',
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. Registries\n\nText.\n',
      'm1/04_daily_recall.md': '# 04. Recall\n\n## Day 1\n\n1. Which store keeps stages? See §1.\n   - [ ] ArtifactStoreChoice\n   - [x] RegistryChoice\n   > Correct: FeedbackSecret.\n\n2. Name the alias.\n\n   Answer: AliasSecret\n',
      'm1/05_hands_on_lab.md': '# 05. Lab\n\n## Step 1\n\nRun `make`.\n',
      'm1/06_revision.md': '# 06. Module 1 Review — Pages\n\n## Review loop\n\n1. Redo [the lab](05_hands_on_lab.md), the [plan](./01_weekly_plan.md), the [recall](04_daily_recall.md#day-1), [§1](02_explainer.md#sec-1) and [as on GitHub](02_explainer.md#1-registries).\n\n## Completion gate\n\n- [ ] Done.\n',
    });
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const built = buildPlayer(module, build, { version: '2004' });
    const text = (path: string) => new TextDecoder().decode(built.files.find((f) => f.path === path)?.bytes);
    const pages = ['daily-recall.html', 'explainer.html', 'hands-on-lab.html', 'index.html', 'weekly-plan.html'];
    expect(built.files.map((f) => f.path).filter((p) => p.endsWith('.html')).sort()).toEqual(pages);
    const index = text('index.html');
    for (const href of ['hands-on-lab.html', 'weekly-plan.html', 'daily-recall.html#day-1', 'explainer.html#sec-1', 'explainer.html#1-registries']) expect(index).toContain(`<a href="${href}">`);
    // Each anchor is on its page: a section's, GitHub's for the same heading, a recall day's.
    expect(text('explainer.html')).toContain('<h2 id="sec-1"><span id="1-registries"></span>1. Registries</h2>');
    expect(text('daily-recall.html')).toContain('<h2 id="day-1">Day 1</h2>');
    // The runtime disables a link whose page is not among these.
    expect(index).toContain(`"pages":${JSON.stringify(['index.html', 'explainer.html', 'weekly-plan.html', 'hands-on-lab.html', 'daily-recall.html'])}`);
    expect(text('hands-on-lab.html')).toContain('<code>make</code>');
    const recall = text('daily-recall.html');
    for (const prompt of ['Which store keeps stages?', 'Name the alias.']) expect(recall).toContain(prompt);
    expect(recall).toContain('<a href="explainer.html#sec-1"');
    // The choices are there to think about, none of them marked; the answers and feedback are not.
    expect(recall).toContain('<ul class="choices"><li>ArtifactStoreChoice</li><li>RegistryChoice</li></ul>');
    for (const secret of ['FeedbackSecret', 'AliasSecret', 'checked', 'correct']) expect(recall, secret).not.toContain(secret);
  });

  it('leads a link to its own module\'s file to its page however the path is written, the review page too', async () => {
    // Only a bare file name was matched: `../m1/02_explainer.md` written in m1 was left as it was
    // and disabled as "not included", and a link to the review page reached nothing.
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nBack to [the review](06_revision.md#review-loop), [the lab](../m1/05_hands_on_lab.md).\n',
      'm1/05_hands_on_lab.md': '# 05. Lab\n\nSee [§1](../m1/02_explainer.md#sec-1) and [the same](./sub/../02_explainer.md).\n',
      'm1/06_revision.md': '# 06. Module 1 Review — One\n\n## Review loop\n\n1. Read [§1](../m1/02_explainer.md#sec-1) and [the lab](%30%35_hands_on_lab.md).\n\n## Completion gate\n\n- [ ] Done.\n',
    });
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const built = buildPlayer(module, build, { version: '2004' });
    const text = (path: string) => new TextDecoder().decode(built.files.find((f) => f.path === path)?.bytes);
    expect(text('index.html')).toContain('<a href="explainer.html#sec-1">§1</a> and <a href="hands-on-lab.html">the lab</a>');
    expect(text('hands-on-lab.html')).toContain('<a href="explainer.html#sec-1">§1</a> and <a href="explainer.html">the same</a>');
    expect(text('explainer.html')).toContain('<a href="index.html#review-loop">the review</a>, <a href="hands-on-lab.html">the lab</a>');
    for (const page of ['index.html', 'explainer.html', 'hands-on-lab.html']) expect(text(page), page).not.toContain('title="Not included');
  });

  it("lands a link written for GitHub on the review page's sections and groups, unless an id of the player's own has it", async () => {
    // `06_revision.md#self-evaluation` opened the player at its top: its sections had ids of their own only.
    const build = await courseFromFiles({
      'm1/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nScore yourself in [the rubric](06_revision.md#self-evaluation) after [the applied questions](06_revision.md#applied).\n',
      'm1/06_revision.md': '# 06. Module 1 Review — One\n\n## Review loop\n\n1. Read, then go to [the gate](#completion-gate).\n\n## Embedded checkpoint\n\n### Applied\n\n1. How?\n\n   > So.\n\n### Gate 0\n\n1. Why?\n\n   > Because.\n\n## Self-evaluation\n\n| Criterion | Score | Max |\n|---|---|---|\n| Applied | | 5 |\n| Gate 0 | | 5 |\n| **Total** | | **10** |\n\n## Completion gate\n\n- [ ] Done.\n',
    });
    const module = build.course.modules[0];
    if (!module) throw new Error('fixture');
    const built = buildPlayer(module, build, { version: '2004' });
    const text = (path: string) => new TextDecoder().decode(built.files.find((f) => f.path === path)?.bytes);
    expect(text('explainer.html')).toContain('<a href="index.html#self-evaluation">the rubric</a> after <a href="index.html#applied">the applied questions</a>');
    const index = text('index.html');
    for (const tag of ['<section id="review-loop"', '<section id="embedded-checkpoint"', '<h3 id="applied">Applied</h3>', '<section id="self-evaluation"', '<section id="completion-gate"']) expect(index).toContain(tag);
    expect(index).toContain('<a href="#completion-gate">the gate</a>');
    // `Gate 0` is GitHub's `gate-0`, the id of the gate's first checkbox, which the runtime needs.
    expect(index).toContain('<h3>Gate 0</h3>');
    expect(index.match(/ id="gate-0"/g)).toHaveLength(1);
    expect(index).toContain('<input type="checkbox" id="gate-0">');
    expect(index).not.toContain('data-cp-anchor');
  });

  it("in a course package, leads a link to another module's file to that module's page, and keeps it enabled", async () => {
    const build = await courseFromFiles({
      'm1/06_revision.md': '# 06. Module 1 Review — One\n\n## Review loop\n\n1. Read [its explainer](../m2/02_explainer.md#sec-1), [its review](../m2/06_revision.md), [its recall](../m2/04_daily_recall.md) and [nothing](../m2/missing.md).\n\n## Completion gate\n\n- [ ] Done.\n',
      'm1/05_hands_on_lab.md': '# 05. Lab\n\nCompare with [its explainer](../m2/02_explainer.md), [its module](../m2/) and [nothing](../m2/missing.md); [the web](https://example.org) and [here](#top) stay.\n',
      'm2/02_explainer.md': '# 02. Explainer\n\n## 1. One\n\nText.\n',
      'm2/04_daily_recall.md': '# 04. Recall\n\n## Day 1\n\n1. Why?\n',
      'm2/06_revision.md': '# 06. Module 2 Review — Two\n\n## Completion gate\n\n- [ ] Done.\n',
    });
    const module = build.course.modules.find((m) => m.id === 'm1');
    if (!module) throw new Error('fixture');
    const page = (options: Parameters<typeof buildPlayer>[2], name = 'index.html') => new TextDecoder().decode(buildPlayer(module, build, options).files.find((f) => f.path.endsWith(name))?.bytes);
    const inCourse = page({ version: '2004', prefix: 'm1/', sharedAssets: 'player/', folderOf: (id) => `f-${id}` });
    const moved = ['../f-m2/explainer.html#sec-1', '../f-m2/index.html', '../f-m2/daily-recall.html'];
    for (const href of moved) {
      expect(inCourse).toContain(`<a href="${href}">`);
      expect(inCourse).toContain(`${JSON.stringify(href)}:${JSON.stringify(href)}`);
    }
    expect(inCourse).toContain('<a href="../m2/missing.md">');
    // A module's own package holds no other module: those links stay as written, and the runtime disables them.
    expect(page({ version: '2004' })).toContain('<a href="../m2/02_explainer.md#sec-1">');
    // A page without the runtime: moved in the course package, made inert where nothing is there.
    const lab = page({ version: '2004', prefix: 'm1/', sharedAssets: 'player/', folderOf: (id) => `f-${id}` }, 'hands-on-lab.html');
    expect(lab).toContain('<a href="../f-m2/explainer.html">its explainer</a>, <a href="../f-m2/index.html">its module</a> and <a title="Not included in this package">nothing</a>');
    expect(lab).toContain('<a href="https://example.org">the web</a> and <a href="#top">here</a>');
    const alone = page({ version: '2004' }, 'hands-on-lab.html');
    expect(alone).toContain('<a title="Not included in this package">its explainer</a>, <a title="Not included in this package">its module</a>');
  });
});

