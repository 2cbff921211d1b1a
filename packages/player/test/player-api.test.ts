import { describe, expect, it } from 'vitest';
import { assetsOf, courseFromFiles, IMAGE_FILES } from '@coursepack/test-kit';
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
    expect(page).toContain('"moduleLinks":{"../m2/":"../folder-m2/index.html"}');
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
