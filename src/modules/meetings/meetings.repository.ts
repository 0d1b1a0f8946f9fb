import type { Queryable } from '../../db/database.js';
import type { Country, MultilingualText } from '../../domain/vocabulary.js';
import type { AttendanceMode } from '../events/registrations.schema.js';
import type { MeetingAttendance, MeetingStatus } from './meetings.schema.js';

/** One side of a meeting, as meeting lists show it. */
export interface MeetingSide {
  registrationId: string;
  organisationId: string;
  organisationName: MultilingualText;
  country: Country;
  attendanceMode: AttendanceMode;
}

/** A side's answer after the meeting. */
export interface FollowUpRecord {
  registrationId: string;
  happened: boolean;
  followUp: boolean;
  comment: string;
  submittedAt: Date;
}

/** A meeting request and, once accepted, the meeting, with its place in the published schedule. */
export interface MeetingRecord {
  id: string;
  eventId: string;
  requester: MeetingSide;
  recipient: MeetingSide;
  status: MeetingStatus;
  message: string;
  requesterMustMeet: boolean;
  recipientMustMeet: boolean;
  responseReason: string;
  respondedAt: Date | null;
  expiresAt: Date;
  reminderSentAt: Date | null;
  fixedSlot: number | null;
  fixedTable: number | null;
  attendance: MeetingAttendance | null;
  followUpAgreedAt: Date | null;
  cooperationId: string | null;
  followUps: FollowUpRecord[];
  /** Slot and table in the published schedule, when it has one. */
  slot: number | null;
  table: number | null;
  createdAt: Date;
  updatedAt: Date;
}

function side(alias: 'q' | 'c', org: 'oq' | 'oc'): string {
  return `jsonb_build_object('registrationId', ${alias}.id, 'organisationId', ${org}.id, 'organisationName', ${org}.name,
    'country', ${org}.country, 'attendanceMode', ${alias}.attendance_mode)`;
}

const MEETING_COLUMNS = `m.id, m.event_id AS "eventId", ${side('q', 'oq')} AS requester, ${side('c', 'oc')} AS recipient,
  m.status, m.message, m.requester_must_meet AS "requesterMustMeet", m.recipient_must_meet AS "recipientMustMeet",
  m.response_reason AS "responseReason", m.responded_at AS "respondedAt", m.expires_at AS "expiresAt",
  m.reminder_sent_at AS "reminderSentAt", m.fixed_slot AS "fixedSlot", m.fixed_table AS "fixedTable",
  m.attendance, m.follow_up_agreed_at AS "followUpAgreedAt", m.cooperation_id AS "cooperationId",
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('registrationId', f.registration_id, 'happened', f.happened,
     'followUp', f.follow_up, 'comment', f.comment, 'submittedAt', f.submitted_at) ORDER BY f.submitted_at), '[]'::jsonb)
   FROM meeting_follow_ups f WHERE f.meeting_id = m.id) AS "followUps",
  p.slot_number AS slot, p.table_number AS "table", m.created_at AS "createdAt", m.updated_at AS "updatedAt"`;

const FROM_MEETINGS = `FROM meeting_requests m
  JOIN event_registrations q ON q.id = m.requester_id JOIN organisations oq ON oq.id = q.organisation_id
  JOIN event_registrations c ON c.id = m.recipient_id JOIN organisations oc ON oc.id = c.organisation_id
  LEFT JOIN event_schedules s ON s.event_id = m.event_id AND s.status = 'published'
  LEFT JOIN event_schedule_placements p ON p.schedule_id = s.id AND p.meeting_id = m.id`;

/** JSON aggregates carry timestamps as text; the rest of the code expects Date objects. */
function withDates(row: MeetingRecord): MeetingRecord {
  return {
    ...row,
    followUps: row.followUps.map((f) => ({ ...f, submittedAt: new Date(f.submittedAt) })),
  };
}

export async function findMeeting(
  db: Queryable,
  eventId: string,
  id: string,
  forUpdate = false,
): Promise<MeetingRecord | null> {
  const { rows } = await db.query<MeetingRecord>(
    `SELECT ${MEETING_COLUMNS} ${FROM_MEETINGS} WHERE m.event_id = $1 AND m.id = $2${
      forUpdate ? ' FOR UPDATE OF m' : ''
    }`,
    [eventId, id],
  );
  const row = rows[0];
  return row ? withDates(row) : null;
}

