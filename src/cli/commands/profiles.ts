import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { PROFILE_STATUSES } from '../../domain/vocabulary.js';
import { exportProfiles, importProfiles, readImportFile } from '../../modules/profiles/profiles.transfer.js';
import { progressBar, withCorridor } from '../cli-context.js';

function formatOf(file: string, given: string | undefined): 'csv' | 'json' {
  const format = given ?? (path.extname(file).toLowerCase() === '.json' ? 'json' : 'csv');
  if (format !== 'csv' && format !== 'json') throw new Error(`unknown format "${format}": use csv or json`);
  return format;
}

/** `corridor profiles import FILE` and `corridor profiles export`. */
export function registerProfilesCommands(program: Command): void {
  const profiles = program.command('profiles').description('opportunity profiles');
  profiles
    .command('import')
    .description(
      'import profiles from CSV or JSON; every bad row is reported, good rows are committed together',
    )
    .argument('<file>', 'a .csv or .json file')
    .option('--format <format>', 'csv or json (default: from the file name)')
    .option('--author <email>', 'the user recorded as author of the imported profiles')
    .option('--dry-run', 'check every row, import nothing')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        options: { format?: string; author?: string; dryRun?: boolean; json?: boolean },
      ) => {
        const format = formatOf(file, options.format);
        const { records, fileError } = readImportFile(fs.readFileSync(file, 'utf8'), format);
        if (fileError) {
          process.stderr.write(`${file}: ${fileError}\n`);
          process.exitCode = 1;
          return;
        }
        const report = await withCorridor(({ ctx }) =>
          importProfiles(ctx, records, {
            ...(options.author ? { authorEmail: options.author } : {}),
            dryRun: Boolean(options.dryRun),
            onProgress: progressBar(records.length),
          }),
        );
        if (options.json) {
          process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          for (const rejection of report.rejected) {
            for (const reason of rejection.reasons) {
              process.stdout.write(
                `line ${rejection.line}: ${reason.field}: ${reason.message} (${reason.code})\n`,
              );
            }
          }
          process.stdout.write(
            `${report.total} rows: ${report.dryRun ? 'dry run, nothing imported' : `${report.imported} imported`}, ${report.rejected.length} rejected\n`,
          );
        }
        if (report.rejected.length > 0) process.exitCode = 1;
      },
    );
  profiles
    .command('export')
    .description('export profiles as CSV or JSON')
    .option('--format <format>', 'csv or json', 'csv')
    .option('--status <statuses>', `comma-separated (${PROFILE_STATUSES.join(', ')})`, 'published')
    .option('--out <file>', 'write to a file instead of standard output')
    .action(async (options: { format: string; status: string; out?: string }) => {
      const format = formatOf(options.out ?? `x.${options.format}`, options.format);
      const statuses = options.status.split(',').map((s) => s.trim());
      const unknown = statuses.filter((s) => !(PROFILE_STATUSES as readonly string[]).includes(s));
      if (unknown.length) throw new Error(`unknown status: ${unknown.join(', ')}`);
      await withCorridor(async ({ ctx }) => {
        const out: NodeJS.WritableStream = options.out ? fs.createWriteStream(options.out) : process.stdout;
        for await (const chunk of exportProfiles(ctx, format, statuses)) {
          if (!out.write(chunk)) await new Promise((resolve) => out.once('drain', resolve));
        }
        if (options.out) await new Promise<void>((resolve) => out.end(() => resolve()));
      });
    });
}
