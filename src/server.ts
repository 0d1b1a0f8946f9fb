import pino, { type Logger } from 'pino';
import type { AppContext } from './app-context.js';
import type { Config } from './config/config.js';
import { type Database, openDatabase } from './db/database.js';
import { migrate } from './db/migrate.js';
import { buildHttpApp, type CorridorApp, type RouteModule } from './http/app.js';
import { webAppRoutes } from './http/web-app.js';
import { adminRoutes } from './modules/admin/admin.routes.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { cooperationsJobs } from './modules/cooperations/cooperations.jobs.js';
import { cooperationsRoutes } from './modules/cooperations/cooperations.routes.js';
import { dockingJobs } from './modules/docking/docking.jobs.js';
import { dockingRoutes } from './modules/docking/docking.routes.js';
import { eventsRoutes } from './modules/events/events.routes.js';
import { indicatorsJobs } from './modules/indicators/indicators.jobs.js';
import { indicatorsRoutes } from './modules/indicators/indicators.routes.js';
import { interestsRoutes } from './modules/interests/interests.routes.js';
import { JobRunner } from './modules/jobs/jobs.service.js';
import { platformJobs } from './modules/jobs/platform.jobs.js';
import { MailDispatcher } from './modules/mail/mail.service.js';
import { meetingsJobs } from './modules/meetings/meetings.jobs.js';
import { meetingsRoutes } from './modules/meetings/meetings.routes.js';
import { organisationsRoutes } from './modules/organisations/organisations.routes.js';
import { profilesJobs } from './modules/profiles/profiles.jobs.js';
import { profilesRoutes } from './modules/profiles/profiles.routes.js';
import { ratesRoutes } from './modules/rates/rates.routes.js';
import { statsRoutes } from './modules/stats/stats.routes.js';
import { taxonomyRoutes } from './modules/taxonomy/taxonomy.routes.js';
import { terminologyRoutes } from './modules/terminology/terminology.routes.js';
import { usersRoutes } from './modules/users/users.routes.js';
import { type Clock, systemClock } from './platform/clock.js';
import { CorridorEvents } from './platform/events.js';

/** Every route module of the API, in registration order. */
export const ROUTE_MODULES: readonly RouteModule[] = [
  authRoutes,
  usersRoutes,
  organisationsRoutes,
  profilesRoutes,
  taxonomyRoutes,
  statsRoutes,
  adminRoutes,
  cooperationsRoutes,
  ratesRoutes,
  indicatorsRoutes,
  interestsRoutes,
  terminologyRoutes,
  dockingRoutes,
  eventsRoutes,
  meetingsRoutes,
  // Last: its catch-all serves the single-page app for every other GET outside /api/.
  webAppRoutes,
];

/** Every module's background jobs; each registers its handlers on ctx.jobs. */
export const JOB_MODULES: ReadonlyArray<(ctx: AppContext) => void> = [
  platformJobs,
  profilesJobs,
  cooperationsJobs,
  indicatorsJobs,
  meetingsJobs,
  dockingJobs,
];

export interface Corridor {
  ctx: AppContext;
  app: CorridorApp;
  close(): Promise<void>;
}

export interface CreateCorridorOptions {
  /** An already open database (tests); otherwise one is opened from the configuration. */
  db?: Database;
  clock?: Clock;
  logger?: Logger;
}

/** Opens the database from the configuration: PostgreSQL when DATABASE_URL is set, else PGlite. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ url: config.databaseUrl, dataDir: config.dataDir });
}

/** Connects, migrates and wires the services, jobs and HTTP routes; does not listen yet. */
export async function createCorridor(config: Config, options: CreateCorridorOptions = {}): Promise<Corridor> {
  const log = options.logger ?? pino({ level: config.logLevel });
  const db = options.db ?? (await openConfiguredDatabase(config));
  await migrate(db);
  const clock = options.clock ?? systemClock;
  const mail = new MailDispatcher(db, config.smtpUrl, config.mailFrom);
  const jobs = new JobRunner(db, clock, (kind, error) => log.error({ err: error, job: kind }, 'job failed'));
  const ctx: AppContext = { config, db, clock, log, mail, jobs, events: new CorridorEvents() };

  for (const register of JOB_MODULES) register(ctx);

  const app = await buildHttpApp(ctx, ROUTE_MODULES);
  return {
    ctx,
    app,
    async close() {
      await jobs.stop();
      await app.close();
      mail.close();
      if (!options.db) await db.close();
    },
  };
}
