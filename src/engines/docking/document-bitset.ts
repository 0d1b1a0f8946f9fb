/**
 * Sets of document numbers as bit arrays: the live documents and one set per facet value, so that a
 * query's filters become one bit array computed with a few word-wide ANDs and ORs.
 */
import { grown } from './typed-arrays.js';

/** Words needed for `capacity` documents. */
export function bitsetWords(capacity: number): number {
  return (capacity + 31) >>> 5;
}

export function hasBit(bits: Uint32Array, doc: number): boolean {
  return ((bits[doc >>> 5] ?? 0) & (1 << (doc & 31))) !== 0;
}

export function setBit(bits: Uint32Array, doc: number): void {
  const word = doc >>> 5;
  bits[word] = (bits[word] ?? 0) | (1 << (doc & 31));
}

export function clearBit(bits: Uint32Array, doc: number): void {
  const word = doc >>> 5;
  bits[word] = (bits[word] ?? 0) & ~(1 << (doc & 31));
}

/** A copy of `bits` with room for `words` words. */
export function resized(bits: Uint32Array, words: number): Uint32Array {
  const out = new Uint32Array(words);
  out.set(bits.length <= words ? bits : bits.subarray(0, words));
  return out;
}

/** `target &= (union of alternatives)`; no alternatives at all empties the target. */
export function intersectWithUnion(target: Uint32Array, alternatives: readonly Uint32Array[]): void {
  for (let w = 0; w < target.length; w++) {
    let union = 0;
    for (const bits of alternatives) union |= bits[w] ?? 0;
    target[w] = (target[w] ?? 0) & union;
  }
}

/**
 * The document ranges [start, end) that hold every set bit of `bits`, as pairs in `out` (returned,
 * grown when needed), with the pair count. Runs of empty words shorter than `minGapWords` stay
 * inside a range: skipping them would cost more than reading through them.
 */
export function occupiedRanges(
  bits: Uint32Array,
  minGapWords: number,
  out: Int32Array,
): { ranges: Int32Array; count: number } {
  let ranges = out;
  let count = 0;
  let start = -1;
  let lastSet = -1;
  for (let w = 0; w < bits.length; w++) {
    if ((bits[w] ?? 0) === 0) continue;
    if (start >= 0 && w - lastSet - 1 >= minGapWords) {
      ranges = grown(ranges, 2 * (count + 1));
      ranges[2 * count] = start << 5;
      ranges[2 * count + 1] = (lastSet + 1) << 5;
      count++;
      start = -1;
    }
    if (start < 0) start = w;
    lastSet = w;
  }
  if (start >= 0) {
    ranges = grown(ranges, 2 * (count + 1));
    ranges[2 * count] = start << 5;
    ranges[2 * count + 1] = (lastSet + 1) << 5;
    count++;
  }
  return { ranges, count };
}
