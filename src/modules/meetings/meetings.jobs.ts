import type { AppContext } from '../../app-context.js';
import { expireMeetingRequests, remindMeetingRequests } from './meetings.service.js';
import { carryOutScheduleRun, remindAgendas, SCHEDULE_RUN_JOB } from './schedules.service.js';

/**
 * Background jobs of the meetings module, every five minutes: unanswered requests expire at the
 * organiser's deadline, and each recipient is reminded once, halfway there; a day before their first
 * scheduled meeting, each participant's delegation gets its agenda's link. Both are durable
 * recurring jobs, so a restart loses nothing; a run that misses its time catches up on the next.
 * Scheduler runs requested from the organisers' page are one-off jobs.
 */
export function meetingsJobs(ctx: AppContext): void {
  ctx.jobs.register(
    'meetings.expire-requests',
    async () => {
      const expired = await expireMeetingRequests(ctx);
      if (expired > 0) ctx.log.info({ expired }, 'meeting requests expired');
    },
    { everySeconds: 300 },
  );
  ctx.jobs.register(
    'meetings.remind-requests',
    async () => {
      await remindMeetingRequests(ctx);
    },
    { everySeconds: 300 },
  );
  ctx.jobs.register(
    'meetings.remind-agendas',
    async () => {
      const reminded = await remindAgendas(ctx);
      if (reminded > 0) ctx.log.info({ reminded }, 'agenda reminders sent');
    },
    { everySeconds: 300 },
  );
  ctx.jobs.register(SCHEDULE_RUN_JOB, async (payload) => {
    if (typeof payload.runId === 'string') await carryOutScheduleRun(ctx, payload.runId);
  });
}
