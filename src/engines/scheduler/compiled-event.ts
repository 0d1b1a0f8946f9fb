import type { BrokerageEvent } from './meeting-schedule.types.js';
import { SchedulerInputError } from './scheduler.errors.js';

/**
 * A brokerage event turned into dense, 0-based arrays the search can walk quickly. Slot `s` here is
 * slot `s + 1` outside; table `t` here is table `t + 1` outside.
 */
export interface CompiledEvent {
  participantCount: number;
  meetingCount: number;
  slotCount: number;
  tableCount: number;
  participantIds: readonly string[];
  meetingIds: readonly string[];
  participantIndex: ReadonlyMap<string, number>;
  meetingIndex: ReadonlyMap<string, number>;
  /** The two sides of each meeting; -1 on both for an invalid meeting. */
  sideA: Int32Array;
  sideB: Int32Array;
  /** 1 when the meeting names two distinct known participants. */
  isValid: Uint8Array;
  weight: Float64Array;
  /** `allowed[m * slotCount + s]` is 1 when meeting m may be held in slot s. */
  allowed: Uint8Array;
  /** The allowed slots of each meeting, ascending. */
  domains: readonly Int32Array[];
  /** The pinned table of each meeting, or -1. */
  fixedTable: Int32Array;
  /** Meetings that must come before / after each meeting. */
  predecessors: readonly Int32Array[];
  successors: readonly Int32Array[];
  /** The valid meetings of each participant. */
  meetingsOf: readonly Int32Array[];
  /** True when all valid meetings weigh the same, so counting placed meetings is enough. */
  uniformWeights: boolean;
}

function isSlotNumber(value: number, slotCount: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= slotCount;
}

/**
 * Checks the event's shape and builds the dense form. Unknown or self meetings become invalid
 * (reported later as unplaced), slot numbers out of range in availability and session lists are
 * ignored, precedences naming unknown meetings are ignored.
 */
export function compileEvent(event: BrokerageEvent): CompiledEvent {
  const slotCount = event.slotCount;
  const tableCount = event.tablesPerSlot;
  if (!Number.isInteger(slotCount) || slotCount < 1) {
    throw new SchedulerInputError(
      'InvalidSlotCount',
      `slotCount must be a positive integer, got ${slotCount}`,
    );
  }
  if (!Number.isInteger(tableCount) || tableCount < 1) {
    throw new SchedulerInputError(
      'InvalidTableCount',
      `tablesPerSlot must be a positive integer, got ${tableCount}`,
    );
  }

  const participantIndex = new Map<string, number>();
  const participantIds: string[] = [];
  const unavailable: Uint8Array[] = [];
  for (const participant of event.participants) {
    if (participantIndex.has(participant.id)) {
      throw new SchedulerInputError('DuplicateParticipant', `participant ${participant.id} is listed twice`);
    }
    participantIndex.set(participant.id, participantIds.length);
    participantIds.push(participant.id);
    const blocked = new Uint8Array(slotCount);
    for (const slot of participant.unavailableSlots ?? []) {
      if (isSlotNumber(slot, slotCount)) blocked[slot - 1] = 1;
    }
    unavailable.push(blocked);
  }

  const meetingCount = event.meetings.length;
  const meetingIndex = new Map<string, number>();
  const meetingIds: string[] = [];
  const sideA = new Int32Array(meetingCount).fill(-1);
  const sideB = new Int32Array(meetingCount).fill(-1);
  const isValid = new Uint8Array(meetingCount);
  const weight = new Float64Array(meetingCount);
  const allowed = new Uint8Array(meetingCount * slotCount);
  const fixedTable = new Int32Array(meetingCount).fill(-1);
  const domains: Int32Array[] = [];
  const meetingLists: number[][] = participantIds.map(() => []);
  let firstWeight: number | undefined;
  let uniformWeights = true;

  event.meetings.forEach((meeting, m) => {
    if (meetingIndex.has(meeting.id)) {
      throw new SchedulerInputError('DuplicateMeeting', `meeting ${meeting.id} is listed twice`);
    }
    meetingIndex.set(meeting.id, m);
    meetingIds.push(meeting.id);
    const priority = meeting.priority ?? 1;
    if (!Number.isFinite(priority) || priority < 0) {
      throw new SchedulerInputError(
        'InvalidPriority',
        `meeting ${meeting.id} has priority ${priority}; priorities are finite and not negative`,
      );
    }
    weight[m] = priority;

    const a = participantIndex.get(meeting.participants[0]);
    const b = participantIndex.get(meeting.participants[1]);
    if (a === undefined || b === undefined || a === b) {
      domains.push(new Int32Array(0));
      return;
    }
    isValid[m] = 1;
    sideA[m] = a;
    sideB[m] = b;
    meetingLists[a]?.push(m);
    meetingLists[b]?.push(m);
    if (firstWeight === undefined) firstWeight = priority;
    else if (firstWeight !== priority) uniformWeights = false;

    const sessionSlots = new Uint8Array(slotCount);
    if (meeting.allowedSlots === undefined) sessionSlots.fill(1);
    else {
      for (const slot of meeting.allowedSlots) {
        if (isSlotNumber(slot, slotCount)) sessionSlots[slot - 1] = 1;
      }
    }
    const pinnedTable = meeting.fixedTable;
    const tableInRange = pinnedTable === undefined || isSlotNumber(pinnedTable, tableCount);
    if (pinnedTable !== undefined && tableInRange) fixedTable[m] = pinnedTable - 1;
    const blockedA = unavailable[a];
    const blockedB = unavailable[b];
    const domain: number[] = [];
    for (let s = 0; s < slotCount; s++) {
      const pinnedOk = meeting.fixedSlot === undefined || meeting.fixedSlot === s + 1;
      if (tableInRange && pinnedOk && sessionSlots[s] === 1 && blockedA?.[s] !== 1 && blockedB?.[s] !== 1) {
        allowed[m * slotCount + s] = 1;
        domain.push(s);
      }
    }
    domains.push(Int32Array.from(domain));
  });

  const before: number[][] = meetingIds.map(() => []);
  const after: number[][] = meetingIds.map(() => []);
  const seenPairs = new Set<string>();
  for (const rule of event.precedences ?? []) {
    const first = meetingIndex.get(rule.before);
    const second = meetingIndex.get(rule.after);
    if (first === undefined || second === undefined) continue;
    const key = `${first}:${second}`;
    if (seenPairs.has(key)) continue;
    seenPairs.add(key);
    // A meeting that must precede itself can never be held: it keeps no allowed slot.
    if (first === second) {
      allowed.fill(0, first * slotCount, (first + 1) * slotCount);
      domains[first] = new Int32Array(0);
      continue;
    }
    before[second]?.push(first);
    after[first]?.push(second);
  }

  return {
    participantCount: participantIds.length,
    meetingCount,
    slotCount,
    tableCount,
    participantIds,
    meetingIds,
    participantIndex,
    meetingIndex,
    sideA,
    sideB,
    isValid,
    weight,
    allowed,
    domains,
    fixedTable,
    predecessors: before.map((list) => Int32Array.from(list)),
    successors: after.map((list) => Int32Array.from(list)),
    meetingsOf: meetingLists.map((list) => Int32Array.from(list)),
    uniformWeights,
  };
}
