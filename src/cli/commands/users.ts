import type { Command } from 'commander';
import { z } from 'zod';
import { COUNTRIES, LANGUAGES } from '../../domain/vocabulary.js';
import { emailSchema, passwordSchema } from '../../modules/auth/auth.schema.js';
import { findUserByEmail, insertUser, setPlatformRole } from '../../modules/users/users.repository.js';
import { hashPassword, newToken } from '../../platform/secrets.js';
import { parseOrThrow } from '../../platform/validation.js';
import { withCorridor } from '../cli-context.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** `corridor users create-admin`. */
export function registerUsersCommands(program: Command): void {
  const users = program.command('users').description('user accounts');
  users
    .command('create-admin')
    .description('create a platform administrator, or make an existing account one')
    .requiredOption('--email <email>', 'sign-in address')
    .option('--name <name>', 'display name', 'Platform administrator')
    .option('--language <lang>', `preferred language (${LANGUAGES.join(', ')})`, 'en')
    .option('--country <country>', `country (${COUNTRIES.join(', ')})`, 'OTHER')
    .option(
      '--password-stdin',
      'read the password from standard input; otherwise one is generated and printed',
    )
    .action(
      async (options: {
        email: string;
        name: string;
        language: string;
        country: string;
        passwordStdin?: boolean;
      }) => {
        const input = parseOrThrow(
          z.object({
            email: emailSchema,
            name: z.string().trim().min(1).max(120),
            language: z.enum(LANGUAGES),
            country: z.enum(COUNTRIES),
            password: passwordSchema,
          }),
          {
            email: options.email,
            name: options.name,
            language: options.language,
            country: options.country,
            password: options.passwordStdin ? await readStdin() : newToken().slice(0, 20),
          },
        );
        await withCorridor(async ({ ctx }) => {
          const existing = await findUserByEmail(ctx.db, input.email);
          if (existing) {
            await setPlatformRole(ctx.db, existing.id, 'administrator', null);
            process.stdout.write(`${input.email} is now a platform administrator\n`);
            return;
          }
          await insertUser(ctx.db, {
            email: input.email,
            displayName: input.name,
            preferredLanguage: input.language,
            country: input.country,
            passwordHash: await hashPassword(input.password),
            emailVerifiedAt: ctx.clock.now(),
            platformRole: 'administrator',
          });
          process.stdout.write(`created administrator ${input.email}\n`);
          if (!options.passwordStdin) process.stdout.write(`password (shown once): ${input.password}\n`);
        });
      },
    );
}
