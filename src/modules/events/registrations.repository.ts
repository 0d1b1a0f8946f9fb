import type { Queryable } from '../../db/database.js';
import type { Country, Language, MultilingualText, OrganisationKind } from '../../domain/vocabulary.js';
import type { AttendanceMode, RegistrationStatus } from './registrations.schema.js';

/** A person of a delegation. */
export interface DelegateRecord {
  userId: string;
  displayName: string;
  email: string;
  preferredLanguage: Language;
}

/** A registration (a participant) as the services see it. */
export interface RegistrationRecord {
  id: string;
  eventId: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: MultilingualText;
  organisationKind: OrganisationKind;
  organisationCountry: Country;
  status: RegistrationStatus;
  attendanceMode: AttendanceMode;
  language: Language;
  offer: MultilingualText;
  seek: MultilingualText;
  profileIds: string[];
  sectors: string[];
  keywords: string[];
  unavailableSlots: number[];
  sessionIds: string[];
  delegates: DelegateRecord[];
  checkInToken: string;
  checkedInAt: Date | null;
  decidedAt: Date | null;
  decisionReason: string;
  createdAt: Date;
  updatedAt: Date;
}

const REGISTRATION_COLUMNS = `r.id, r.event_id AS "eventId", r.organisation_id AS "organisationId",
  o.slug AS "organisationSlug", o.name AS "organisationName", o.kind AS "organisationKind",
  o.country AS "organisationCountry", r.status, r.attendance_mode AS "attendanceMode", r.language, r.offer, r.seek,
  r.profile_ids AS "profileIds", r.sectors, r.keywords, r.unavailable_slots AS "unavailableSlots",
  ARRAY(SELECT a.session_id FROM event_session_attendees a WHERE a.registration_id = r.id ORDER BY a.session_id)
    AS "sessionIds",
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('userId', u.id, 'displayName', u.display_name, 'email', u.email,
     'preferredLanguage', u.preferred_language) ORDER BY d.position, u.id), '[]'::jsonb)
   FROM event_delegates d JOIN users u ON u.id = d.user_id WHERE d.registration_id = r.id) AS delegates,
  r.check_in_token AS "checkInToken", r.checked_in_at AS "checkedInAt", r.decided_at AS "decidedAt",
  r.decision_reason AS "decisionReason", r.created_at AS "createdAt", r.updated_at AS "updatedAt"`;

const FROM_REGISTRATIONS = 'FROM event_registrations r JOIN organisations o ON o.id = r.organisation_id';

export async function findRegistration(
  db: Queryable,
  eventId: string,
  id: string,
  forUpdate = false,
): Promise<RegistrationRecord | null> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS} WHERE r.event_id = $1 AND r.id = $2${
      forUpdate ? ' FOR UPDATE OF r' : ''
    }`,
    [eventId, id],
  );
  return rows[0] ?? null;
}

/** The registrations of an event, several at once (in the order of `ids` is not promised). */
export async function findRegistrations(
  db: Queryable,
  eventId: string,
  ids: readonly string[],
): Promise<RegistrationRecord[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS} WHERE r.event_id = $1 AND r.id = ANY($2::uuid[])`,
    [eventId, ids],
  );
  return rows;
}

/** Locks registrations in id order, so two transactions never wait on each other crosswise. */
export async function lockRegistrations(db: Queryable, ids: readonly string[]): Promise<void> {
  await db.query('SELECT id FROM event_registrations WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [
    [...ids],
  ]);
}

export async function findRegistrationByToken(
  db: Queryable,
  eventId: string,
  token: string,
): Promise<RegistrationRecord | null> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS} WHERE r.event_id = $1 AND r.check_in_token = $2
     FOR UPDATE OF r`,
    [eventId, token],
  );
  return rows[0] ?? null;
}

/** The active (not cancelled) registration of an organisation in an event. */
export async function findActiveRegistrationOf(
  db: Queryable,
  eventId: string,
  organisationId: string,
): Promise<RegistrationRecord | null> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS}
     WHERE r.event_id = $1 AND r.organisation_id = $2 AND r.status <> 'cancelled'`,
    [eventId, organisationId],
  );
  return rows[0] ?? null;
}

/**
 * The registration a person acts for in an event: the delegation they belong to, else the active
 * registration of an organisation they are a member of (most recent first).
 */
