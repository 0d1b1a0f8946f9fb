import type { CompiledEvent } from './compiled-event.js';
import type {
  MeetingPlacement,
  MeetingSchedule,
  ParticipantBreaks,
  UnplacedMeeting,
  UnplacedReason,
} from './meeting-schedule.types.js';
import type { PlacementBound } from './placement-bound.js';
import type { ScheduleState } from './schedule-state.js';

/**
 * Numbers the tables of each slot: pinned tables first, then a meeting's preferred table (its table
 * in the published schedule) when still free, then the lowest free numbers in meeting order.
 */
function assignTables(event: CompiledEvent, state: ScheduleState, preferredTable?: Int32Array): Int32Array {
  const { slotCount, tableCount, meetingCount } = event;
  const tableOf = new Int32Array(meetingCount).fill(-1);
  const bySlot: number[][] = Array.from({ length: slotCount }, () => []);
  for (let m = 0; m < meetingCount; m++) {
    const slot = state.slotOf[m] ?? -1;
    if (slot >= 0) bySlot[slot]?.push(m);
  }
  const taken = new Uint8Array(tableCount);
  for (const meetings of bySlot) {
    taken.fill(0);
    for (const m of meetings) {
      const table = event.fixedTable[m] ?? -1;
      if (table >= 0) {
        tableOf[m] = table;
        taken[table] = 1;
      }
    }
    for (const m of meetings) {
      const table = preferredTable?.[m] ?? -1;
      if (tableOf[m] === -1 && table >= 0 && table < tableCount && taken[table] === 0) {
        tableOf[m] = table;
        taken[table] = 1;
      }
    }
    let next = 0;
    for (const m of meetings) {
      if (tableOf[m] !== -1) continue;
      while (taken[next] === 1) next++;
      tableOf[m] = next;
      taken[next] = 1;
    }
  }
  return tableOf;
}

/** Why meeting m is unplaced, judged against the final schedule. */
function explainUnplaced(
  event: CompiledEvent,
  state: ScheduleState,
  bound: PlacementBound,
  m: number,
): UnplacedReason {
  if (event.isValid[m] !== 1) return 'invalid_meeting';
  const domain = event.domains[m] ?? new Int32Array(0);
  if (domain.length === 0) return 'no_allowed_slot';
  const a = event.sideA[m] ?? 0;
  const b = event.sideB[m] ?? 0;
  if ((bound.participantExcess[a] ?? 0) > 0 || (bound.participantExcess[b] ?? 0) > 0) {
    return 'participant_overloaded';
  }
  let tablesFull = false;
  let precedence = false;
  for (const s of domain) {
    if (state.isBusy(a, s) || state.isBusy(b, s)) continue;
    const table = event.fixedTable[m] ?? -1;
    const pinnedTaken = table >= 0 && (state.tableHolder[s * event.tableCount + table] ?? -1) >= 0;
    if ((state.load[s] ?? 0) >= event.tableCount || pinnedTaken) tablesFull = true;
    else if (!state.respectsPrecedences(m, s)) precedence = true;
  }
  if (tablesFull) return 'tables_full';
  if (precedence) return 'precedence';
  return 'no_common_free_slot';
}

/** Each participant's breaks and idle slots, from the busy slots in `state`. */
export function participantBreaks(event: CompiledEvent, state: ScheduleState): ParticipantBreaks[] {
  const result: ParticipantBreaks[] = [];
  for (let p = 0; p < event.participantCount; p++) {
    const idleSlots: number[] = [];
    let breaks = 0;
    let lastBusy = -1;
    for (let s = 0; s < event.slotCount; s++) {
      if (!state.isBusy(p, s)) continue;
      if (lastBusy >= 0 && s > lastBusy + 1) {
        breaks++;
        for (let idle = lastBusy + 1; idle < s; idle++) idleSlots.push(idle + 1);
      }
      lastBusy = s;
    }
    result.push({ participantId: event.participantIds[p] ?? '', breaks, idleSlots });
  }
  return result;
}

/** The public schedule for the assignment in `state`. */
export function buildSchedule(
  event: CompiledEvent,
  state: ScheduleState,
  bound: PlacementBound,
  preferredTable?: Int32Array,
): MeetingSchedule {
  const tableOf = assignTables(event, state, preferredTable);
  const placements: MeetingPlacement[] = [];
  const unplaced: UnplacedMeeting[] = [];
  for (let m = 0; m < event.meetingCount; m++) {
    const meetingId = event.meetingIds[m] ?? '';
    const slot = state.slotOf[m] ?? -1;
    if (slot >= 0) placements.push({ meetingId, slot: slot + 1, table: (tableOf[m] ?? 0) + 1 });
    else unplaced.push({ meetingId, reason: explainUnplaced(event, state, bound, m) });
  }
  return { placements, unplaced, breaks: participantBreaks(event, state) };
}
