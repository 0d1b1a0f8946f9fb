import type { Logger } from 'pino';
import type { Config } from './config/config.js';
import type { Database } from './db/database.js';
import type { JobRunner } from './modules/jobs/jobs.service.js';
import type { MailDispatcher } from './modules/mail/mail.service.js';
import type { Clock } from './platform/clock.js';
import type { CorridorEvents } from './platform/events.js';

/** What every service receives: configuration, the database, the clock, logs, mail, jobs and events. */
export interface AppContext {
  config: Config;
  db: Database;
  clock: Clock;
  log: Logger;
  mail: MailDispatcher;
  jobs: JobRunner;
  /** Notifications between modules after committed changes. */
  events: CorridorEvents;
}
