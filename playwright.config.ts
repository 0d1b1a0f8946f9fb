import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the real server and the built web app, in Debian's Chromium (Playwright never
 * downloads a browser here). The server gets a fresh embedded database with the demo corridor, and
 * sends its mail to the SMTP server that e2e/support/global-setup.ts starts on loopback.
 */
const PORT = Number(process.env.E2E_PORT ?? 8791);
const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 8792);
export const E2E = {
  baseUrl: `http://127.0.0.1:${PORT}`,
  smtpPort: SMTP_PORT,
  dataDir: path.join(os.tmpdir(), 'corridor-e2e-data'),
  mailDir: path.join(os.tmpdir(), 'corridor-e2e-mail'),
};
process.env.E2E_MAIL_DIR = E2E.mailDir;
process.env.E2E_SMTP_PORT = String(SMTP_PORT);

/** Deletes the previous run's database before the server starts (in the server's own shell, not in workers). */
const freshData = `node -e "require('node:fs').rmSync(process.env.CORRIDOR_DATA_DIR,{recursive:true,force:true})"`;
const serve = process.env.E2E_SERVER_COMMAND ?? 'node bin/corridor.mjs serve --seed-demo';

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-artifacts/playwright',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: E2E.baseUrl,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `${freshData} && ${serve}`,
    url: `${E2E.baseUrl}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      CORRIDOR_DATA_DIR: E2E.dataDir,
      PUBLIC_URL: E2E.baseUrl,
      SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`,
      JOB_POLL_SECONDS: '1',
      LOG_LEVEL: 'warn',
      // Many sign-ins from one loopback address in one run.
      LOGIN_RATE_LIMIT: '1000',
    },
  },
});
