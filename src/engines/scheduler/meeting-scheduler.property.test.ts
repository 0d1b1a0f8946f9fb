import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateEventBounds } from './event-bounds.js';
import { rescheduleMeetings } from './meeting-rescheduler.js';
import type { AcceptedMeeting, BrokerageEvent, MeetingPrecedence } from './meeting-schedule.types.js';
import { scheduleMeetings } from './meeting-scheduler.js';
import { validateSchedule } from './schedule-validator.js';

const OPTIONS = { seed: 11, maxIterations: 60_000 };

const drawnMeeting = fc.record({
  a: fc.nat(7),
  b: fc.nat(7),
  slot: fc.nat(5),
  extraSlots: fc.array(fc.nat(5), { maxLength: 4 }),
  pinSlot: fc.boolean(),
  pinTable: fc.boolean(),
  priority: fc.integer({ min: 1, max: 3 }),
});

const drawnEvent = fc.record({
  participantCount: fc.integer({ min: 2, max: 8 }),
  slotCount: fc.integer({ min: 1, max: 6 }),
  tablesPerSlot: fc.integer({ min: 1, max: 4 }),
  meetings: fc.array(drawnMeeting, { maxLength: 24 }),
  unavailable: fc.array(fc.tuple(fc.nat(7), fc.nat(5)), { maxLength: 6 }),
  precedences: fc.array(fc.tuple(fc.nat(23), fc.nat(23)), { maxLength: 6 }),
});

type DrawnEvent = typeof drawnEvent extends fc.Arbitrary<infer T> ? T : never;

/**
 * An event with a known complete schedule: drawn meetings are kept only where the planted slot has
 * both sides free and a table left, sessions and unavailability never exclude the planted slot,
 * and precedences follow the planted order. Every meeting of it can therefore be placed.
 */
function plantedEvent(drawn: DrawnEvent): BrokerageEvent {
  const { participantCount, slotCount, tablesPerSlot } = drawn;
  const busy = new Set<string>();
  const tablesUsed = new Map<number, number>();
  const meetings: AcceptedMeeting[] = [];
  const plantedSlot: number[] = [];
  for (const meeting of drawn.meetings) {
    const a = meeting.a % participantCount;
    const b = meeting.b % participantCount;
    const slot = (meeting.slot % slotCount) + 1;
    const table = (tablesUsed.get(slot) ?? 0) + 1;
    if (a === b || busy.has(`${a}:${slot}`) || busy.has(`${b}:${slot}`) || table > tablesPerSlot) continue;
    busy.add(`${a}:${slot}`);
    busy.add(`${b}:${slot}`);
    tablesUsed.set(slot, table);
    const allowed = [slot, ...meeting.extraSlots.map((extra) => (extra % slotCount) + 1)];
    meetings.push({
      id: `m${meetings.length}`,
      participants: [`p${a}`, `p${b}`],
      allowedSlots: meeting.extraSlots.length > 0 ? allowed : undefined,
      fixedSlot: meeting.pinSlot ? slot : undefined,
      fixedTable: meeting.pinTable ? table : undefined,
      priority: meeting.priority,
    });
    plantedSlot.push(slot);
  }
  const precedences: MeetingPrecedence[] = [];
  for (const [x, y] of drawn.precedences) {
    const before = x % Math.max(1, meetings.length);
    const after = y % Math.max(1, meetings.length);
    if ((plantedSlot[before] ?? 0) < (plantedSlot[after] ?? 0)) {
      precedences.push({ before: `m${before}`, after: `m${after}` });
    }
  }
  const participants = Array.from({ length: participantCount }, (_, p) => ({
    id: `p${p}`,
    unavailableSlots: drawn.unavailable
      .filter(([who, slot]) => who % participantCount === p && !busy.has(`${p}:${(slot % slotCount) + 1}`))
      .map(([, slot]) => (slot % slotCount) + 1),
  }));
  return { slotCount, tablesPerSlot, participants, meetings, precedences };
}

/** The drawn event as asked, feasible or not: clashes, full slots, self-meetings, cycles and all. */
function looseEvent(drawn: DrawnEvent): BrokerageEvent {
  const { participantCount, slotCount, tablesPerSlot } = drawn;
  const meetings: AcceptedMeeting[] = drawn.meetings.map((meeting, i) => ({
    id: `m${i}`,
    // Participant index 7 may be beyond the event: an unknown participant is a valid input too.
    participants: [`p${meeting.a}`, `p${meeting.b % participantCount}`],
    allowedSlots: meeting.extraSlots.length > 0 ? meeting.extraSlots.map((slot) => slot + 1) : undefined,
    fixedSlot: meeting.pinSlot ? meeting.slot + 1 : undefined,
    fixedTable: meeting.pinTable ? (meeting.slot % tablesPerSlot) + 1 : undefined,
    priority: meeting.priority,
  }));
  const precedences = drawn.precedences
    .filter(([x, y]) => x < meetings.length && y < meetings.length)
    .map(([x, y]) => ({ before: `m${x}`, after: `m${y}` }));
  const participants = Array.from({ length: participantCount }, (_, p) => ({
    id: `p${p}`,
    unavailableSlots: drawn.unavailable.filter(([who]) => who === p).map(([, slot]) => slot + 1),
  }));
  return { slotCount, tablesPerSlot, participants, meetings, precedences };
}

describe('scheduleMeetings on random events', () => {
  it('always returns a valid schedule that accounts for every meeting, within the placement bound', () => {
    fc.assert(
      fc.property(drawnEvent, (drawn) => {
        const event = looseEvent(drawn);
        const { schedule } = scheduleMeetings(event, OPTIONS);
        const validation = validateSchedule(event, schedule);
        expect(validation.violations).toEqual([]);
        expect(schedule.placements.length + schedule.unplaced.length).toBe(event.meetings.length);
        expect(schedule.placements.length).toBeLessThanOrEqual(estimateEventBounds(event).placedUpperBound);
      }),
      { numRuns: 150 },
    );
  });

  it('places every meeting of an event that is feasible by construction', () => {
    fc.assert(
      fc.property(drawnEvent, (drawn) => {
        const event = plantedEvent(drawn);
        const { schedule } = scheduleMeetings(event, OPTIONS);
        expect(validateSchedule(event, schedule).violations).toEqual([]);
        expect(schedule.unplaced).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every remaining published meeting in place when meetings are withdrawn', () => {
    fc.assert(
      fc.property(drawnEvent, fc.array(fc.nat(23), { maxLength: 5 }), (drawn, withdrawn) => {
        const event = plantedEvent(drawn);
        const published = scheduleMeetings(event, OPTIONS).schedule;
        const gone = new Set(withdrawn.map((i) => `m${i}`));
        const changed: BrokerageEvent = {
          ...event,
          meetings: event.meetings.filter((meeting) => !gone.has(meeting.id)),
          precedences: event.precedences?.filter((rule) => !gone.has(rule.before) && !gone.has(rule.after)),
        };
        const result = rescheduleMeetings({ event, schedule: published }, changed, OPTIONS);
        expect(validateSchedule(changed, result.schedule).violations).toEqual([]);
        const kept = published.placements.filter((placement) => !gone.has(placement.meetingId));
        expect(result.schedule.placements).toEqual(expect.arrayContaining(kept));
        expect(result.movedPublishedMeetings).toBe(0);
      }),
      { numRuns: 80 },
    );
  });
});
