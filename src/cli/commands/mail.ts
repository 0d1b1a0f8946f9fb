import type { Command } from 'commander';
import { listOutbox } from '../../modules/mail/mail.service.js';
import { withCorridor } from '../cli-context.js';

/** `corridor mail outbox`: read what the platform sent (or, in dev mode, would have sent). */
export function registerMailCommands(program: Command): void {
  const mail = program.command('mail').description('outgoing mail');
  mail
    .command('outbox')
    .description('show the newest mail in the outbox')
    .option('--limit <n>', 'how many', '10')
    .option('--json', 'print JSON')
    .action(async (options: { limit: string; json?: boolean }) => {
      const limit = Math.min(Math.max(Number.parseInt(options.limit, 10) || 10, 1), 500);
      await withCorridor(async ({ ctx }) => {
        const entries = await listOutbox(ctx.db, limit);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
          return;
        }
        if (entries.length === 0) process.stdout.write('the outbox is empty\n');
        for (const entry of entries) {
          const state = entry.sentAt
            ? `sent ${entry.sentAt.toISOString()}`
            : entry.lastError
              ? `failed: ${entry.lastError}`
              : 'not sent (outbox only)';
          process.stdout.write(
            `#${entry.id}  ${entry.createdAt.toISOString()}  to ${entry.toAddress}  [${entry.language}] ${state}\nSubject: ${entry.subject}\n\n${entry.textBody}\n${'-'.repeat(72)}\n`,
          );
        }
      });
    });
}
