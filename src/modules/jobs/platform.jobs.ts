import type { AppContext } from '../../app-context.js';
import { pruneRateLimits } from '../../platform/rate-limit.js';

/** Platform housekeeping: mail delivery every 30 s, pruning of old rate-limit counters hourly. */
export function platformJobs(ctx: AppContext): void {
  ctx.jobs.register(
    'mail.deliver',
    async () => {
      await ctx.mail.deliverPending();
    },
    { everySeconds: 30 },
  );
  ctx.jobs.register(
    'rate-limits.prune',
    async () => {
      await pruneRateLimits(ctx.db, new Date(ctx.clock.now().getTime() - 86_400_000));
    },
    { everySeconds: 3600 },
  );
}
