import { type EventTime, eventTime } from '../events/event-time.js';
import type { EventRecord, SlotRecord } from '../events/events.repository.js';
import { isOnlineMeeting, meetingRoomUrl, tableLabel } from './meeting-rooms.js';
import type { MeetingRecord } from './meetings.repository.js';

/** The weight the scheduler gives a meeting: 1, or 3 and 5 when one or both sides marked it "must meet". */
export function meetingPriority(
  meeting: Pick<MeetingRecord, 'requesterMustMeet' | 'recipientMustMeet'>,
): number {
  return 1 + 2 * (Number(meeting.requesterMustMeet) + Number(meeting.recipientMustMeet));
}

/** Where and when a meeting is held: slot, times, table, and the online room when it is online. */
export interface MeetingPlacementView {
  slot: number;
  table: number;
  tableLabel: string;
  startsAt: EventTime | null;
  endsAt: EventTime | null;
  online: boolean;
  roomUrl: string | null;
}

export function placementView(
  event: EventRecord,
  slots: ReadonlyMap<number, SlotRecord>,
  meeting: Pick<MeetingRecord, 'id' | 'requester' | 'recipient'>,
  slot: number,
  table: number,
): MeetingPlacementView {
  const time = slots.get(slot);
  const online = isOnlineMeeting(event.venueMode, [meeting.requester, meeting.recipient]);
  return {
    slot,
    table,
    tableLabel: tableLabel(event.tableLabels, table),
    startsAt: time ? eventTime(time.startsAt, event.timeZone) : null,
    endsAt: time ? eventTime(time.endsAt, event.timeZone) : null,
    online,
    roomUrl: online ? meetingRoomUrl(event.meetingRoomBaseUrl, event.roomSecret, meeting.id) : null,
  };
}

/** A meeting request (and meeting) as its two sides and the organisers see it. */
export function meetingView(
  meeting: MeetingRecord,
  event: EventRecord,
  slots: ReadonlyMap<number, SlotRecord>,
) {
  const zone = event.timeZone;
  return {
    id: meeting.id,
    eventId: meeting.eventId,
    status: meeting.status,
    requester: meeting.requester,
    recipient: meeting.recipient,
    message: meeting.message,
    mustMeet: { requester: meeting.requesterMustMeet, recipient: meeting.recipientMustMeet },
    priority: meetingPriority(meeting),
    response: {
      reason: meeting.responseReason,
      respondedAt: meeting.respondedAt ? eventTime(meeting.respondedAt, zone) : null,
    },
    expiresAt: eventTime(meeting.expiresAt, zone),
    pins: { fixedSlot: meeting.fixedSlot, fixedTable: meeting.fixedTable },
    placement:
      meeting.status === 'accepted' && meeting.slot !== null && meeting.table !== null
        ? placementView(event, slots, meeting, meeting.slot, meeting.table)
        : null,
    attendance: meeting.attendance,
    followUps: meeting.followUps.map((f) => ({ ...f, submittedAt: eventTime(f.submittedAt, zone) })),
    followUpAgreed: meeting.followUpAgreedAt !== null,
    cooperationId: meeting.cooperationId,
    createdAt: eventTime(meeting.createdAt, zone),
  };
}
export type MeetingView = ReturnType<typeof meetingView>;
