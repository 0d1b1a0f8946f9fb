import type { AppContext } from '../../app-context.js';
import { expireDueProfiles, remindExpiringProfiles } from './profiles.service.js';

/** Background jobs of the profiles module: expiry and renewal reminders, hourly. */
export function profilesJobs(ctx: AppContext): void {
  ctx.jobs.register(
    'profiles.expire',
    async () => {
      const expired = await expireDueProfiles(ctx);
      if (expired > 0) ctx.log.info({ expired }, 'profiles expired');
    },
    { everySeconds: 3600 },
  );
  ctx.jobs.register(
    'profiles.remind-expiring',
    async () => {
      await remindExpiringProfiles(ctx);
    },
    { everySeconds: 3600 },
  );
}
