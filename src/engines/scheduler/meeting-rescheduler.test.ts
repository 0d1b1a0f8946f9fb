import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { b2bInstanceToEvent, parseB2bInstance } from './b2b-instance.js';
import { rescheduleMeetings } from './meeting-rescheduler.js';
import type { BrokerageEvent, MeetingSchedule } from './meeting-schedule.types.js';
import { scheduleMeetings } from './meeting-scheduler.js';
import { validateSchedule } from './schedule-validator.js';

const OPTIONS = { seed: 5, maxIterations: 200_000 };
const participants = ['A', 'B', 'C', 'D'].map((id) => ({ id }));

function published(event: BrokerageEvent, placements: MeetingSchedule['placements']) {
  return { event, schedule: { placements, unplaced: [], breaks: [] } };
}

describe('rescheduleMeetings', () => {
  const before: BrokerageEvent = {
    slotCount: 3,
    tablesPerSlot: 2,
    participants,
    meetings: [
      { id: 'ab', participants: ['A', 'B'] },
      { id: 'cd', participants: ['C', 'D'] },
    ],
  };
  const previous = published(before, [
    { meetingId: 'ab', slot: 1, table: 2 },
    { meetingId: 'cd', slot: 2, table: 1 },
  ]);

  it('fits a late meeting around the published ones without moving them', () => {
    const after = {
      ...before,
      meetings: [...before.meetings, { id: 'ac', participants: ['A', 'C'] as const }],
    };
    const result = rescheduleMeetings(previous, after, OPTIONS);
    expect(validateSchedule(after, result.schedule).valid).toBe(true);
    expect(result.schedule.placements).toEqual(expect.arrayContaining(previous.schedule.placements));
    expect(result.movedPublishedMeetings).toBe(0);
    const added = result.schedule.placements.find((placement) => placement.meetingId === 'ac');
    expect(added).toBeDefined();
    expect(result.changes).toEqual(
      expect.arrayContaining([
        { participantId: 'A', moved: [], added: [added], dropped: [] },
        { participantId: 'C', moved: [], added: [added], dropped: [] },
      ]),
    );
    expect(result.changes.map((change) => change.participantId).sort()).toEqual(['A', 'C']);
  });

  it('moves a published meeting when that is the only way to place a late one', () => {
    const after: BrokerageEvent = {
      ...before,
      slotCount: 2,
      meetings: [...before.meetings, { id: 'ac', participants: ['A', 'C'], allowedSlots: [1] }],
    };
    const result = rescheduleMeetings(previous, after, OPTIONS);
    const slotOf = Object.fromEntries(
      result.schedule.placements.map((placement) => [placement.meetingId, placement]),
    );
    expect(validateSchedule(after, result.schedule).valid).toBe(true);
    expect(slotOf.ac?.slot).toBe(1);
    expect(slotOf.ab?.slot).toBe(2);
    expect(slotOf.cd).toEqual({ meetingId: 'cd', slot: 2, table: 1 });
    expect(result.movedPublishedMeetings).toBe(1);
    const changeOfB = result.changes.find((change) => change.participantId === 'B');
    expect(changeOfB?.moved).toEqual([
      { meetingId: 'ab', from: { slot: 1, table: 2 }, to: { slot: 2, table: slotOf.ab?.table } },
    ]);
  });

  it('reports published meetings that are withdrawn or can no longer be held as dropped', () => {
    const after: BrokerageEvent = {
      ...before,
      participants: [{ id: 'A', unavailableSlots: [1, 2, 3] }, ...participants.slice(1)],
      meetings: [...before.meetings.filter((meeting) => meeting.id !== 'cd')],
    };
    const result = rescheduleMeetings(previous, after, OPTIONS);
    expect(result.schedule.placements).toEqual([]);
    expect(result.schedule.unplaced).toEqual([{ meetingId: 'ab', reason: 'no_allowed_slot' }]);
    const dropped = Object.fromEntries(
      result.changes.map((change) => [change.participantId, change.dropped]),
    );
    expect(dropped).toEqual({
      A: [{ meetingId: 'ab', slot: 1, table: 2 }],
      B: [{ meetingId: 'ab', slot: 1, table: 2 }],
      C: [{ meetingId: 'cd', slot: 2, table: 1 }],
      D: [{ meetingId: 'cd', slot: 2, table: 1 }],
    });
  });

  it('keeps a real event stable under late changes', () => {
    const dataDir = fileURLToPath(new URL('../../../../shared/data/b2b-meetings/', import.meta.url));
    const event = b2bInstanceToEvent(parseB2bInstance(readFileSync(`${dataDir}tic-13.original.dzn`, 'utf8')));
    const first = scheduleMeetings(event, OPTIONS).schedule;
    // Withdraw three meetings, add two new ones, and make participant 5 leave before the last slot.
    const withdrawn = new Set(['3', '40', '77']);
    const changed: BrokerageEvent = {
      ...event,
      participants: event.participants.map((participant) =>
        participant.id === '5' ? { ...participant, unavailableSlots: [event.slotCount] } : participant,
      ),
      meetings: [
        ...event.meetings.filter((meeting) => !withdrawn.has(meeting.id)),
        { id: 'late-1', participants: ['15', '37'] },
        { id: 'late-2', participants: ['12', '30'] },
      ],
    };
    const result = rescheduleMeetings({ event, schedule: first }, changed, OPTIONS);
    expect(validateSchedule(changed, result.schedule).violations).toEqual([]);
    expect(result.schedule.unplaced).toEqual([]);

    const now = new Map(result.schedule.placements.map((placement) => [placement.meetingId, placement]));
    const unaffected = first.placements.filter((placement) => {
      const meeting = event.meetings.find((candidate) => candidate.id === placement.meetingId);
      const leavesEarly = meeting?.participants.includes('5') && placement.slot === event.slotCount;
      return !withdrawn.has(placement.meetingId) && !leavesEarly;
    });
    const stayed = unaffected.filter((placement) => now.get(placement.meetingId)?.slot === placement.slot);
    // Published meetings move only to make room for the late ones: a handful at most.
    expect(unaffected.length - stayed.length).toBeLessThanOrEqual(4);
    expect(result.movedPublishedMeetings).toBe(
      first.placements.filter((placement) => {
        const current = now.get(placement.meetingId);
        return current !== undefined && current.slot !== placement.slot;
      }).length,
    );
    const droppedIds = result.changes.flatMap((change) =>
      change.dropped.map((placement) => placement.meetingId),
    );
    expect(new Set(droppedIds)).toEqual(
      new Set(first.placements.filter((p) => !now.has(p.meetingId)).map((p) => p.meetingId)),
    );
  });
});
