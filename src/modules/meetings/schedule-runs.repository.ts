import type { Queryable } from '../../db/database.js';

export const SCHEDULE_RUN_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ScheduleRunStatus = (typeof SCHEDULE_RUN_STATUSES)[number];

/** A background run of the scheduler, from request to stored draft (or failure). */
export interface ScheduleRunRecord {
  id: string;
  eventId: string;
  status: ScheduleRunStatus;
  seed: number;
  maxIterations: number;
  scheduleId: string | null;
  errorCode: string | null;
  errorParams: Record<string, string | number> | null;
  requestedBy: string | null;
  requestedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
}

const RUN_COLUMNS = `id, event_id AS "eventId", status, seed, max_iterations AS "maxIterations",
  schedule_id AS "scheduleId", error_code AS "errorCode", error_params AS "errorParams", requested_by AS "requestedBy",
  requested_at AS "requestedAt", started_at AS "startedAt", finished_at AS "finishedAt"`;

/** Records a queued run; null when the event already has one queued or running. */
export async function insertScheduleRun(
  db: Queryable,
  row: { eventId: string; seed: number; maxIterations: number; requestedBy: string; now: Date },
): Promise<ScheduleRunRecord | null> {
  const { rows } = await db.query<ScheduleRunRecord>(
    `INSERT INTO event_schedule_runs (event_id, seed, max_iterations, requested_by, requested_at)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (event_id) WHERE status IN ('queued', 'running') DO NOTHING
     RETURNING ${RUN_COLUMNS}`,
    [row.eventId, row.seed, row.maxIterations, row.requestedBy, row.now],
  );
  return rows[0] ?? null;
}

export async function findScheduleRun(
  db: Queryable,
  eventId: string,
  runId: string,
): Promise<ScheduleRunRecord | null> {
  const { rows } = await db.query<ScheduleRunRecord>(
    `SELECT ${RUN_COLUMNS} FROM event_schedule_runs WHERE event_id = $1 AND id = $2`,
    [eventId, runId],
  );
  return rows[0] ?? null;
}

/** The event's latest runs, newest first. */
export async function recentScheduleRuns(
  db: Queryable,
  eventId: string,
  limit: number,
): Promise<ScheduleRunRecord[]> {
  const { rows } = await db.query<ScheduleRunRecord>(
    `SELECT ${RUN_COLUMNS} FROM event_schedule_runs WHERE event_id = $1
     ORDER BY requested_at DESC, id DESC LIMIT $2`,
    [eventId, limit],
  );
  return rows;
}

/** The run a job carries out, locked; null when it is unknown or already finished. */
export async function claimScheduleRun(
  db: Queryable,
  runId: string,
  now: Date,
): Promise<ScheduleRunRecord | null> {
  const { rows } = await db.query<ScheduleRunRecord>(
    `UPDATE event_schedule_runs SET status = 'running', started_at = $2
     WHERE id = $1 AND status IN ('queued', 'running')
     RETURNING ${RUN_COLUMNS}`,
    [runId, now],
  );
  return rows[0] ?? null;
}

export async function finishScheduleRun(
  db: Queryable,
  runId: string,
  outcome: { scheduleId: string } | { errorCode: string; errorParams: Record<string, string | number> },
  now: Date,
): Promise<void> {
  if ('scheduleId' in outcome) {
    await db.query(
      `UPDATE event_schedule_runs SET status = 'done', schedule_id = $2, finished_at = $3 WHERE id = $1`,
      [runId, outcome.scheduleId, now],
    );
  } else {
    await db.query(
      `UPDATE event_schedule_runs SET status = 'failed', error_code = $2, error_params = $3, finished_at = $4
       WHERE id = $1`,
      [runId, outcome.errorCode, JSON.stringify(outcome.errorParams), now],
    );
  }
}