export async function findRegistrationOfUser(
  db: Queryable,
  eventId: string,
  userId: string,
  organisationIds: readonly string[],
): Promise<RegistrationRecord | null> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS}
     WHERE r.event_id = $1 AND r.status <> 'cancelled'
       AND (EXISTS (SELECT 1 FROM event_delegates d WHERE d.registration_id = r.id AND d.user_id = $2)
            OR r.organisation_id = ANY($3::uuid[]))
     ORDER BY EXISTS (SELECT 1 FROM event_delegates d WHERE d.registration_id = r.id AND d.user_id = $2) DESC,
       r.created_at DESC LIMIT 1`,
    [eventId, userId, [...organisationIds]],
  );
  return rows[0] ?? null;
}

/** Whether the person belongs to an approved participant of the event (as delegate or member). */
export async function isApprovedParticipant(
  db: Queryable,
  eventId: string,
  userId: string,
  organisationIds: readonly string[],
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM event_registrations r WHERE r.event_id = $1 AND r.status = 'approved'
       AND (r.organisation_id = ANY($3::uuid[])
            OR EXISTS (SELECT 1 FROM event_delegates d WHERE d.registration_id = r.id AND d.user_id = $2))
     LIMIT 1`,
    [eventId, userId, [...organisationIds]],
  );
  return rows.length > 0;
}

export async function countApproved(db: Queryable, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status = 'approved'`,
    [eventId],
  );
  return rows[0]?.n ?? 0;
}

export interface NewRegistration {
  eventId: string;
  organisationId: string;
  status: RegistrationStatus;
  attendanceMode: AttendanceMode;
  language: Language;
  offer: MultilingualText;
  seek: MultilingualText;
  profileIds: string[];
  sectors: string[];
  keywords: string[];
  checkInToken: string;
  createdBy: string;
  now: Date;
}

export async function insertRegistration(db: Queryable, row: NewRegistration): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO event_registrations (event_id, organisation_id, status, attendance_mode, language, offer, seek,
       profile_ids, sectors, keywords, check_in_token, created_by, created_at, updated_at,
       decided_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13,
       CASE WHEN $3 = 'approved' THEN $13::timestamptz END)
     RETURNING id`,
    [
      row.eventId,
      row.organisationId,
      row.status,
      row.attendanceMode,
      row.language,
      JSON.stringify(row.offer),
      JSON.stringify(row.seek),
      row.profileIds,
      row.sectors,
      row.keywords,
      row.checkInToken,
      row.createdBy,
      row.now,
    ],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into event_registrations returned no row');
  return inserted.id;
}

export async function updateParticipantProfile(
  db: Queryable,
  id: string,
  p: Pick<
    RegistrationRecord,
    'attendanceMode' | 'language' | 'offer' | 'seek' | 'profileIds' | 'sectors' | 'keywords'
  >,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE event_registrations SET attendance_mode = $2, language = $3, offer = $4, seek = $5, profile_ids = $6,
       sectors = $7, keywords = $8, updated_at = $9 WHERE id = $1`,
    [
      id,
      p.attendanceMode,
      p.language,
      JSON.stringify(p.offer),
      JSON.stringify(p.seek),
      p.profileIds,
      p.sectors,
      p.keywords,
      now,
    ],
  );
}

export async function setRegistrationStatus(
  db: Queryable,
  id: string,
  change: { status: RegistrationStatus; now: Date; by: string | null; reason?: string },
): Promise<void> {
  await db.query(
    `UPDATE event_registrations SET status = $2, decided_at = $3, decided_by = $4,
       decision_reason = COALESCE($5, decision_reason), updated_at = $3 WHERE id = $1`,
    [id, change.status, change.now, change.by, change.reason ?? null],
  );
}

/** Replaces the delegation, in the given order (the lead first). */
export async function replaceDelegates(
  db: Queryable,
  eventId: string,
  registrationId: string,
  userIds: readonly string[],
): Promise<void> {
  await db.query('DELETE FROM event_delegates WHERE registration_id = $1', [registrationId]);
  for (const [position, userId] of userIds.entries()) {
    await db.query(
      'INSERT INTO event_delegates (registration_id, event_id, user_id, position) VALUES ($1, $2, $3, $4)',
      [registrationId, eventId, userId, position],
    );
  }
}

/** People among `userIds` who already belong to another delegation of the event. */
export async function delegatesElsewhere(
  db: Queryable,
  eventId: string,
  registrationId: string | null,
  userIds: readonly string[],
): Promise<string[]> {
  const { rows } = await db.query<{ userId: string }>(
    `SELECT d.user_id AS "userId" FROM event_delegates d
     WHERE d.event_id = $1 AND d.user_id = ANY($2::uuid[]) AND d.registration_id IS DISTINCT FROM $3::uuid`,
    [eventId, [...userIds], registrationId],
  );
  return rows.map((r) => r.userId);
}

/** Members (any role) of the organisation among `userIds`. */
export async function membersAmong(
  db: Queryable,
  organisationId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  const { rows } = await db.query<{ userId: string }>(
    'SELECT user_id AS "userId" FROM memberships WHERE organisation_id = $1 AND user_id = ANY($2::uuid[])',
    [organisationId, [...userIds]],
  );
  return new Set(rows.map((r) => r.userId));
}

/** Published profiles of the organisation among `profileIds`. */
export async function publishedProfilesAmong(
  db: Queryable,
  organisationId: string,
  profileIds: readonly string[],
): Promise<Set<string>> {
  const { rows } = await db.query<{ id: string }>(
    `SELECT id FROM profiles WHERE organisation_id = $1 AND id = ANY($2::uuid[]) AND status = 'published'`,
    [organisationId, [...profileIds]],
  );
  return new Set(rows.map((r) => r.id));
}

export async function setAvailability(
  db: Queryable,
  registrationId: string,
  unavailableSlots: readonly number[],
  sessionIds: readonly string[],
  now: Date,
): Promise<void> {
  await db.query('UPDATE event_registrations SET unavailable_slots = $2, updated_at = $3 WHERE id = $1', [
    registrationId,
    [...unavailableSlots].sort((a, b) => a - b),
    now,
  ]);
  await db.query('DELETE FROM event_session_attendees WHERE registration_id = $1', [registrationId]);
  for (const sessionId of sessionIds) {
    await db.query('INSERT INTO event_session_attendees (session_id, registration_id) VALUES ($1, $2)', [
      sessionId,
      registrationId,
    ]);
  }
}

export async function markCheckedIn(db: Queryable, id: string, now: Date, by: string): Promise<void> {
  await db.query(
    'UPDATE event_registrations SET checked_in_at = $2, checked_in_by = $3 WHERE id = $1 AND checked_in_at IS NULL',
    [id, now, by],
  );
}

/** The earliest registration on the waiting list, locked. */
export async function firstWaitlisted(db: Queryable, eventId: string): Promise<RegistrationRecord | null> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS} WHERE r.event_id = $1 AND r.status = 'waitlisted'
     ORDER BY r.seq LIMIT 1 FOR UPDATE OF r`,
    [eventId],
  );
  return rows[0] ?? null;
}

