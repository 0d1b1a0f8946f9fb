import pino from 'pino';
import { loadConfig } from '../config/config.js';
import { type Corridor, createCorridor } from '../server.js';

/** Opens the configured platform for a one-off command, runs `work`, and closes it again. */
export async function withCorridor<T>(work: (corridor: Corridor) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // Commands print their own results; logs go to stderr and only when something is wrong.
  const logger = pino({ level: config.logLevel === 'info' ? 'warn' : config.logLevel }, pino.destination(2));
  const corridor = await createCorridor(config, { logger });
  try {
    return await work(corridor);
  } finally {
    await corridor.close();
  }
}

/** A progress bar on stderr for long imports; silent when stderr is not a terminal. */
export function progressBar(total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  return (done) => {
    if (!tty || total < 200) return;
    const width = 30;
    const filled = Math.round((done / total) * width);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
    if (done >= total) process.stderr.write('\n');
  };
}
