import { UsageError } from '../usage-error.js';

/** One shard of a build: `index` of `count`, both 1-based as written (`--shard 2/4`). */
export interface Shard {
  index: number;
  count: number;
}

/** Read `--shard i/n`. */
export function readShard(value: string | undefined): Shard | null {
  if (value === undefined) return null;
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n (got \`${value}\`)`);
  return { index, count };
}

/**
 * The modules of one shard: modules sorted by id are dealt out in turn, so shards partition the
 * course, are stable while modules are added elsewhere in the order, and stay balanced.
 */
export function selectShard(moduleIds: readonly string[], shard: Shard | null): string[] {
  if (!shard) return [...moduleIds];
  const sorted = [...moduleIds].sort();
  return sorted.filter((_, i) => i % shard.count === shard.index - 1);
}
