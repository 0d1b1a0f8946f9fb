import type { Queryable } from '../../db/database.js';
import type {
  MeetingPlacement,
  ParticipantScheduleChange,
  UnplacedMeeting,
  UnplacedReason,
} from '../../engines/scheduler/index.js';

export const SCHEDULE_STATUSES = ['draft', 'published', 'superseded'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** A stored run of the scheduler. */
export interface ScheduleRecord {
  id: string;
  eventId: string;
  version: number;
  status: ScheduleStatus;
  basedOnId: string | null;
  slotCount: number;
  tableCount: number;
  seed: number;
  stats: Record<string, unknown>;
  score: Record<string, unknown>;
  createdAt: Date;
  publishedAt: Date | null;
}

const SCHEDULE_COLUMNS = `id, event_id AS "eventId", version, status, based_on_id AS "basedOnId",
  slot_count AS "slotCount", table_count AS "tableCount", seed, stats, score, created_at AS "createdAt",
  published_at AS "publishedAt"`;

export async function findSchedule(
  db: Queryable,
  eventId: string,
  id: string,
  forUpdate = false,
): Promise<ScheduleRecord | null> {
  const { rows } = await db.query<ScheduleRecord>(
    `SELECT ${SCHEDULE_COLUMNS} FROM event_schedules WHERE event_id = $1 AND id = $2${forUpdate ? ' FOR UPDATE' : ''}`,
    [eventId, id],
  );
  return rows[0] ?? null;
}

export async function findPublishedSchedule(db: Queryable, eventId: string): Promise<ScheduleRecord | null> {
  const { rows } = await db.query<ScheduleRecord>(
    `SELECT ${SCHEDULE_COLUMNS} FROM event_schedules WHERE event_id = $1 AND status = 'published'`,
    [eventId],
  );
  return rows[0] ?? null;
}

/** Every run of the event, newest first. */
export async function listSchedules(db: Queryable, eventId: string): Promise<ScheduleRecord[]> {
  const { rows } = await db.query<ScheduleRecord>(
    `SELECT ${SCHEDULE_COLUMNS} FROM event_schedules WHERE event_id = $1 ORDER BY version DESC`,
    [eventId],
  );
  return rows;
}

export async function insertSchedule(
  db: Queryable,
  row: {
    eventId: string;
    basedOnId: string | null;
    slotCount: number;
    tableCount: number;
    seed: number;
    stats: object;
    score: object;
    createdBy: string;
    now: Date;
  },
): Promise<ScheduleRecord> {
  const { rows } = await db.query<ScheduleRecord>(
    `INSERT INTO event_schedules (event_id, version, based_on_id, slot_count, table_count, seed, stats, score,
       created_by, created_at)
     VALUES ($1, (SELECT COALESCE(max(version), 0) + 1 FROM event_schedules WHERE event_id = $1), $2, $3, $4, $5,
       $6, $7, $8, $9)
     RETURNING ${SCHEDULE_COLUMNS}`,
    [
      row.eventId,
      row.basedOnId,
      row.slotCount,
      row.tableCount,
      row.seed,
      JSON.stringify(row.stats),
      JSON.stringify(row.score),
      row.createdBy,
      row.now,
    ],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into event_schedules returned no row');
  return inserted;
}

export async function insertPlacements(
  db: Queryable,
  scheduleId: string,
  placements: readonly MeetingPlacement[],
): Promise<void> {
  if (placements.length === 0) return;
  await db.query(
    `INSERT INTO event_schedule_placements (schedule_id, meeting_id, slot_number, table_number)
     SELECT $1, * FROM unnest($2::uuid[], $3::int[], $4::int[])`,
    [
      scheduleId,
      placements.map((p) => p.meetingId),
      placements.map((p) => p.slot),
      placements.map((p) => p.table),
    ],
  );
}

export async function insertUnplaced(
  db: Queryable,
  scheduleId: string,
  unplaced: readonly UnplacedMeeting[],
): Promise<void> {
  if (unplaced.length === 0) return;
  await db.query(
    `INSERT INTO event_schedule_unplaced (schedule_id, meeting_id, reason)
     SELECT $1, * FROM unnest($2::uuid[], $3::text[])`,
    [scheduleId, unplaced.map((u) => u.meetingId), unplaced.map((u) => u.reason)],
  );
}

export async function placementsOf(db: Queryable, scheduleId: string): Promise<MeetingPlacement[]> {
  const { rows } = await db.query<MeetingPlacement>(
    `SELECT meeting_id AS "meetingId", slot_number AS slot, table_number AS "table"
     FROM event_schedule_placements WHERE schedule_id = $1 ORDER BY slot_number, table_number`,
    [scheduleId],
  );
  return rows;
}

export async function unplacedOf(db: Queryable, scheduleId: string): Promise<UnplacedMeeting[]> {
  const { rows } = await db.query<{ meetingId: string; reason: UnplacedReason }>(
    `SELECT meeting_id AS "meetingId", reason FROM event_schedule_unplaced WHERE schedule_id = $1 ORDER BY meeting_id`,
    [scheduleId],
  );
  return rows;
}

export async function insertChanges(
  db: Queryable,
  scheduleId: string,
  changes: readonly ParticipantScheduleChange[],
): Promise<void> {
  for (const change of changes) {
    const { participantId, ...rest } = change;
    await db.query(
      'INSERT INTO event_schedule_changes (schedule_id, registration_id, changes) VALUES ($1, $2, $3)',
      [scheduleId, participantId, JSON.stringify(rest)],
    );
  }
}

export async function changesOf(db: Queryable, scheduleId: string): Promise<ParticipantScheduleChange[]> {
  const { rows } = await db.query<{
    participantId: string;
    changes: Omit<ParticipantScheduleChange, 'participantId'>;
  }>(
    `SELECT registration_id AS "participantId", changes FROM event_schedule_changes WHERE schedule_id = $1
     ORDER BY registration_id`,
    [scheduleId],
  );
  return rows.map((row) => ({ participantId: row.participantId, ...row.changes }));
}

export async function supersedePublished(db: Queryable, eventId: string): Promise<void> {
  await db.query(
    `UPDATE event_schedules SET status = 'superseded' WHERE event_id = $1 AND status = 'published'`,
    [eventId],
  );
}

export async function markPublished(db: Queryable, id: string, by: string, now: Date): Promise<void> {
  await db.query(
    `UPDATE event_schedules SET status = 'published', published_at = $2, published_by = $3 WHERE id = $1`,
    [id, now, by],
  );
}

/** The programme sessions each registration attends. */
export async function attendedSessions(
  db: Queryable,
  eventId: string,
): Promise<Array<{ registrationId: string; startsAt: Date; endsAt: Date }>> {
  const { rows } = await db.query<{ registrationId: string; startsAt: Date; endsAt: Date }>(
    `SELECT a.registration_id AS "registrationId", s.starts_at AS "startsAt", s.ends_at AS "endsAt"
     FROM event_session_attendees a JOIN event_sessions s ON s.id = a.session_id WHERE s.event_id = $1`,
    [eventId],
  );
  return rows;
}

/** A participant whose first meeting in the published schedule is near, with how many meetings they have. */
export interface AgendaReminderDue {
  registrationId: string;
  eventId: string;
  meetings: number;
  firstStartsAt: Date;
}

/**
 * Claims the approved participants whose first meeting of the published schedule starts after `now`
 * and within `horizonHours`, and not yet reminded: marks them reminded and returns them, so a
 * reminder is sent once even if two runs overlap.
 */
export async function claimAgendaReminders(
  db: Queryable,
  now: Date,
  horizonHours: number,
  limit: number,
): Promise<AgendaReminderDue[]> {
  const { rows } = await db.query<AgendaReminderDue>(
    `WITH due AS (
       SELECT r.id AS registration_id, r.event_id, count(*)::int AS meetings, min(s.starts_at) AS first_starts_at
       FROM event_registrations r
       JOIN event_schedules sc ON sc.event_id = r.event_id AND sc.status = 'published'
       JOIN event_schedule_placements p ON p.schedule_id = sc.id
       JOIN meeting_requests m ON m.id = p.meeting_id AND m.status = 'accepted'
         AND (m.requester_id = r.id OR m.recipient_id = r.id)
       JOIN event_meeting_slots s ON s.event_id = r.event_id AND s.slot_number = p.slot_number
       WHERE r.status = 'approved' AND r.agenda_reminded_at IS NULL
       GROUP BY r.id, r.event_id
       HAVING min(s.starts_at) > $1 AND min(s.starts_at) <= $1 + make_interval(hours => $2)
       ORDER BY min(s.starts_at), r.id
       LIMIT $3
     ), claimed AS (
       UPDATE event_registrations r SET agenda_reminded_at = $1
       FROM due WHERE r.id = due.registration_id AND r.agenda_reminded_at IS NULL
       RETURNING r.id
     )
     SELECT due.registration_id AS "registrationId", due.event_id AS "eventId", due.meetings,
       due.first_starts_at AS "firstStartsAt"
     FROM due JOIN claimed ON claimed.id = due.registration_id
     ORDER BY due.first_starts_at, due.registration_id`,
    [now, horizonHours, limit],
  );
  return rows.map((row) => ({ ...row, firstStartsAt: new Date(row.firstStartsAt) }));
}
