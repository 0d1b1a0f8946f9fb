import type { Queryable } from '../../db/database.js';

/** Registrations of one group (a country, an organisation kind). */
export interface RegistrationBreakdown {
  key: string;
  /** Waiting for approval, approved or on the waiting list. */
  registered: number;
  approved: number;
  checkedIn: number;
}

export async function registrationsByStatus(
  db: Queryable,
  eventId: string,
): Promise<Array<{ status: string; n: number; checkedIn: number }>> {
  const { rows } = await db.query<{ status: string; n: number; checkedIn: number }>(
    `SELECT status, count(*)::int AS n, count(*) FILTER (WHERE checked_in_at IS NOT NULL)::int AS "checkedIn"
     FROM event_registrations WHERE event_id = $1 GROUP BY status`,
    [eventId],
  );
  return rows;
}

/** Active registrations grouped by the organisation's country or kind. */
export async function registrationsBy(
  db: Queryable,
  eventId: string,
  column: 'country' | 'kind',
): Promise<RegistrationBreakdown[]> {
  const expression = column === 'country' ? 'o.country' : 'o.kind';
  const { rows } = await db.query<RegistrationBreakdown>(
    `SELECT ${expression} AS key,
       count(*) FILTER (WHERE r.status IN ('pending', 'approved', 'waitlisted'))::int AS registered,
       count(*) FILTER (WHERE r.status = 'approved')::int AS approved,
       count(*) FILTER (WHERE r.status = 'approved' AND r.checked_in_at IS NOT NULL)::int AS "checkedIn"
     FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id
     WHERE r.event_id = $1 GROUP BY ${expression}
     HAVING count(*) FILTER (WHERE r.status IN ('pending', 'approved', 'waitlisted')) > 0
     ORDER BY ${expression}`,
    [eventId],
  );
  return rows;
}

/** The meeting figures of the report; the definitions are in docs/events.md. */
export interface MeetingFigures {
  requests: number;
  pending: number;
  accepted: number;
  declined: number;
  expired: number;
  cancelled: number;
  scheduled: number;
  held: number;
  noShows: number;
  followUpsWanted: number;
  mutualFollowUps: number;
}

export async function meetingFigures(db: Queryable, eventId: string): Promise<MeetingFigures> {
  const { rows } = await db.query<MeetingFigures>(
    `SELECT count(*)::int AS requests,
       count(*) FILTER (WHERE m.status = 'pending')::int AS pending,
       count(*) FILTER (WHERE m.status = 'accepted')::int AS accepted,
       count(*) FILTER (WHERE m.status = 'declined')::int AS declined,
       count(*) FILTER (WHERE m.status = 'expired')::int AS expired,
       count(*) FILTER (WHERE m.status = 'cancelled')::int AS cancelled,
       count(*) FILTER (WHERE m.status = 'accepted' AND p.meeting_id IS NOT NULL)::int AS scheduled,
       count(*) FILTER (WHERE m.status = 'accepted' AND p.meeting_id IS NOT NULL AND (m.attendance = 'held'
         OR (m.attendance IS NULL AND EXISTS (SELECT 1 FROM meeting_follow_ups f
               WHERE f.meeting_id = m.id AND f.happened))))::int AS held,
       count(*) FILTER (WHERE m.status = 'accepted' AND p.meeting_id IS NOT NULL
         AND m.attendance IN ('requester_no_show', 'recipient_no_show', 'both_no_show'))::int AS "noShows",
       count(*) FILTER (WHERE EXISTS (SELECT 1 FROM meeting_follow_ups f
         WHERE f.meeting_id = m.id AND f.follow_up))::int AS "followUpsWanted",
       count(*) FILTER (WHERE m.follow_up_agreed_at IS NOT NULL)::int AS "mutualFollowUps"
     FROM meeting_requests m
     LEFT JOIN event_schedules s ON s.event_id = m.event_id AND s.status = 'published'
     LEFT JOIN event_schedule_placements p ON p.schedule_id = s.id AND p.meeting_id = m.id
     WHERE m.event_id = $1`,
    [eventId],
  );
  const row = rows[0];
  if (!row) throw new Error('meeting figures query returned no row');
  return row;
}
