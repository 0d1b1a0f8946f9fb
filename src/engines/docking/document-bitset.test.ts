import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bitsetWords, hasBit, occupiedRanges, setBit } from './document-bitset.js';

describe('occupiedRanges', () => {
  it('covers every set bit, starts and ends on set words, and splits only at gaps of at least minGapWords', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.integer({ min: 1, max: 8 }),
        (capacity, picks, minGapWords) => {
          const bits = new Uint32Array(bitsetWords(capacity));
          for (const pick of picks) setBit(bits, pick % capacity);
          const { ranges, count } = occupiedRanges(bits, minGapWords, new Int32Array(2));
          const pairs: [number, number][] = [];
          for (let r = 0; r < count; r++) pairs.push([ranges[2 * r] ?? 0, ranges[2 * r + 1] ?? 0]);
          for (let doc = 0; doc < capacity; doc++) {
            if (hasBit(bits, doc)) expect(pairs.some(([start, end]) => start <= doc && doc < end)).toBe(true);
          }
          for (const [start, end] of pairs) {
            expect(start % 32).toBe(0);
            expect(end % 32).toBe(0);
            expect(bits[start >>> 5]).not.toBe(0);
            expect(bits[(end >>> 5) - 1]).not.toBe(0);
          }
          for (let r = 1; r < pairs.length; r++) {
            const gapWords = ((pairs[r]?.[0] ?? 0) - (pairs[r - 1]?.[1] ?? 0)) / 32;
            expect(gapWords).toBeGreaterThanOrEqual(minGapWords);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gives no range for an empty set and one range for a full one', () => {
    expect(occupiedRanges(new Uint32Array(4), 1, new Int32Array(0)).count).toBe(0);
    const full = occupiedRanges(new Uint32Array(4).fill(0xffffffff), 1, new Int32Array(0));
    expect(full.count).toBe(1);
    expect([full.ranges[0], full.ranges[1]]).toEqual([0, 128]);
  });
});
