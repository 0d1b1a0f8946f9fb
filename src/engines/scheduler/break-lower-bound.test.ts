import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { b2bInstanceToEvent, parseB2bInstance } from './b2b-instance.js';
import { breakLowerBound, mandatorySlots } from './break-lower-bound.js';
import { compileEvent } from './compiled-event.js';
import type { BrokerageEvent } from './meeting-schedule.types.js';
import { scheduleMeetings } from './meeting-scheduler.js';

const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/b2b-meetings/', import.meta.url));

/** Slots 1-2 are the morning, 3-4 the afternoon. */
const HALF_DAYS: BrokerageEvent = {
  slotCount: 4,
  tablesPerSlot: 2,
  participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }],
  meetings: [
    { id: 'ab', participants: ['a', 'b'], allowedSlots: [1, 2] },
    { id: 'ac', participants: ['a', 'c'], allowedSlots: [3, 4] },
    { id: 'bd', participants: ['b', 'd'] },
  ],
};

const slotsOf = (mandatory: Uint8Array, participant: number, slotCount: number): number[] =>
  Array.from({ length: slotCount }, (_, s) => s).filter((s) => mandatory[participant * slotCount + s] === 1);

describe('mandatorySlots', () => {
  it('makes a participant with morning-only and afternoon-only meetings hold the slots around noon', () => {
    const event = compileEvent(HALF_DAYS);
    const mandatory = mandatorySlots(event, new Uint8Array(event.meetingCount).fill(1));
    // a: the only gap-free block for a morning and an afternoon meeting is slots 2-3 (0-based 1-2).
    expect(slotsOf(mandatory, 0, 4)).toEqual([1, 2]);
    // b: its morning meeting rules out block 3-4; blocks 1-2 and 2-3 share slot 2 (0-based 1).
    expect(slotsOf(mandatory, 1, 4)).toEqual([1]);
    // c and d have one meeting each.
    expect(slotsOf(mandatory, 2, 4)).toEqual([]);
    expect(slotsOf(mandatory, 3, 4)).toEqual([]);
  });

  it('leaves out meetings that are not placed and participants that need a break anyway', () => {
    const event = compileEvent({
      slotCount: 4,
      tablesPerSlot: 2,
      participants: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      meetings: [
        { id: 'ab', participants: ['a', 'b'], allowedSlots: [1] },
        { id: 'ac', participants: ['a', 'c'], allowedSlots: [4] },
      ],
    });
    const all = new Uint8Array(event.meetingCount).fill(1);
    expect(breakLowerBound(event, all)).toBe(1);
    expect(slotsOf(mandatorySlots(event, all), 0, 4)).toEqual([]);
    expect(slotsOf(mandatorySlots(event, Uint8Array.from([1, 0])), 0, 4)).toEqual([]);
  });

  it('is held by every participant without a break in a real schedule', () => {
    const event = b2bInstanceToEvent(
      parseB2bInstance(readFileSync(`${DATA_DIR}ticf-13crafb.original.dzn`, 'utf8')),
    );
    const compiled = compileEvent(event);
    const mandatory = mandatorySlots(compiled, new Uint8Array(compiled.meetingCount).fill(1));
    const { schedule } = scheduleMeetings(event, { seed: 3, maxIterations: 200_000 });
    const slotOf = new Map(schedule.placements.map((placement) => [placement.meetingId, placement.slot - 1]));
    let checked = 0;
    schedule.breaks.forEach((entry, p) => {
      const must = slotsOf(mandatory, p, compiled.slotCount);
      if (entry.breaks > 0 || must.length === 0) return;
      const busy = new Set(
        Array.from(compiled.meetingsOf[p] ?? []).map((m) => slotOf.get(compiled.meetingIds[m] ?? '')),
      );
      for (const s of must) expect(busy.has(s)).toBe(true);
      checked++;
    });
    // ticf-13crafb has 25 participants with morning-only and afternoon-only requests.
    expect(checked).toBeGreaterThan(10);
  });
});