/** Filters for the organisers' registration list and the participants' catalogue. */
export interface RegistrationFilter {
  statuses: readonly RegistrationStatus[];
}

/** One page of registrations in registration order. */
export async function listRegistrations(
  db: Queryable,
  eventId: string,
  filter: RegistrationFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<RegistrationRecord & { sortKey: string }>> {
  const key = `lpad(r.seq::text, 20, '0')`;
  const params: unknown[] = [eventId, filter.statuses];
  let where = 'r.event_id = $1 AND r.status = ANY($2::text[])';
  if (after) {
    params.push(after.key, after.id);
    where += ` AND (${key}, r.id) > ($3, $4::uuid)`;
  }
  params.push(limit);
  const { rows } = await db.query<RegistrationRecord & { sortKey: string }>(
    `SELECT ${REGISTRATION_COLUMNS}, ${key} AS "sortKey" ${FROM_REGISTRATIONS} WHERE ${where}
     ORDER BY ${key}, r.id LIMIT $${params.length}`,
    params,
  );
  return rows;
}

/** Every registration of the event with one of the statuses, in registration order. */
export async function allRegistrations(
  db: Queryable,
  eventId: string,
  statuses: readonly RegistrationStatus[],
): Promise<RegistrationRecord[]> {
  const { rows } = await db.query<RegistrationRecord>(
    `SELECT ${REGISTRATION_COLUMNS} ${FROM_REGISTRATIONS} WHERE r.event_id = $1 AND r.status = ANY($2::text[])
     ORDER BY r.seq`,
    [eventId, statuses],
  );
  return rows;
}

/** Sectors, keywords and kinds of the linked profiles, for partner suggestions. */
export async function linkedProfileFacets(
  db: Queryable,
  profileIds: readonly string[],
): Promise<Array<{ id: string; kind: string; sectors: string[]; keywords: string[] }>> {
  if (profileIds.length === 0) return [];
  const { rows } = await db.query<{ id: string; kind: string; sectors: string[]; keywords: string[] }>(
    `SELECT id, kind, sectors, keywords FROM profiles WHERE id = ANY($1::uuid[]) AND status = 'published'`,
    [[...profileIds]],
  );
  return rows;
}

/** Withdraws the participant's waiting and accepted meetings (the participant left the event). */
export async function cancelOpenMeetingsOf(db: Queryable, registrationId: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE meeting_requests SET status = 'cancelled', updated_at = $2
     WHERE (requester_id = $1 OR recipient_id = $1) AND status IN ('pending', 'accepted')`,
    [registrationId, now],
  );
}

/** Registrations waiting for approval. */
export async function countPending(db: Queryable, eventId: string): Promise<number> {
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM event_registrations WHERE event_id = $1 AND status = 'pending'`,
    [eventId],
  );
  return rows[0]?.n ?? 0;
}
