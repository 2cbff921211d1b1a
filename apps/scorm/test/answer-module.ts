import type { Frame } from 'playwright-core';

/** Answer the fixture module as a learner would: objective answers, an open answer, a note, the rubric and the gate. */
export async function answerFixture(sco: Frame, gate: number[]): Promise<void> {
  await sco.getByLabel('Right one').check();
  await sco.locator('#q-1-submit').click();
  await sco.getByLabel('Two').check();
  await sco.getByLabel('Four').check();
  await sco.locator('#q-2-submit').click();
  await sco.locator('#q-3-choice-b').check();
  await sco.locator('#q-3-submit').click();
  await sco.locator('#q-4-answer').fill('6');
  await sco.locator('#q-4-submit').click();
  await sco.locator('#q-5-answer').fill('second');
  await sco.locator('#q-5-submit').click();
  await sco.locator('#q-0-answer').fill('It comes before the second.');
  await sco.locator('#q-0-compare').click();
  await sco.locator('#note-0').fill('The second idea.');
  await sco.locator('#note-0').blur();
  // Conceptual: 6 of 8 points come from answers, so the learner scores at most 2 by hand;
  // Applied is scored from answers only (no field).
  await sco.locator('#crit-0').fill('5');
  await sco.locator('#crit-0').blur();
  await sco.locator('#crit-2').fill('4');
  await sco.locator('#crit-2').blur();
  for (const i of gate) await sco.locator(`#gate-${i}`).check();
}

/** The state the answers above leave in cmi.suspend_data (with the given gate items ticked). */
export function expectedState(gate: string): unknown {
  return {
    v: 1,
    a: ['It comes before the second.', 'b', 'a,c', 'b', '6', 'second'],
    d: '111111',
    n: ['The second idea.', ''],
    r: [2, null, 4],
    g: gate,
  };
}
