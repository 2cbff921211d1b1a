import { describe, expect, it } from 'vitest';
import { readAhead } from '../src/build/read-ahead.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('readAhead', () => {
  it('yields in order and starts no more than the window ahead of the consumer', async () => {
    const started: number[] = [];
    // Later items finish first: the order must still be the items'.
    const values = readAhead([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      await new Promise((resolve) => setTimeout(resolve, 8 - n));
      return n * 10;
    });
    const seen: number[] = [];
    for await (const v of values) {
      seen.push(v);
      await tick();
      // Taken so far, plus at most the window in flight or waiting.
      expect(started.length).toBeLessThanOrEqual(seen.length + 3);
    }
    expect(seen).toEqual([10, 20, 30, 40, 50, 60, 70]);
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('lets the calls in flight finish before it throws the first failure', async () => {
    const finished: number[] = [];
    const values = readAhead([1, 2, 3], 3, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n === 1 ? 1 : 20));
      if (n === 1) throw new Error('first failed');
      finished.push(n);
      return n;
    });
    await expect(values.next()).rejects.toThrow('first failed');
    expect(finished.sort()).toEqual([2, 3]);
  });

  it('lets the calls in flight finish when the consumer stops early', async () => {
    const finished: number[] = [];
    const values = readAhead([1, 2, 3, 4], 3, async (n) => {
      await new Promise((resolve) => setTimeout(resolve, n === 1 ? 1 : 20));
      finished.push(n);
      return n;
    });
    expect((await values.next()).value).toBe(1);
    await values.return(undefined);
    // 2, 3 and 4 were under way (taking 1 started 4): all finished before return() resolved.
    expect(finished).toEqual([1, 2, 3, 4]);
  });
});
