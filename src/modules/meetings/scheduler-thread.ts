/**
 * Runs the meeting scheduler in a worker thread, so that a search of several seconds leaves the
 * server answering everyone else meanwhile. The job and its result cross the thread boundary by
 * structured clone: plain data only.
 */
import { Worker } from 'node:worker_threads';
import type {
  BrokerageEvent,
  MeetingSchedule,
  ParticipantScheduleChange,
  PublishedSchedule,
  SchedulerStats,
} from '../../engines/scheduler/index.js';

export interface SchedulerJob {
  brokerage: BrokerageEvent;
  /** The published schedule to keep where possible, or null for a first schedule. */
  published: PublishedSchedule | null;
  seed: number;
  maxIterations: number;
  timeLimitMs: number;
}

export interface SchedulerJobResult {
  schedule: MeetingSchedule;
  stats: SchedulerStats;
  /** Per participant, what changed against the published schedule (empty for a first schedule). */
  changes: ParticipantScheduleChange[];
}

const WORKER_URL = new URL('./scheduler-thread.worker.mjs', import.meta.url);

/** Schedules in a fresh worker thread; rejects if the worker fails or exits without an answer. */
export function scheduleInWorker(job: SchedulerJob): Promise<SchedulerJobResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_URL, { workerData: job });
    let answered = false;
    worker.once('message', (result: SchedulerJobResult) => {
      answered = true;
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      answered = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`scheduler worker exited with code ${code} before answering`));
    });
  });
}
