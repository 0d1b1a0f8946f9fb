import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error('E2E_MAIL_DIR is not set');
  return dir;
}

export function receivedMail(): ReceivedMail[] {
  const dir = mailDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as ReceivedMail);
}

/**
 * Waits for a mail to `to` whose text contains `contains`. The platform's outbox is delivered by a
 * background job every 30 seconds, so this waits up to 75 seconds.
 */
export async function waitForMail(to: string, contains: string, timeoutMs = 75_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = receivedMail().find((m) => m.to.includes(to.toLowerCase()) && m.text.includes(contains));
    if (found) return found;
    if (Date.now() > deadline)
      throw new Error(`no mail to ${to} containing ${contains} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The first link in a mail that points at `pathname` on the platform. */
export function linkIn(mail: ReceivedMail, pathname: string): string {
  const match = new RegExp(`https?://\\S+${pathname.replace(/[/?]/g, '\\$&')}\\S*`).exec(mail.text);
  if (!match) throw new Error(`no ${pathname} link in mail:\n${mail.text}`);
  return match[0];
}
