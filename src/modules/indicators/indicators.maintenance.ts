import type { Queryable } from '../../db/database.js';
import {
  addToRollup,
  COOPERATION_ROLLUPS,
  type ContributionRow,
  type RollupSpec,
  readContributions,
} from './indicators.repository.js';

/**
 * The difference between what a set of cooperations contributed to a rollup before a change and
 * what they contribute after it, without the keys whose figures did not move. Counts are integers
 * and money is in whole cents (BigInt), so the rollups never drift by rounding.
 */
export function rollupDelta(
  spec: RollupSpec,
  before: readonly ContributionRow[],
  after: readonly ContributionRow[],
): ContributionRow[] {
  const keyOf = (row: ContributionRow) => spec.keys.map((k) => String(row[k.name])).join('\u0000');
  const merged = new Map<string, { row: ContributionRow; counts: number[]; cents: bigint[] }>();
  const add = (row: ContributionRow, sign: 1 | -1) => {
    const key = keyOf(row);
    const existing = merged.get(key);
    const entry = existing ?? { row, counts: spec.counts.map(() => 0), cents: spec.cents.map(() => 0n) };
    if (!existing) merged.set(key, entry);
    spec.counts.forEach((name, i) => {
      entry.counts[i] = (entry.counts[i] ?? 0) + sign * Number(row[name] ?? 0);
    });
    spec.cents.forEach((name, i) => {
      entry.cents[i] = (entry.cents[i] ?? 0n) + BigInt(sign) * BigInt(String(row[name] ?? '0'));
    });
  };
  for (const row of before) add(row, -1);
  for (const row of after) add(row, 1);
  const delta: ContributionRow[] = [];
  for (const { row, counts, cents } of merged.values()) {
    if (counts.every((n) => n === 0) && cents.every((n) => n === 0n)) continue;
    const out: ContributionRow = {};
    for (const k of spec.keys) out[k.name] = row[k.name] ?? '';
    spec.counts.forEach((name, i) => {
      out[name] = counts[i] ?? 0;
    });
    spec.cents.forEach((name, i) => {
      out[name] = String(cents[i] ?? 0n);
    });
    delta.push(out);
  }
  return delta;
}

/**
 * Runs `change` and brings the cooperation rollups up to date in the same transaction: it reads what
 * the cooperations contributed before, runs the change, reads again and adds the difference. Every
 * write to cooperations, their parties, stage events, agreements or outcomes goes through here.
 */
export async function maintainingIndicators<T>(
  tx: Queryable,
  cooperationIds: readonly string[],
  change: () => Promise<T>,
): Promise<T> {
  const before = await readContributions(tx, cooperationIds);
  const result = await change();
  const after = await readContributions(tx, cooperationIds);
  for (const [i, spec] of COOPERATION_ROLLUPS.entries()) {
    await addToRollup(tx, spec, rollupDelta(spec, before[i] ?? [], after[i] ?? []));
  }
  return result;
}
