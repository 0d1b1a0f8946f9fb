import type { Command } from 'commander';
import { loadConfig } from '../../config/config.js';
import { migrate } from '../../db/migrate.js';
import { seedDemo } from '../../demo/seed.js';
import { openConfiguredDatabase } from '../../server.js';
import { withCorridor } from '../cli-context.js';

/** `corridor db migrate` and `corridor db seed --demo`. */
export function registerDatabaseCommands(program: Command): void {
  const db = program.command('db').description('database maintenance');
  db.command('migrate')
    .description('apply the numbered SQL migrations that are not applied yet')
    .action(async () => {
      const database = await openConfiguredDatabase(loadConfig());
      try {
        const applied = await migrate(database);
        process.stdout.write(
          applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n',
        );
      } finally {
        await database.close();
      }
    });
  db.command('seed')
    .description('seed data')
    .requiredOption('--demo', 'the demo corridor (only into an empty database)')
    .action(async () => {
      await withCorridor(async ({ ctx }) => {
        const result = await seedDemo(ctx);
        process.stdout.write(
          result.seeded
            ? `seeded ${result.organisations} organisations, ${result.people} people, ${result.profiles} profiles\n`
            : 'the database already has organisations; nothing seeded\n',
        );
      });
    });
}
