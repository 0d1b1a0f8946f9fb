import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * Starts a real SMTP server on loopback for the run. Every mail the platform sends is parsed and
 * written as one JSON file into E2E_MAIL_DIR, where tests read it (e2e/support/mail.ts). Returns the
 * teardown that stops the server.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const mailDir = process.env.E2E_MAIL_DIR;
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!mailDir || !port)
    throw new Error('E2E_MAIL_DIR and E2E_SMTP_PORT must be set by playwright.config.ts');
  rmSync(mailDir, { recursive: true, force: true });
  mkdirSync(mailDir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          count += 1;
          const mail = {
            to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            receivedAt: new Date().toISOString(),
          };
          // Written under another name, then renamed: tests polling the folder never read half a file.
          const name = `${String(count).padStart(5, '0')}.json`;
          writeFileSync(path.join(mailDir, `${name}.part`), JSON.stringify(mail, null, 2));
          renameSync(path.join(mailDir, `${name}.part`), path.join(mailDir, name));
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
}
