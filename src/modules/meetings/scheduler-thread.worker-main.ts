/**
 * Inside the scheduler's worker thread: runs the engine on the job it was started with and posts the
 * result back. The engine is synchronous and may search for seconds; here it does not hold up the
 * server's event loop.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import {
  rescheduleMeetings,
  type SchedulerOptions,
  scheduleMeetings,
} from '../../engines/scheduler/index.js';
import type { SchedulerJob, SchedulerJobResult } from './scheduler-thread.js';

function run(job: SchedulerJob): SchedulerJobResult {
  const options: SchedulerOptions = {
    seed: job.seed,
    maxIterations: job.maxIterations,
    timeLimit: { milliseconds: job.timeLimitMs, now: () => performance.now() },
  };
  if (job.published) {
    const { schedule, stats, changes } = rescheduleMeetings(job.published, job.brokerage, options);
    return { schedule, stats, changes };
  }
  const { schedule, stats } = scheduleMeetings(job.brokerage, options);
  return { schedule, stats, changes: [] };
}

parentPort?.postMessage(run(workerData as SchedulerJob));
