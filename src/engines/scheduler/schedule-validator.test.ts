import { describe, expect, it } from 'vitest';
import type { BrokerageEvent, MeetingPlacement, MeetingSchedule } from './meeting-schedule.types.js';
import { type ScheduleViolationKind, validateSchedule } from './schedule-validator.js';

/**
 * Four participants, four slots, three tables. Meeting 3 is afternoon-only (slots 3-4), meeting 5
 * is pinned to slot 3 and table 2, D cannot meet in slot 4, and meeting 1 must precede meeting 4.
 */
const event: BrokerageEvent = {
  slotCount: 4,
  tablesPerSlot: 3,
  participants: [{ id: 'A' }, { id: 'B' }, { id: 'C' }, { id: 'D', unavailableSlots: [4] }],
  meetings: [
    { id: 'm1', participants: ['A', 'B'] },
    { id: 'm2', participants: ['C', 'D'] },
    { id: 'm3', participants: ['A', 'C'], allowedSlots: [2, 3] },
    { id: 'm4', participants: ['B', 'D'] },
    { id: 'm5', participants: ['A', 'D'], fixedSlot: 3, fixedTable: 2, priority: 3 },
  ],
  precedences: [{ before: 'm1', after: 'm4' }],
};

const validPlacements: MeetingPlacement[] = [
  { meetingId: 'm1', slot: 1, table: 1 },
  { meetingId: 'm2', slot: 1, table: 2 },
  { meetingId: 'm3', slot: 2, table: 1 },
  { meetingId: 'm4', slot: 2, table: 2 },
  { meetingId: 'm5', slot: 3, table: 2 },
];

/** A schedule with the given placements, its breaks computed by hand-independent counting. */
function scheduleWith(placements: MeetingPlacement[], extra: Partial<MeetingSchedule> = {}): MeetingSchedule {
  const breaks = event.participants.map((participant) => {
    const slots = placements
      .filter((placement) =>
        event.meetings
          .find((meeting) => meeting.id === placement.meetingId)
          ?.participants.includes(participant.id),
      )
      .map((placement) => placement.slot)
      .sort((x, y) => x - y);
    let count = 0;
    for (let i = 1; i < slots.length; i++) if ((slots[i] ?? 0) - (slots[i - 1] ?? 0) > 1) count++;
    return { participantId: participant.id, breaks: count, idleSlots: [] };
  });
  return { placements, unplaced: [], breaks, ...extra };
}

function replace(meetingId: string, slot: number, table: number): MeetingPlacement[] {
  return validPlacements.map((placement) =>
    placement.meetingId === meetingId ? { meetingId, slot, table } : placement,
  );
}

function kinds(schedule: MeetingSchedule, against: BrokerageEvent = event): ScheduleViolationKind[] {
  return validateSchedule(against, schedule).violations.map((violation) => violation.kind);
}

describe('validateSchedule', () => {
  it('accepts a schedule that keeps every rule', () => {
    const result = validateSchedule(event, scheduleWith(validPlacements));
    expect(result.violations).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it.each<[string, MeetingPlacement[], ScheduleViolationKind]>([
    ['a participant in two meetings at once', replace('m4', 1, 3), 'participant_clash'],
    ['two meetings at one table', replace('m2', 1, 1), 'table_taken'],
    ['a table number beyond the tables', replace('m2', 1, 4), 'table_out_of_range'],
    ['a slot number beyond the slots', replace('m4', 5, 1), 'slot_out_of_range'],
    ['a meeting outside its sessions', replace('m3', 4, 1), 'slot_not_allowed'],
    ['a participant in a slot it is unavailable', replace('m4', 4, 1), 'participant_unavailable'],
    ['a pinned meeting in another slot', replace('m5', 4, 2), 'fixed_slot'],
    ['a pinned meeting at another table', replace('m5', 3, 1), 'fixed_table'],
    ['an ordering rule broken', replace('m1', 4, 1), 'precedence'],
  ])('reports %s', (_label, placements, expected) => {
    const result = validateSchedule(event, scheduleWith(placements));
    expect(result.valid).toBe(false);
    expect(result.violations.map((violation) => violation.kind)).toContain(expected);
  });

  it('reports more meetings in a slot than tables', () => {
    expect(kinds(scheduleWith(validPlacements), { ...event, tablesPerSlot: 1 })).toContain('tables_exceeded');
  });

  it('accounts for every meeting exactly once', () => {
    const withoutM2 = validPlacements.filter((placement) => placement.meetingId !== 'm2');
    expect(kinds(scheduleWith(withoutM2))).toContain('missing_meeting');
    expect(
      kinds(scheduleWith(withoutM2, { unplaced: [{ meetingId: 'm2', reason: 'tables_full' }] })),
    ).toEqual([]);
    expect(kinds(scheduleWith([...validPlacements, { meetingId: 'm2', slot: 4, table: 1 }]))).toContain(
      'duplicate_placement',
    );
    expect(kinds(scheduleWith([...validPlacements, { meetingId: 'ghost', slot: 4, table: 1 }]))).toContain(
      'unknown_meeting',
    );
    expect(
      kinds(scheduleWith(validPlacements, { unplaced: [{ meetingId: 'm1', reason: 'tables_full' }] })),
    ).toContain('placed_and_unplaced');
  });

  it('reports a placed meeting that does not name two participants of the event', () => {
    const withStranger: BrokerageEvent = {
      ...event,
      meetings: [...event.meetings, { id: 'm6', participants: ['A', 'Z'] }],
    };
    const placements = [...validPlacements, { meetingId: 'm6', slot: 4, table: 1 }];
    expect(kinds(scheduleWith(placements), withStranger)).toContain('invalid_meeting_placed');
  });

  it('reports break counts that disagree with the placements', () => {
    const schedule = scheduleWith(validPlacements);
    const wrong = { ...schedule, breaks: schedule.breaks.map((entry) => ({ ...entry, breaks: 1 })) };
    expect(kinds(wrong)).toContain('breaks_misreported');
  });

  it('scores placements, weights, breaks, fairness and the smallest share', () => {
    // A and C meet in slots 1 and 3 (one break each); m5 is left out.
    const placements: MeetingPlacement[] = [
      { meetingId: 'm1', slot: 1, table: 1 },
      { meetingId: 'm2', slot: 1, table: 2 },
      { meetingId: 'm4', slot: 2, table: 1 },
    ];
    placements.push({ meetingId: 'm3', slot: 3, table: 1 });
    const result = validateSchedule(
      event,
      scheduleWith(placements, { unplaced: [{ meetingId: 'm5', reason: 'tables_full' }] }),
    );
    expect(result.valid).toBe(true);
    expect(result.score).toMatchObject({
      placed: 4,
      requested: 5,
      placedWeight: 4,
      requestedWeight: 7,
      totalBreaks: 2,
      breaksPerParticipant: { A: 1, B: 0, C: 1, D: 0 },
      fairnessGap: 1,
    });
    // A and D each had three meetings and lost m5: two thirds placed.
    expect(result.score.minShare).toBeCloseTo(2 / 3);
  });
});
