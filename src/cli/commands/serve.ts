import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { seedDemo } from '../../demo/seed.js';
import { dockingIndexOf } from '../../modules/docking/docking.index-holder.js';
import { createCorridor } from '../../server.js';

/** `corridor serve`: the HTTP server with its background jobs. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the platform (API, web app, background jobs)')
    .option('--seed-demo', 'seed the demo corridor when the database is empty')
    .option('--port <port>', 'port to listen on (overrides PORT)')
    .action(async (options: { seedDemo?: boolean; port?: string }) => {
      const config = loadConfig(options.port ? { ...process.env, PORT: options.port } : process.env);
      const corridor = await createCorridor(config);
      const { ctx, app } = corridor;
      if (options.seedDemo) {
        const result = await seedDemo(ctx);
        if (result.seeded) {
          ctx.log.info(
            { organisations: result.organisations, people: result.people, profiles: result.profiles },
            'demo corridor seeded',
          );
        }
      }
      await ctx.jobs.scheduleRecurring();
      ctx.jobs.start(config.jobPollSeconds);
      void ctx.jobs.runDue();
      await app.listen({ port: config.port, host: config.host });
      // Build the docking index now, in the background, so the first search does not wait for it.
      dockingIndexOf(ctx)
        .get()
        .catch((error: unknown) => ctx.log.error({ err: error }, 'docking index build failed'));
      ctx.log.info(
        { url: config.publicUrl, database: ctx.db.backend, mail: ctx.mail.enabled ? 'smtp' : 'outbox only' },
        'Corridor is ready',
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        ctx.log.info({ signal }, 'shutting down');
        await corridor.close();
        process.exit(0);
      };
      process.on('SIGINT', () => void stop('SIGINT'));
      process.on('SIGTERM', () => void stop('SIGTERM'));
    });
}
