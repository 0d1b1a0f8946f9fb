import { eventTime } from './event-time.js';
import type { EventRecord } from './events.repository.js';
import type { RegistrationRecord } from './registrations.repository.js';

/** The address a participant's QR code encodes; an organiser's scanner page posts its token back. */
export function checkInUrl(
  publicUrl: string,
  registration: Pick<RegistrationRecord, 'eventId' | 'checkInToken'>,
) {
  return `${publicUrl}/events/${registration.eventId}/check-in/${registration.checkInToken}`;
}

/** A participant as the other participants of the event see it: who they are, what they offer and seek. */
export function participantView(registration: RegistrationRecord) {
  return {
    id: registration.id,
    organisation: {
      id: registration.organisationId,
      slug: registration.organisationSlug,
      name: registration.organisationName,
      kind: registration.organisationKind,
      country: registration.organisationCountry,
    },
    attendanceMode: registration.attendanceMode,
    offer: registration.offer,
    seek: registration.seek,
    profileIds: registration.profileIds,
    sectors: registration.sectors,
    keywords: registration.keywords,
    delegates: registration.delegates.map((d) => ({ userId: d.userId, displayName: d.displayName })),
  };
}
export type ParticipantView = ReturnType<typeof participantView>;

/** A registration as its participant and the organisers see it. */
export function registrationView(registration: RegistrationRecord, event: EventRecord, publicUrl: string) {
  const zone = event.timeZone;
  return {
    ...participantView(registration),
    eventId: registration.eventId,
    status: registration.status,
    language: registration.language,
    delegates: registration.delegates.map((d) => ({
      userId: d.userId,
      displayName: d.displayName,
      email: d.email,
    })),
    availability: { unavailableSlots: registration.unavailableSlots, sessionIds: registration.sessionIds },
    checkIn: {
      url: checkInUrl(publicUrl, registration),
      checkedInAt: registration.checkedInAt ? eventTime(registration.checkedInAt, zone) : null,
    },
    decision: {
      decidedAt: registration.decidedAt ? eventTime(registration.decidedAt, zone) : null,
      reason: registration.decisionReason,
    },
    createdAt: registration.createdAt,
    updatedAt: registration.updatedAt,
  };
}
export type RegistrationView = ReturnType<typeof registrationView>;
