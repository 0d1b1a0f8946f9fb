import type { BrokerageEvent, MeetingPlacement, MeetingSchedule } from './meeting-schedule.types.js';

/** Every rule a schedule can break. */
export type ScheduleViolationKind =
  | 'unknown_meeting'
  | 'duplicate_placement'
  | 'placed_and_unplaced'
  | 'missing_meeting'
  | 'invalid_meeting_placed'
  | 'slot_out_of_range'
  | 'table_out_of_range'
  | 'table_taken'
  | 'tables_exceeded'
  | 'participant_clash'
  | 'slot_not_allowed'
  | 'participant_unavailable'
  | 'fixed_slot'
  | 'fixed_table'
  | 'precedence'
  | 'breaks_misreported';

export interface ScheduleViolation {
  kind: ScheduleViolationKind;
  message: string;
  meetingIds: string[];
  participantId?: string;
  slot?: number;
}

/** How good a schedule is, measured from its placements alone. */
export interface ScheduleScore {
  placed: number;
  requested: number;
  placedWeight: number;
  requestedWeight: number;
  totalBreaks: number;
  breaksPerParticipant: Record<string, number>;
  /** Most breaks of a participant minus fewest breaks of a participant (all participants). */
  fairnessGap: number;
  /** Smallest share of a participant's requested meetings that is placed (1 when nobody requested any). */
  minShare: number;
}

export interface ScheduleValidation {
  valid: boolean;
  violations: ScheduleViolation[];
  score: ScheduleScore;
}

/**
 * Checks a schedule against its event independently of the scheduler: every meeting accounted for
 * once, slots and tables in range, a table used once per slot, at most `tablesPerSlot` meetings a
 * slot, no participant in two meetings at once, allowed slots, unavailability, pinned slots and
 * tables, precedences, and the reported breaks. Also scores it. Unplaced meetings are not violations.
 */
