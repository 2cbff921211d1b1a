import type { PlayerData } from './player-data.js';

/** How a module's state fits the LMS's suspend_data limit. */
export interface SuspendDataBudget {
  limit: number;
  /** Largest encoded state with every note and open answer empty. */
  fixedMax: number;
  /** Encoded characters each note or open answer may keep when the state must be shortened. */
  textBudget: number;
  /** Largest suspend_data the player can write (at most `limit` when it fits). */
  largest: number;
  fits: boolean;
}

function worstNumber(max: number): number {
  // The longest number a score up to `max` with 2 decimals can print as, e.g. 99.99 for 25.
  return Number(`${'9'.repeat(String(Math.floor(max)).length)}.99`);
}

/**
 * The largest suspend_data a module's player can produce, built the same way the runtime encodes
 * state (`assets/player-state.js`): JSON of { v, a, d, n, r, g, t }.
 */
export function suspendDataBudget(data: PlayerData, limit: number): SuspendDataBudget {
  const answers = data.questions.map((q) => {
    if (q.kind === 'short' || q.kind === 'numeric') return '"'.repeat(data.shortMax);
    if (q.kind === 'open') return '';
    if (q.kind === 'multiple') return q.choices.join(',');
    return q.choices.reduce((longest, id) => (id.length > longest.length ? id : longest), '');
  });
  const worst = {
    v: 1,
    a: answers,
    d: '1'.repeat(data.questions.length),
    n: Array.from({ length: data.reflections }, () => ''),
    r: data.criteria.map((c) => (String(worstNumber(c.selfMax)).length > 4 ? worstNumber(c.selfMax) : null)),
    g: '1'.repeat(data.gate),
    t: 1,
  };
  const fixedMax = JSON.stringify(worst).length;
  const fields = data.reflections + data.questions.filter((q) => q.kind === 'open').length;
  const room = limit - fixedMax;
  const textBudget = fields === 0 ? 0 : Math.max(0, Math.floor(room / fields));
  return { limit, fixedMax, textBudget, largest: Math.min(limit, fixedMax + fields * textBudget), fits: room >= 0 };
}
