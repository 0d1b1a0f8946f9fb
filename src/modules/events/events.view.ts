import type { Actor } from '../auth/actor.js';
import { type EventTime, eventTime } from './event-time.js';
import { isOrganiser } from './events.policy.js';
import type { EventRecord, SessionRecord, SlotRecord } from './events.repository.js';

/** A programme session as the API shows it, times in UTC and in the event's zone. */
export function sessionView(session: SessionRecord, timeZone: string) {
  return {
    id: session.id,
    title: session.title,
    description: session.description,
    location: session.location,
    startsAt: eventTime(session.startsAt, timeZone),
    endsAt: eventTime(session.endsAt, timeZone),
  };
}
export type SessionView = ReturnType<typeof sessionView>;

export function slotView(slot: SlotRecord, timeZone: string) {
  return {
    slot: slot.slotNumber,
    startsAt: eventTime(slot.startsAt, timeZone),
    endsAt: eventTime(slot.endsAt, timeZone),
  };
}
export type SlotView = ReturnType<typeof slotView>;

/** Whether registration is open at `now`: published, before the deadline, before the event ends. */
export function registrationOpen(event: EventRecord, now: Date): boolean {
  if (event.status !== 'published') return false;
  const closes = event.registrationDeadline ?? event.endsAt;
  return now.getTime() < closes.getTime() && now.getTime() < event.endsAt.getTime();
}

/** An event as the API shows it; the meeting-room base address only to its organisers. */
export function eventView(
  event: EventRecord,
  actor: Actor,
  now: Date,
  details: { sessions?: SessionRecord[]; slots?: SlotRecord[]; approvedCount?: number } = {},
) {
  const zone = event.timeZone;
  const organiser = isOrganiser(actor, { organiserIds: event.organisers.map((o) => o.id) });
  const deadline: EventTime | null = event.registrationDeadline
    ? eventTime(event.registrationDeadline, zone)
    : null;
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    originalLanguage: event.originalLanguage,
    title: event.title,
    description: event.description,
    /** The event's IANA zone; every time below is given in UTC and in this zone. */
    timeZone: zone,
    startsAt: eventTime(event.startsAt, zone),
    endsAt: eventTime(event.endsAt, zone),
    venue: {
      mode: event.venueMode,
      name: event.venueName,
      address: event.venueAddress,
      city: event.city,
      country: event.country,
      onlineUrl: event.onlineUrl,
    },
    organisers: event.organisers,
    registration: {
      open: registrationOpen(event, now),
      capacity: event.capacity,
      requiresApproval: event.requiresApproval,
      deadline,
      ...(details.approvedCount !== undefined ? { approved: details.approvedCount } : {}),
    },
    meetings: {
      maxPerParticipant: event.maxMeetingsPerParticipant,
      requestExpiryHours: event.requestExpiryHours,
      tableCount: event.tableCount,
      tableLabels: event.tableLabels,
      ...(organiser ? { roomBaseUrl: event.meetingRoomBaseUrl } : {}),
    },
    ...(details.sessions ? { sessions: details.sessions.map((s) => sessionView(s, zone)) } : {}),
    ...(details.slots ? { slots: details.slots.map((s) => slotView(s, zone)) } : {}),
    cancelReason: event.status === 'cancelled' ? event.cancelReason : null,
    viewer: { organiser },
    version: event.version,
    createdAt: event.createdAt,
    updatedAt: event.updatedAt,
  };
}
export type EventView = ReturnType<typeof eventView>;
