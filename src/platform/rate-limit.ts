import type { Queryable } from '../db/database.js';
import { CorridorError } from './errors.js';

export interface RateLimitRule {
  /** What is counted, e.g. `login:email:ana@x.la`. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts a hit in a fixed window kept in the database (so limits hold across processes and restarts)
 * and throws RateLimited once the window's limit is passed.
 */
export async function hitRateLimit(db: Queryable, rule: RateLimitRule, now: Date): Promise<void> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const { rows } = await db.query<{ hits: number }>(
    `INSERT INTO rate_limit_counters (bucket, window_start, hits) VALUES ($1, $2, 1)
     ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_limit_counters.hits + 1
     RETURNING hits`,
    [rule.bucket, windowStart],
  );
  const hits = rows[0]?.hits ?? 0;
  if (hits > rule.limit) {
    const retryAfterSeconds = Math.max(
      1,
      Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
    );
    throw new CorridorError('RateLimited', { retryAfterSeconds });
  }
}

/** How many hits a bucket has in the current window, without counting one. */
export async function peekRateLimit(db: Queryable, rule: RateLimitRule, now: Date): Promise<number> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const { rows } = await db.query<{ hits: number }>(
    'SELECT hits FROM rate_limit_counters WHERE bucket = $1 AND window_start = $2',
    [rule.bucket, windowStart],
  );
  return rows[0]?.hits ?? 0;
}

/** Drops counters of windows that ended long ago. */
export async function pruneRateLimits(db: Queryable, olderThan: Date): Promise<void> {
  await db.query('DELETE FROM rate_limit_counters WHERE window_start < $1', [olderThan]);
}
