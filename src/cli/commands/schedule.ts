import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Command, InvalidArgumentError } from 'commander';
import {
  b2bInstanceToEvent,
  DznParseError,
  estimateEventBounds,
  parseB2bInstance,
  SchedulerInputError,
  scheduleMeetings,
  validateSchedule,
} from '../../engines/scheduler/index.js';

/** Seconds the scheduler may search when `--time-limit` is not given. */
const DEFAULT_TIME_LIMIT_SECONDS = 10;

interface ScheduleCommandOptions {
  dzn: string;
  timeLimit: number;
  seed: number;
  json?: boolean;
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
  let text: string;
  try {
    text = await readFile(options.dzn, 'utf8');
  } catch (error) {
    process.stderr.write(
      `cannot read ${options.dzn}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
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
      const lines = [
        `instance          ${summary.instance}`,
        `meetings placed   ${summary.placed} / ${summary.requested} (at most ${summary.placedUpperBound} can be)`,
        `total breaks      ${summary.totalBreaks} (at least ${summary.breaksLowerBound})`,
        `max-min breaks    ${summary.fairnessGap}`,
        `valid             ${summary.valid ? 'yes' : `no: ${validation.violations.length} violations`}`,
        `time              ${seconds.toFixed(2)} s (${summary.stoppedBy.replace('_', ' ')})`,
      ];
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
 * Adds `schedule --dzn FILE [--time-limit SECONDS] [--seed N] [--json]`: schedules a B2B meeting
 * instance in the MiniZinc format of Bofill et al. and prints meetings placed, breaks, fairness,
 * validity and time. Exit code 1 on unreadable input, 2 if the schedule fails validation.
 */
export function registerScheduleCommand(program: Command): Command {
  return program
    .command('schedule')
    .description('schedule the 1:1 meetings of a brokerage event given as a .dzn instance')
    .requiredOption('--dzn <file>', 'instance in the MiniZinc .dzn format (nBusiness, requested, ...)')
    .option('--time-limit <seconds>', 'search time', positiveNumber, DEFAULT_TIME_LIMIT_SECONDS)
    .option('--seed <n>', 'seed of the search', integer, 1)
    .option('--json', 'print the figures and the schedule as JSON')
    .action(async (options: ScheduleCommandOptions) => {
      await runSchedule(options);
    });
}
