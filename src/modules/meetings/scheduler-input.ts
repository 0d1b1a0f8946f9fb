import type { AcceptedMeeting, BrokerageEvent, EventParticipant } from '../../engines/scheduler/index.js';
import { overlaps } from '../events/event-time.js';

/** A time span: a meeting slot or a programme session. */
export interface TimeSpan {
  startsAt: Date;
  endsAt: Date;
}

/** An approved participant as scheduling sees it. */
export interface SchedulingParticipant {
  id: string;
  /** Slots the participant blocked by hand. */
  unavailableSlots: readonly number[];
  /** The programme sessions the participant attends. */
  sessions: readonly TimeSpan[];
}

/** An accepted meeting as scheduling sees it. */
export interface SchedulingMeeting {
  id: string;
  sides: readonly [string, string];
  priority: number;
  fixedSlot: number | null;
  fixedTable: number | null;
}

/** Slots (1-based) that overlap any of the sessions. */
export function slotsDuringSessions(slots: readonly TimeSpan[], sessions: readonly TimeSpan[]): number[] {
  const blocked: number[] = [];
  slots.forEach((slot, index) => {
    if (sessions.some((session) => overlaps(slot.startsAt, slot.endsAt, session.startsAt, session.endsAt))) {
      blocked.push(index + 1);
    }
  });
  return blocked;
}

/**
 * The scheduler's view of an event: slots 1..n in time order, the tables, each participant's
 * unavailable slots (blocked by hand, or taken by a session they attend), and the accepted meetings
 * between approved participants with their priorities and the organiser's pins. Pins outside the
 * slots or tables are left out rather than failing the whole run.
 */
export function brokerageEventFrom(input: {
  slots: readonly TimeSpan[];
  tableCount: number;
  participants: readonly SchedulingParticipant[];
  meetings: readonly SchedulingMeeting[];
}): BrokerageEvent {
  const slotCount = input.slots.length;
  const known = new Set(input.participants.map((p) => p.id));
  const participants: EventParticipant[] = input.participants.map((participant) => {
    const blocked = new Set([
      ...participant.unavailableSlots.filter((slot) => slot >= 1 && slot <= slotCount),
      ...slotsDuringSessions(input.slots, participant.sessions),
    ]);
    return { id: participant.id, unavailableSlots: [...blocked].sort((a, b) => a - b) };
  });
  const meetings: AcceptedMeeting[] = input.meetings
    .filter((meeting) => meeting.sides.every((side) => known.has(side)))
    .map((meeting) => ({
      id: meeting.id,
      participants: meeting.sides,
      priority: meeting.priority,
      ...(meeting.fixedSlot !== null && meeting.fixedSlot <= slotCount
        ? { fixedSlot: meeting.fixedSlot }
        : {}),
      ...(meeting.fixedTable !== null && meeting.fixedTable <= input.tableCount
        ? { fixedTable: meeting.fixedTable }
        : {}),
    }));
  return { slotCount, tablesPerSlot: input.tableCount, participants, meetings };
}
