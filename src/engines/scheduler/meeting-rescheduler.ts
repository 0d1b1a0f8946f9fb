import type {
  BrokerageEvent,
  MeetingMove,
  MeetingPlacement,
  MeetingSchedule,
  ParticipantScheduleChange,
  RescheduleResult,
  SchedulerOptions,
} from './meeting-schedule.types.js';
import { completeSearch, prepareSearch } from './meeting-scheduler.js';

/** A schedule participants have already seen, with the event it was made for. */
export interface PublishedSchedule {
  event: BrokerageEvent;
  schedule: MeetingSchedule;
}

/**
 * Reschedules after late changes (meetings added or withdrawn, participants unavailable, tables
 * removed...). Published meetings keep their slot and table unless moving one is the only way to
 * place more meetings; new and displaced meetings are placed around them, then their breaks are
 * improved without touching the published meetings left in place. Reports, per participant, the
 * meetings that moved, were added or were dropped.
 */
export function rescheduleMeetings(
  published: PublishedSchedule,
  event: BrokerageEvent,
  options: SchedulerOptions = {},
): RescheduleResult {
  const setup = prepareSearch(event, options);
  const { event: compiled, state } = setup;
  const anchor = new Int32Array(compiled.meetingCount).fill(-1);
  const preferredTable = new Int32Array(compiled.meetingCount).fill(-1);
  for (const placement of published.schedule.placements) {
    const m = compiled.meetingIndex.get(placement.meetingId);
    if (m === undefined || compiled.isValid[m] !== 1) continue;
    anchor[m] = placement.slot - 1;
    preferredTable[m] = placement.table - 1;
  }
  // Keep every published meeting that still fits where it was, in published order.
  for (const placement of published.schedule.placements) {
    const m = compiled.meetingIndex.get(placement.meetingId);
    const slot = placement.slot - 1;
    if (m === undefined || anchor[m] !== slot || slot < 0 || slot >= compiled.slotCount) continue;
    if ((state.slotOf[m] ?? -1) < 0 && state.canPlace(m, slot)) state.place(m, slot);
  }

  const result = completeSearch(setup, { anchor, preferredTable });
  const changes = describeChanges(published, event, result.schedule);
  const before = new Map(published.schedule.placements.map((placement) => [placement.meetingId, placement]));
  let movedPublishedMeetings = 0;
  for (const placement of result.schedule.placements) {
    const previous = before.get(placement.meetingId);
    if (previous !== undefined && previous.slot !== placement.slot) movedPublishedMeetings++;
  }
  return { ...result, changes, movedPublishedMeetings };
}

/** Per participant: meetings moved (slot or table), added and dropped between two schedules. */
export function describeChanges(
  published: PublishedSchedule,
  event: BrokerageEvent,
  schedule: MeetingSchedule,
): ParticipantScheduleChange[] {
  const sidesOf = new Map<string, readonly string[]>();
  for (const meeting of published.event.meetings) sidesOf.set(meeting.id, meeting.participants);
  for (const meeting of event.meetings) sidesOf.set(meeting.id, meeting.participants);
  const before = new Map(published.schedule.placements.map((placement) => [placement.meetingId, placement]));
  const after = new Map(schedule.placements.map((placement) => [placement.meetingId, placement]));

  const changes = new Map<string, ParticipantScheduleChange>();
  const changeOf = (participantId: string): ParticipantScheduleChange => {
    let change = changes.get(participantId);
    if (change === undefined) {
      change = { participantId, moved: [], added: [], dropped: [] };
      changes.set(participantId, change);
    }
    return change;
  };
  const record = (meetingId: string, apply: (change: ParticipantScheduleChange) => void): void => {
    for (const participantId of new Set(sidesOf.get(meetingId) ?? [])) apply(changeOf(participantId));
  };

  for (const [meetingId, previous] of before) {
    const current = after.get(meetingId);
    if (current === undefined) {
      record(meetingId, (change) => change.dropped.push(previous));
    } else if (current.slot !== previous.slot || current.table !== previous.table) {
      const move: MeetingMove = {
        meetingId,
        from: { slot: previous.slot, table: previous.table },
        to: { slot: current.slot, table: current.table },
      };
      record(meetingId, (change) => change.moved.push(move));
    }
  }
  for (const [meetingId, current] of after) {
    if (!before.has(meetingId)) {
      const added: MeetingPlacement = current;
      record(meetingId, (change) => change.added.push(added));
    }
  }
  return [...changes.values()];
}