/** Filters for meeting lists. */
export interface MeetingFilter {
  /** Meetings of this participant only. */
  registrationId?: string | undefined;
  direction: 'sent' | 'received' | 'all';
  statuses?: readonly MeetingStatus[] | undefined;
}

/** One page of an event's meetings, oldest request first. */
export async function listMeetings(
  db: Queryable,
  eventId: string,
  filter: MeetingFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<MeetingRecord & { sortKey: string }>> {
  const key = `to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
  const params: unknown[] = [eventId];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = ['m.event_id = $1'];
  if (filter.registrationId) {
    const id = bind(filter.registrationId);
    if (filter.direction === 'sent') conditions.push(`m.requester_id = ${id}::uuid`);
    else if (filter.direction === 'received') conditions.push(`m.recipient_id = ${id}::uuid`);
    else conditions.push(`(m.requester_id = ${id}::uuid OR m.recipient_id = ${id}::uuid)`);
  }
  if (filter.statuses?.length) conditions.push(`m.status = ANY(${bind(filter.statuses)}::text[])`);
  if (after) conditions.push(`(${key}, m.id) > (${bind(after.key)}, ${bind(after.id)}::uuid)`);
  const { rows } = await db.query<MeetingRecord & { sortKey: string }>(
    `SELECT ${MEETING_COLUMNS}, ${key} AS "sortKey" ${FROM_MEETINGS} WHERE ${conditions.join(' AND ')}
     ORDER BY ${key}, m.id LIMIT ${bind(limit)}`,
    params,
  );
  return rows.map((row) => ({ ...withDates(row), sortKey: row.sortKey }));
}

/** Every meeting of the event with one of the statuses. */
export async function allMeetings(
  db: Queryable,
  eventId: string,
  statuses: readonly MeetingStatus[],
): Promise<MeetingRecord[]> {
  const { rows } = await db.query<MeetingRecord>(
    `SELECT ${MEETING_COLUMNS} ${FROM_MEETINGS} WHERE m.event_id = $1 AND m.status = ANY($2::text[])
     ORDER BY m.created_at, m.id`,
    [eventId, statuses],
  );
  return rows.map(withDates);
}

/** Whether the two participants have a waiting or accepted request between them, whoever asked. */
export async function openRequestBetween(
  db: Queryable,
  eventId: string,
  a: string,
  b: string,
): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM meeting_requests WHERE event_id = $1 AND status IN ('pending', 'accepted')
       AND ((requester_id = $2 AND recipient_id = $3) OR (requester_id = $3 AND recipient_id = $2))`,
    [eventId, a, b],
  );
  return rows.length > 0;
}

/** A participant's load against the cap: accepted meetings, and waiting requests it sent. */
export async function meetingLoad(
  db: Queryable,
  registrationId: string,
): Promise<{ accepted: number; pendingSent: number }> {
  const { rows } = await db.query<{ accepted: number; pendingSent: number }>(
    `SELECT count(*) FILTER (WHERE status = 'accepted')::int AS accepted,
            count(*) FILTER (WHERE status = 'pending' AND requester_id = $1)::int AS "pendingSent"
     FROM meeting_requests WHERE (requester_id = $1 OR recipient_id = $1) AND status IN ('pending', 'accepted')`,
    [registrationId],
  );
  return rows[0] ?? { accepted: 0, pendingSent: 0 };
}

