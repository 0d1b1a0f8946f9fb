import fs from 'node:fs';
import { Command } from 'commander';
import { ConfigError } from '../config/config.js';
import { errorBody } from '../http/error-response.js';
import { languageFromAcceptHeader } from '../i18n/server/index.js';
import { isCorridorError } from '../platform/errors.js';
import { registerDatabaseCommands } from './commands/database.js';
import { registerEvalXlingCommand } from './commands/eval-xling.js';
import { registerLexiconCommand } from './commands/lexicon.js';
import { registerMailCommands } from './commands/mail.js';
import { registerProfilesCommands } from './commands/profiles.js';
import { registerScheduleCommand } from './commands/schedule.js';
import { registerServeCommand } from './commands/serve.js';
import { registerUsersCommands } from './commands/users.js';

/** The `corridor` command line: the same services the HTTP API calls. */
async function main(argv: string[]): Promise<void> {
  const { version } = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const program = new Command()
    .name('corridor')
    .description('Corridor, the open platform of the Lancang-Mekong Innovation Corridor')
    .version(version)
    .showHelpAfterError();
  registerServeCommand(program);
  registerDatabaseCommands(program);
  registerUsersCommands(program);
  registerProfilesCommands(program);
  registerMailCommands(program);
  registerScheduleCommand(program);
  registerLexiconCommand(program);
  registerEvalXlingCommand(program);
  await program.parseAsync(argv);
}

main(process.argv).catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (isCorridorError(error)) {
    // Bad input on the command line: say which option is wrong, as the API would, without a stack.
    const language = languageFromAcceptHeader(process.env.LANG?.replace('_', '-').split('.')[0]);
    const body = errorBody(error, language, 'cli');
    const fields = body.error.details.fields ?? [];
    process.stderr.write(
      `${body.error.message}\n${fields.map((f) => `  ${f.field}: ${f.message}\n`).join('')}`,
    );
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
