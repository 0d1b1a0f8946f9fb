import type { Database, Queryable } from '../../db/database.js';
import type { Clock } from '../../platform/clock.js';

/** A job handler; throwing makes the runner retry later with back-off. */
export type JobHandler = (payload: Record<string, unknown>) => Promise<void>;

export interface RecurringJob {
  kind: string;
  /** Seconds between runs. */
  everySeconds: number;
}

/**
 * Durable background jobs kept in PostgreSQL. A job survives restarts; a crashed run is picked up
 * again once its lock expires; recurring jobs re-schedule themselves after each run.
 */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly recurring = new Map<string, RecurringJob>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly clock: Clock,
    private readonly onError: (kind: string, error: unknown) => void = () => undefined,
  ) {}

  register(kind: string, handler: JobHandler, recurring?: { everySeconds: number }): void {
    this.handlers.set(kind, handler);
    if (recurring) this.recurring.set(kind, { kind, everySeconds: recurring.everySeconds });
  }

  /** Makes sure each recurring job has a pending run. */
  async scheduleRecurring(): Promise<void> {
    for (const job of this.recurring.values()) {
      await enqueueJob(this.db, job.kind, {}, { dedupeKey: job.kind, runAt: this.clock.now() });
    }
  }

  /** Runs every job that is due now; returns how many ran. */
  runDue(): Promise<number> {
    // One pass at a time in this process; other processes are kept apart by the row locks.
    if (!this.running) {
      this.running = this.runDueOnce().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private async runDueOnce(): Promise<number> {
    let ran = 0;
    for (;;) {
      const now = this.clock.now();
      const job = await this.db.transaction(async (tx) => {
        const { rows } = await tx.query<{ id: number; kind: string; payload: Record<string, unknown> }>(
          `SELECT id, kind, payload FROM jobs
           WHERE (status = 'pending' AND run_at <= $1) OR (status = 'running' AND locked_until < $1)
           ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [now],
        );
        const row = rows[0];
        if (!row) return null;
        await tx.query(
          `UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_until = $2 WHERE id = $1`,
          [row.id, new Date(now.getTime() + 10 * 60_000)],
        );
        return row;
      });
      if (!job) return ran;
      ran += 1;
      await this.execute(job.id, job.kind, job.payload);
    }
  }

  private async execute(id: number, kind: string, payload: Record<string, unknown>): Promise<void> {
    const handler = this.handlers.get(kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${kind}`);
      await handler(payload);
      await this.db.transaction(async (tx) => {
        await tx.query(`UPDATE jobs SET status = 'done', finished_at = $2, last_error = NULL WHERE id = $1`, [
          id,
          this.clock.now(),
        ]);
        const recurring = this.recurring.get(kind);
        if (recurring) {
          await enqueueJob(
            tx,
            kind,
            {},
            {
              dedupeKey: kind,
              runAt: new Date(this.clock.now().getTime() + recurring.everySeconds * 1000),
            },
          );
        }
      });
    } catch (error) {
      this.onError(kind, error);
      const message = error instanceof Error ? error.message : String(error);
      await this.db.query(
        `UPDATE jobs SET
           status = CASE WHEN attempts >= max_attempts THEN 'failed' ELSE 'pending' END,
           run_at = $2::timestamptz + make_interval(secs => 30 * power(2, attempts)),
           last_error = $3, locked_until = NULL,
           finished_at = CASE WHEN attempts >= max_attempts THEN $2::timestamptz ELSE NULL END
         WHERE id = $1`,
        [id, this.clock.now(), message],
      );
    }
  }

  /**
   * Runs due jobs now rather than at the next poll, when this runner polls (a server); otherwise (tests,
   * one-off commands) does nothing, and whoever runs jobs keeps doing so.
   */
  nudge(): void {
    if (this.timer) this.runDue().catch((error: unknown) => this.onError('runner', error));
  }

  /** Polls for due jobs every `seconds` until stopped. */
  start(seconds: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.runDue().catch((error: unknown) => this.onError('runner', error));
    }, seconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}

/** Adds a job; with a dedupe key, does nothing when a pending run with that key exists. */
export async function enqueueJob(
  db: Queryable,
  kind: string,
  payload: Record<string, unknown>,
  options: { dedupeKey?: string; runAt?: Date } = {},
): Promise<void> {
  await db.query(
    `INSERT INTO jobs (kind, payload, dedupe_key, run_at) VALUES ($1, $2, $3, COALESCE($4, now()))
     ON CONFLICT (dedupe_key) WHERE status IN ('pending', 'running') DO NOTHING`,
    [kind, JSON.stringify(payload), options.dedupeKey ?? null, options.runAt ?? null],
  );
}