export async function insertMeetingRequest(
  db: Queryable,
  row: {
    eventId: string;
    requesterId: string;
    recipientId: string;
    message: string;
    mustMeet: boolean;
    expiresAt: Date;
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO meeting_requests (event_id, requester_id, recipient_id, message, requester_must_meet, expires_at,
       created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
    [
      row.eventId,
      row.requesterId,
      row.recipientId,
      row.message,
      row.mustMeet,
      row.expiresAt,
      row.createdBy,
      row.now,
    ],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into meeting_requests returned no row');
  return inserted.id;
}

export async function answerMeetingRequest(
  db: Queryable,
  id: string,
  answer: {
    status: Extract<MeetingStatus, 'accepted' | 'declined' | 'cancelled'>;
    reason: string;
    recipientMustMeet?: boolean;
    by: string;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `UPDATE meeting_requests SET status = $2, response_reason = $3,
       recipient_must_meet = COALESCE($4, recipient_must_meet), responded_at = $5, responded_by = $6, updated_at = $5
     WHERE id = $1`,
    [id, answer.status, answer.reason, answer.recipientMustMeet ?? null, answer.now, answer.by],
  );
}

export async function setMeetingPins(
  db: Queryable,
  id: string,
  pins: { fixedSlot: number | null; fixedTable: number | null },
  now: Date,
): Promise<void> {
  await db.query(
    'UPDATE meeting_requests SET fixed_slot = $2, fixed_table = $3, updated_at = $4 WHERE id = $1',
    [id, pins.fixedSlot, pins.fixedTable, now],
  );
}

export async function setAttendance(
  db: Queryable,
  id: string,
  attendance: MeetingAttendance,
  by: string,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE meeting_requests SET attendance = $2, attendance_marked_at = $3, attendance_marked_by = $4, updated_at = $3
     WHERE id = $1`,
    [id, attendance, now, by],
  );
}

export async function upsertFollowUp(
  db: Queryable,
  row: {
    meetingId: string;
    registrationId: string;
    happened: boolean;
    followUp: boolean;
    comment: string;
    by: string;
    now: Date;
  },
): Promise<void> {
  await db.query(
    `INSERT INTO meeting_follow_ups (meeting_id, registration_id, happened, follow_up, comment, submitted_by, submitted_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (meeting_id, registration_id) DO UPDATE SET happened = EXCLUDED.happened,
       follow_up = EXCLUDED.follow_up, comment = EXCLUDED.comment, submitted_by = EXCLUDED.submitted_by,
       submitted_at = EXCLUDED.submitted_at`,
    [row.meetingId, row.registrationId, row.happened, row.followUp, row.comment, row.by, row.now],
  );
}

export async function markFollowUpAgreed(
  db: Queryable,
  id: string,
  now: Date,
  cooperationId: string | null,
): Promise<void> {
  await db.query(
    'UPDATE meeting_requests SET follow_up_agreed_at = $2, cooperation_id = $3, updated_at = $2 WHERE id = $1',
    [id, now, cooperationId],
  );
}

/** Waiting requests whose answer time has run out, locked for the expiry job. */
export async function lockExpiredRequests(db: Queryable, now: Date, limit: number): Promise<MeetingRecord[]> {
  const { rows } = await db.query<MeetingRecord>(
    `SELECT ${MEETING_COLUMNS} ${FROM_MEETINGS} WHERE m.status = 'pending' AND m.expires_at <= $1
     ORDER BY m.expires_at, m.id LIMIT $2 FOR UPDATE OF m SKIP LOCKED`,
    [now, limit],
  );
  return rows.map(withDates);
}

/** Waiting requests past half their answer time that have had no reminder, locked for the reminder job. */
export async function lockRequestsToRemind(
  db: Queryable,
  now: Date,
  limit: number,
): Promise<MeetingRecord[]> {
  const { rows } = await db.query<MeetingRecord>(
    `SELECT ${MEETING_COLUMNS} ${FROM_MEETINGS}
     WHERE m.status = 'pending' AND m.reminder_sent_at IS NULL AND m.expires_at > $1
       AND m.created_at + (m.expires_at - m.created_at) / 2 <= $1
     ORDER BY m.expires_at, m.id LIMIT $2 FOR UPDATE OF m SKIP LOCKED`,
    [now, limit],
  );
  return rows.map(withDates);
}

export async function markExpired(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query(`UPDATE meeting_requests SET status = 'expired', updated_at = $2 WHERE id = $1`, [id, now]);
}

export async function markReminded(db: Queryable, id: string, now: Date): Promise<void> {
  await db.query('UPDATE meeting_requests SET reminder_sent_at = $2 WHERE id = $1', [id, now]);
}
