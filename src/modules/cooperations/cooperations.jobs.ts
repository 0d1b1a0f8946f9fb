import type { AppContext } from '../../app-context.js';
import { remindDueNextSteps } from './cooperations.service.js';

/** Background jobs of the cooperation pipeline: next-step reminders, hourly. */
export function cooperationsJobs(ctx: AppContext): void {
  ctx.jobs.register(
    'cooperations.remind-next-steps',
    async () => {
      const reminded = await remindDueNextSteps(ctx);
      if (reminded > 0) ctx.log.info({ reminded }, 'next-step reminders queued');
    },
    { everySeconds: 3600 },
  );
}
