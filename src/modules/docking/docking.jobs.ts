import type { AppContext } from '../../app-context.js';
import { dockingIndexOf } from './docking.index-holder.js';
import { sendWeeklyDigests } from './docking.service.js';

/** The weekly digest of new matches: checked hourly, each person gets one a week at most. */
export function dockingJobs(ctx: AppContext): void {
  ctx.jobs.register(
    'docking.weekly-digest',
    async () => {
      const sent = await sendWeeklyDigests(ctx, dockingIndexOf(ctx));
      if (sent > 0) ctx.log.info({ sent }, 'weekly match digests sent');
    },
    { everySeconds: 3600 },
  );
}
