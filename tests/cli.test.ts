import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const BIN = path.resolve('bin/corridor.mjs');
let dataDir: string;

/** Runs the real `corridor` binary against a PGlite data directory on disk. */
async function corridor(args: string[], options: { input?: string } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, CORRIDOR_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  delete env.DATABASE_URL;
  if (options.input !== undefined) {
    return new Promise<{ stdout: string; stderr: string; code: number }>((resolve) => {
      const child = execFile('node', [BIN, ...args], { env }, (error, stdout, stderr) =>
        resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
      );
      child.stdin?.end(options.input);
    });
  }
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], { env });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corridor-cli-'));
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('the corridor CLI', () => {
  it('migrates, and the data persists across runs', async () => {
    const first = await corridor(['db', 'migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('0001_identity_and_organisations');
    const second = await corridor(['db', 'migrate']);
    expect(second.stdout).toContain('up to date');
  });

  it('creates an administrator with a password from stdin', async () => {
    const res = await corridor(
      ['users', 'create-admin', '--email', 'admin@corridor.test', '--password-stdin'],
      {
        input: 'a strong admin passphrase\n',
      },
    );
    expect(res.code).toBe(0);
    expect(res.stdout).toContain('created administrator admin@corridor.test');
    const bad = await corridor(['users', 'create-admin', '--email', 'not-an-email', '--password-stdin'], {
      input: 'x',
    });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/email|password/);
  });

  it('imports a CSV, reporting bad rows by line, and exports it again', async () => {
    const file = path.join(dataDir, 'profiles.csv');
    fs.writeFileSync(
      file,
      [
        'organisation,kind,status,original_language,title.en,summary.en,sectors',
        'no-such-org,technology_offer,draft,en,Solar pumps,Solar water pumps for farms.,green.clean_energy',
      ].join('\n'),
    );
    const res = await corridor(['profiles', 'import', file]);
    expect(res.code).toBe(1);
    expect(res.stdout).toContain('line 2: organisation');
    expect(res.stdout).toContain('1 rows: 0 imported, 1 rejected');
    const exported = await corridor(['profiles', 'export', '--format', 'json', '--status', 'draft']);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toEqual([]);
  });

  it('reads the mail outbox and names a bad configuration variable', async () => {
    const outbox = await corridor(['mail', 'outbox']);
    expect(outbox.code).toBe(0);
    expect(outbox.stdout).toContain('the outbox is empty');
    const env = { ...process.env, PORT: 'not-a-port', CORRIDOR_DATA_DIR: dataDir };
    const bad = await run('node', [BIN, 'mail', 'outbox'], { env }).catch(
      (e: { stderr: string; code: number }) => e,
    );
    expect('code' in bad ? bad.code : 0).toBe(2);
    expect(bad.stderr).toContain('PORT="not-a-port"');
  });
});
