import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { b2bInstanceToEvent, parseB2bInstance } from './b2b-instance.js';
import { estimateEventBounds } from './event-bounds.js';
import type { BrokerageEvent } from './meeting-schedule.types.js';
import { scheduleMeetings } from './meeting-scheduler.js';
import { validateSchedule } from './schedule-validator.js';

const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/b2b-meetings/', import.meta.url));
const loadEvent = (name: string): BrokerageEvent =>
  b2bInstanceToEvent(parseB2bInstance(readFileSync(`${DATA_DIR}${name}`, 'utf8')));

/** A small step budget keeps the suite fast and the results reproducible. */
const BUDGET = { seed: 7, maxIterations: 400_000 };

describe('scheduleMeetings on the Bofill et al. instances', () => {
  it.each([
    'tic-12.original.dzn',
    'forum-13.original.dzn',
    'forumt-14crafe.original.dzn',
    'forum-14.prec15.dzn',
    'ticf-13crafb.forb0003.dzn',
  ])('places every meeting of %s in a valid schedule', (name) => {
    const event = loadEvent(name);
    const { schedule } = scheduleMeetings(event, BUDGET);
    const validation = validateSchedule(event, schedule);
    expect(validation.violations).toEqual([]);
    expect(schedule.unplaced).toEqual([]);
    expect(validation.score.placed).toBe(event.meetings.length);
    expect(validation.score.fairnessGap).toBeLessThanOrEqual(2);
  });

  it('reaches the published optimum of zero breaks on tic-12', () => {
    const event = loadEvent('tic-12.original.dzn');
    const result = scheduleMeetings(event, BUDGET);
    expect(validateSchedule(event, result.schedule).score.totalBreaks).toBe(0);
    expect(result.stats.stoppedBy).toBe('proven_optimal');
  });

  it('places as many meetings as can be placed on an infeasible forbidden-slot variant', () => {
    const event = loadEvent('tic-12.forb0003.dzn');
    const bounds = estimateEventBounds(event);
    expect(bounds.placedUpperBound).toBe(event.meetings.length - 1);
    expect(bounds.overloadedParticipants).toEqual(['1']);
    const { schedule } = scheduleMeetings(event, BUDGET);
    expect(validateSchedule(event, schedule).valid).toBe(true);
    expect(schedule.placements).toHaveLength(bounds.placedUpperBound);
    expect(schedule.unplaced).toEqual([{ meetingId: expect.any(String), reason: 'participant_overloaded' }]);
  });

  it('returns the same schedule for the same seed and budget', () => {
    const event = loadEvent('ticf-13crafc.original.dzn');
    const options = { seed: 3, maxIterations: 150_000 };
    expect(scheduleMeetings(event, options).schedule).toEqual(scheduleMeetings(event, options).schedule);
  });

  it('reads the clock only through the injected time limit', () => {
    let calls = 0;
    const now = (): number => {
      calls++;
      return calls; // one "millisecond" per look: the limit is reached after a few looks
    };
    const event = loadEvent('forum-13.original.dzn');
    const result = scheduleMeetings(event, { seed: 1, timeLimit: { milliseconds: 50, now } });
    expect(calls).toBeGreaterThan(0);
    expect(result.stats.stoppedBy).not.toBe('iterations');
    expect(validateSchedule(event, result.schedule).valid).toBe(true);
  });
});

describe('scheduleMeetings on small events', () => {
  const participants = ['A', 'B', 'C', 'D'].map((id) => ({ id }));

  it('keeps the heavier meeting when one table cannot hold both', () => {
    const event: BrokerageEvent = {
      slotCount: 1,
      tablesPerSlot: 1,
      participants,
      meetings: [
        { id: 'light', participants: ['A', 'B'] },
        { id: 'must-meet', participants: ['C', 'D'], priority: 5 },
      ],
    };
    const { schedule } = scheduleMeetings(event, BUDGET);
    expect(schedule.placements).toEqual([{ meetingId: 'must-meet', slot: 1, table: 1 }]);
    expect(schedule.unplaced).toEqual([{ meetingId: 'light', reason: 'tables_full' }]);
  });

  it('explains each meeting it cannot place', () => {
    const event: BrokerageEvent = {
      slotCount: 2,
      tablesPerSlot: 2,
      participants: [...participants, { id: 'E', unavailableSlots: [1, 2] }],
      meetings: [
        { id: 'stranger', participants: ['A', 'Z'] },
        { id: 'self', participants: ['A', 'A'] },
        { id: 'unavailable', participants: ['A', 'E'] },
        { id: 'ab1', participants: ['A', 'B'] },
        { id: 'ab2', participants: ['A', 'B'] },
        { id: 'ab3', participants: ['A', 'B'] },
      ],
    };
    const { schedule } = scheduleMeetings(event, BUDGET);
    const reasons = Object.fromEntries(schedule.unplaced.map((entry) => [entry.meetingId, entry.reason]));
    expect(reasons.stranger).toBe('invalid_meeting');
    expect(reasons.self).toBe('invalid_meeting');
    expect(reasons.unavailable).toBe('no_allowed_slot');
    expect(Object.values(reasons).filter((reason) => reason === 'participant_overloaded')).toHaveLength(1);
    expect(schedule.placements).toHaveLength(2);
  });

  it('honours pinned slots and tables, sessions and precedences', () => {
    const event: BrokerageEvent = {
      slotCount: 4,
      tablesPerSlot: 2,
      participants,
      meetings: [
        { id: 'first', participants: ['A', 'B'] },
        { id: 'second', participants: ['A', 'C'] },
        { id: 'pinned', participants: ['C', 'D'], fixedSlot: 2, fixedTable: 2 },
        { id: 'afternoon', participants: ['B', 'D'], allowedSlots: [3, 4] },
      ],
      precedences: [{ before: 'second', after: 'first' }],
    };
    const { schedule } = scheduleMeetings(event, BUDGET);
    const slotOf = Object.fromEntries(
      schedule.placements.map((placement) => [placement.meetingId, placement]),
    );
    expect(validateSchedule(event, schedule).valid).toBe(true);
    expect(slotOf.pinned).toMatchObject({ slot: 2, table: 2 });
    expect(slotOf.afternoon?.slot).toBeGreaterThanOrEqual(3);
    expect(slotOf.second?.slot).toBeLessThan(slotOf.first?.slot ?? 0);
  });

  it('does not starve a participant when meetings must be dropped', () => {
    // Two slots, one table: A-B and C-D each asked for two meetings. Keeping both A-B meetings
    // places as many as keeping one of each, but leaves C and D with nothing.
    const event: BrokerageEvent = {
      slotCount: 2,
      tablesPerSlot: 1,
      participants,
      meetings: [
        { id: 'ab1', participants: ['A', 'B'] },
        { id: 'ab2', participants: ['A', 'B'] },
        { id: 'cd1', participants: ['C', 'D'] },
        { id: 'cd2', participants: ['C', 'D'] },
      ],
    };
    const { schedule } = scheduleMeetings(event, BUDGET);
    const validation = validateSchedule(event, schedule);
    expect(validation.valid).toBe(true);
    expect(validation.score.placed).toBe(2);
    expect(validation.score.minShare).toBe(0.5);
  });

  it('rejects an event that cannot be scheduled as given', () => {
    const event: BrokerageEvent = { slotCount: 0, tablesPerSlot: 1, participants, meetings: [] };
    expect(() => scheduleMeetings(event)).toThrowError(expect.objectContaining({ code: 'InvalidSlotCount' }));
  });
});