export function validateSchedule(event: BrokerageEvent, schedule: MeetingSchedule): ScheduleValidation {
  const violations: ScheduleViolation[] = [];
  const meetings = new Map(event.meetings.map((meeting) => [meeting.id, meeting]));
  const participants = new Map(event.participants.map((participant) => [participant.id, participant]));
  const slotCount = event.slotCount;

  const placementOf = new Map<string, MeetingPlacement>();
  for (const placement of schedule.placements) {
    const meeting = meetings.get(placement.meetingId);
    if (meeting === undefined) {
      violations.push({
        kind: 'unknown_meeting',
        message: `meeting ${placement.meetingId} is not in the event`,
        meetingIds: [placement.meetingId],
      });
      continue;
    }
    if (placementOf.has(placement.meetingId)) {
      violations.push({
        kind: 'duplicate_placement',
        message: `meeting ${placement.meetingId} is placed more than once`,
        meetingIds: [placement.meetingId],
      });
      continue;
    }
    placementOf.set(placement.meetingId, placement);
  }
  const unplacedIds = new Set<string>();
  for (const entry of schedule.unplaced) {
    if (placementOf.has(entry.meetingId)) {
      violations.push({
        kind: 'placed_and_unplaced',
        message: `meeting ${entry.meetingId} is both placed and reported unplaced`,
        meetingIds: [entry.meetingId],
      });
    }
    unplacedIds.add(entry.meetingId);
  }
  for (const meeting of event.meetings) {
    if (!placementOf.has(meeting.id) && !unplacedIds.has(meeting.id)) {
      violations.push({
        kind: 'missing_meeting',
        message: `meeting ${meeting.id} is neither placed nor reported unplaced`,
        meetingIds: [meeting.id],
      });
    }
  }

  const tableUse = new Map<string, string>();
  const slotLoad = new Map<number, string[]>();
  const participantSlot = new Map<string, string>();
  const slotsOfParticipant = new Map<string, number[]>();
  for (const [meetingId, placement] of placementOf) {
    const meeting = meetings.get(meetingId);
    if (meeting === undefined) continue;
    const { slot, table } = placement;
    if (!Number.isInteger(slot) || slot < 1 || slot > slotCount) {
      violations.push({
        kind: 'slot_out_of_range',
        message: `meeting ${meetingId} is in slot ${slot}, outside 1..${slotCount}`,
        meetingIds: [meetingId],
        slot,
      });
    }
    if (!Number.isInteger(table) || table < 1 || table > event.tablesPerSlot) {
      violations.push({
        kind: 'table_out_of_range',
        message: `meeting ${meetingId} is at table ${table}, outside 1..${event.tablesPerSlot}`,
        meetingIds: [meetingId],
        slot,
      });
    }
    const tableKey = `${slot}:${table}`;
    const tableHolder = tableUse.get(tableKey);
    if (tableHolder !== undefined) {
      violations.push({
        kind: 'table_taken',
        message: `meetings ${tableHolder} and ${meetingId} share table ${table} in slot ${slot}`,
        meetingIds: [tableHolder, meetingId],
        slot,
      });
    } else tableUse.set(tableKey, meetingId);
    const inSlot = slotLoad.get(slot) ?? [];
    inSlot.push(meetingId);
    slotLoad.set(slot, inSlot);

    if (meeting.allowedSlots !== undefined && !meeting.allowedSlots.includes(slot)) {
      violations.push({
        kind: 'slot_not_allowed',
        message: `meeting ${meetingId} is in slot ${slot}, outside its allowed sessions`,
        meetingIds: [meetingId],
        slot,
      });
    }
    if (meeting.fixedSlot !== undefined && meeting.fixedSlot !== slot) {
      violations.push({
        kind: 'fixed_slot',
        message: `meeting ${meetingId} is pinned to slot ${meeting.fixedSlot} but placed in slot ${slot}`,
        meetingIds: [meetingId],
        slot,
      });
    }
    if (meeting.fixedTable !== undefined && meeting.fixedTable !== table) {
      violations.push({
        kind: 'fixed_table',
        message: `meeting ${meetingId} is pinned to table ${meeting.fixedTable} but placed at table ${table}`,
        meetingIds: [meetingId],
        slot,
      });
    }
    const [first, second] = meeting.participants;
    if (first === second || !participants.has(first) || !participants.has(second)) {
      violations.push({
        kind: 'invalid_meeting_placed',
        message: `meeting ${meetingId} does not name two distinct participants of the event`,
        meetingIds: [meetingId],
        slot,
      });
    }
    for (const participantId of new Set([first, second])) {
      if (participants.get(participantId)?.unavailableSlots?.includes(slot)) {
        violations.push({
          kind: 'participant_unavailable',
          message: `participant ${participantId} is unavailable in slot ${slot} (meeting ${meetingId})`,
          meetingIds: [meetingId],
          participantId,
          slot,
        });
      }
      const clashKey = `${participantId}:${slot}`;
      const other = participantSlot.get(clashKey);
      if (other !== undefined) {
        violations.push({
          kind: 'participant_clash',
          message: `participant ${participantId} has meetings ${other} and ${meetingId} in slot ${slot}`,
          meetingIds: [other, meetingId],
          participantId,
          slot,
        });
      } else participantSlot.set(clashKey, meetingId);
      const slots = slotsOfParticipant.get(participantId) ?? [];
      slots.push(slot);
      slotsOfParticipant.set(participantId, slots);
    }
  }
  for (const [slot, inSlot] of slotLoad) {
    if (inSlot.length > event.tablesPerSlot) {
      violations.push({
        kind: 'tables_exceeded',
        message: `slot ${slot} holds ${inSlot.length} meetings for ${event.tablesPerSlot} tables`,
        meetingIds: inSlot,
        slot,
      });
    }
  }
  for (const rule of event.precedences ?? []) {
    const before = placementOf.get(rule.before);
    const after = placementOf.get(rule.after);
    if (before !== undefined && after !== undefined && before.slot >= after.slot) {
      violations.push({
        kind: 'precedence',
        message: `meeting ${rule.before} (slot ${before.slot}) must come before meeting ${rule.after} (slot ${after.slot})`,
        meetingIds: [rule.before, rule.after],
      });
    }
  }

  const breaksPerParticipant: Record<string, number> = {};
  let totalBreaks = 0;
  let most = 0;
  let fewest = Number.POSITIVE_INFINITY;
  for (const participant of event.participants) {
    const slots = [...new Set(slotsOfParticipant.get(participant.id) ?? [])].sort((x, y) => x - y);
    let breaks = 0;
    for (let i = 1; i < slots.length; i++) if ((slots[i] ?? 0) - (slots[i - 1] ?? 0) > 1) breaks++;
    breaksPerParticipant[participant.id] = breaks;
    totalBreaks += breaks;
    most = Math.max(most, breaks);
    fewest = Math.min(fewest, breaks);
  }
  const reported = new Map(schedule.breaks.map((entry) => [entry.participantId, entry.breaks]));
  for (const participant of event.participants) {
    const actual = breaksPerParticipant[participant.id] ?? 0;
    const claimed = reported.get(participant.id) ?? 0;
    if (claimed !== actual) {
      violations.push({
        kind: 'breaks_misreported',
        message: `participant ${participant.id} has ${actual} breaks, the schedule reports ${claimed}`,
        meetingIds: [],
        participantId: participant.id,
      });
    }
  }

  const requestedOf = new Map<string, number>();
  const placedOf = new Map<string, number>();
  let placedWeight = 0;
  let requestedWeight = 0;
  for (const meeting of event.meetings) {
    const weight = meeting.priority ?? 1;
    const isPlaced = placementOf.has(meeting.id);
    requestedWeight += weight;
    if (isPlaced) placedWeight += weight;
    for (const participantId of new Set(meeting.participants)) {
      if (!participants.has(participantId)) continue;
      requestedOf.set(participantId, (requestedOf.get(participantId) ?? 0) + 1);
      if (isPlaced) placedOf.set(participantId, (placedOf.get(participantId) ?? 0) + 1);
    }
  }
  let minShare = 1;
  for (const [participantId, requested] of requestedOf) {
    minShare = Math.min(minShare, (placedOf.get(participantId) ?? 0) / requested);
  }

  return {
    valid: violations.length === 0,
    violations,
    score: {
      placed: placementOf.size,
      requested: event.meetings.length,
      placedWeight,
      requestedWeight,
      totalBreaks,
      breaksPerParticipant,
      fairnessGap: event.participants.length === 0 ? 0 : most - fewest,
      minShare,
    },
  };
}
