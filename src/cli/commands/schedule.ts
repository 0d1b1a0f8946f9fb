import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import { LANGUAGES, type Language } from '../../domain/vocabulary.js';
import {
  b2bInstanceToEvent,
  DznParseError,
  estimateEventBounds,
  parseB2bInstance,
  SchedulerInputError,
  scheduleMeetings,
  validateSchedule,
} from '../../engines/scheduler/index.js';
import { languageFromAcceptHeader, type MessageKey, translate } from '../../i18n/server/index.js';

/** Seconds the scheduler may search when `--time-limit` is not given. */
const DEFAULT_TIME_LIMIT_SECONDS = 10;

interface ScheduleCommandOptions {
  dzn: string;
  timeLimit: number;
  seed: number;
  json?: boolean;
  lang?: Language;
}

function parseLanguage(value: string): Language {
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (!language)
    throw new InvalidArgumentError(`unknown language "${value}" (one of ${LANGUAGES.join(', ')})`);
  return language;
}

/** `--lang`, else the language of the LANG environment variable (`th_TH.UTF-8` → th), else English. */
export function outputLanguage(option: Language | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  return option ?? languageFromAcceptHeader(env.LANG?.replace('_', '-').split('.')[0]);
}

type StoppedBy = 'proven_optimal' | 'bound_reached' | 'iterations' | 'time';

const STOPPED_BY: Record<StoppedBy, MessageKey> = {
  proven_optimal: 'cli.schedule.stoppedBy.proven_optimal',
  bound_reached: 'cli.schedule.stoppedBy.bound_reached',
  iterations: 'cli.schedule.stoppedBy.iterations',
  time: 'cli.schedule.stoppedBy.time',
};

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Columns a label takes in a terminal: one per grapheme (Thai, Lao, Khmer and Burmese marks join their letter), two for CJK. */
function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of graphemes.segment(text))
    width += /[\u3000-\u9fff\uff00-\uffef]/u.test(segment) ? 2 : 1;
  return width;
}

/** Label and value rows, the values aligned two columns after the widest label. */
function aligned(rows: ReadonlyArray<readonly [string, string]>): string[] {
  const width = Math.max(16, ...rows.map(([label]) => displayWidth(label))) + 2;
  return rows.map(([label, value]) => `${label}${' '.repeat(width - displayWidth(label))}${value}`);
}

function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new InvalidArgumentError('expected a positive number');
  return parsed;
}

function integer(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) throw new InvalidArgumentError('expected an integer');
  return parsed;
}

/** Reads a `.dzn` meeting instance, schedules it, checks the result and prints the figures. */
async function runSchedule(options: ScheduleCommandOptions): Promise<void> {
  const language = outputLanguage(options.lang);
  const t = (key: MessageKey, params?: Record<string, string | number>) => translate(language, key, params);
  let text: string;
  try {
    text = await readFile(options.dzn, 'utf8');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`${t('cli.schedule.cannotRead', { file: options.dzn, reason })}\n`);
    process.exitCode = 1;
    return;
  }

  try {
    const event = b2bInstanceToEvent(parseB2bInstance(text));
    const startedAt = performance.now();
    const result = scheduleMeetings(event, {
      seed: options.seed,
      timeLimit: { milliseconds: options.timeLimit * 1000, now: () => performance.now() },
    });
    const seconds = (performance.now() - startedAt) / 1000;
    const validation = validateSchedule(event, result.schedule);
    const bounds = estimateEventBounds(event);
    const summary = {
      instance: path.basename(options.dzn),
      placed: validation.score.placed,
      requested: validation.score.requested,
      placedUpperBound: result.stats.placedUpperBound,
      totalBreaks: validation.score.totalBreaks,
      breaksLowerBound: result.stats.breaksLowerBound,
      fairnessGap: validation.score.fairnessGap,
      minShare: validation.score.minShare,
      valid: validation.valid,
      violations: validation.violations,
      seconds: Number(seconds.toFixed(3)),
      stoppedBy: result.stats.stoppedBy,
      overloadedParticipants: bounds.overloadedParticipants,
    };
    if (options.json) {
      process.stdout.write(`${JSON.stringify({ ...summary, schedule: result.schedule }, null, 2)}\n`);
    } else {
      const lines = aligned([
        [t('cli.schedule.instance'), summary.instance],
        [
          t('cli.schedule.placed'),
          t('cli.schedule.placedValue', {
            placed: summary.placed,
            requested: summary.requested,
            bound: summary.placedUpperBound,
          }),
        ],
        [
          t('cli.schedule.breaks'),
          t('cli.schedule.breaksValue', { breaks: summary.totalBreaks, bound: summary.breaksLowerBound }),
        ],
        [t('cli.schedule.fairness'), String(summary.fairnessGap)],
        [
          t('cli.schedule.valid'),
          summary.valid
            ? t('cli.schedule.yes')
            : t('cli.schedule.invalid', { count: validation.violations.length }),
        ],
        [
          t('cli.schedule.time'),
          t('cli.schedule.timeValue', {
            seconds: seconds.toFixed(2),
            stoppedBy: t(STOPPED_BY[summary.stoppedBy]),
          }),
        ],
      ]);
      // The validator's messages name meetings and slots in the engine's own (English) words.
      for (const violation of validation.violations.slice(0, 10)) lines.push(`  - ${violation.message}`);
      process.stdout.write(`${lines.join('\n')}\n`);
    }
    if (!validation.valid) process.exitCode = 2;
  } catch (error) {
    if (error instanceof DznParseError || error instanceof SchedulerInputError) {
      process.stderr.write(`${options.dzn}: ${error.message} (${error.code})\n`);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

/**
 * Adds `schedule --dzn FILE [--time-limit SECONDS] [--seed N] [--json] [--lang LANG]`: schedules a
 * B2B meeting instance in the MiniZinc format of Bofill et al. and prints meetings placed, breaks,
 * fairness, validity and time, labelled in the chosen language (`--json` is language-neutral). Exit code 1 on unreadable input, 2 if the schedule fails validation.
 */
export function registerScheduleCommand(program: Command): Command {
  return program
    .command('schedule')
    .description('schedule the 1:1 meetings of a brokerage event given as a .dzn instance')
    .requiredOption('--dzn <file>', 'instance in the MiniZinc .dzn format (nBusiness, requested, ...)')
    .option('--time-limit <seconds>', 'search time', positiveNumber, DEFAULT_TIME_LIMIT_SECONDS)
    .option('--seed <n>', 'seed of the search', integer, 1)
    .option('--json', 'print the figures and the schedule as JSON (the same in every language)')
    .option(
      '--lang <lang>',
      `language of the labels (${LANGUAGES.join(', ')}); default from LANG, else en`,
      parseLanguage,
    )
    .action(async (options: ScheduleCommandOptions) => {
      await runSchedule(options);
    });
}
