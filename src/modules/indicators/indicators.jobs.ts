import type { AppContext } from '../../app-context.js';
import { refreshActivityIndicators } from './indicators.service.js';

/** How often the docking and meeting figures are recomputed from the records. */
export const ACTIVITY_REFRESH_SECONDS = 600;

/** Background jobs of the indicators: the docking and meeting rollups, every ten minutes. */
export function indicatorsJobs(ctx: AppContext): void {
  ctx.jobs.register('indicators.refresh-activity', () => refreshActivityIndicators(ctx), {
    everySeconds: ACTIVITY_REFRESH_SECONDS,
  });
}
