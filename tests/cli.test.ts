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
async function corridor(args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CORRIDOR_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
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

  it('schedules a .dzn instance, labelling the figures in the chosen language, JSON unchanged', async () => {
    // Three businesses that all want to meet each other, one table, three slots: all three fit.
    const file = path.join(dataDir, 'triangle.dzn');
    fs.writeFileSync(
      file,
      [
        'nBusiness = 3;',
        'nMeetings = 3;',
        'nTables = 1;',
        'nTotalSlots = 3;',
        'nMorningSlots = 3;',
        'requested = [|1, 2,3,',
        '|1, 3,3,',
        '|2, 3,3,',
        '|];',
        'meetingsxBusiness = [{1,2},{1,3},{2,3}];',
        'nMeetingsBusiness = [2,2,2];',
        'forbidden = [{0},{0},{0}];',
        'fixed = [0,0,0];',
        'precedences = [{},{},{}];',
      ].join('\n'),
    );
    const args = ['schedule', '--dzn', file, '--time-limit', '0.2'];
    const english = await corridor(args, { env: { LANG: 'C.UTF-8' } });
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(/^meetings placed +3 \/ 3 \(at most 3 can be\)$/m);
    expect(english.stdout).toMatch(/^valid +yes$/m);

    // --lang wins over LANG; LANG alone picks the language; both name the same figures.
    const lao = await corridor([...args, '--lang', 'lo'], { env: { LANG: 'vi_VN.UTF-8' } });
    expect(lao.code).toBe(0);
    expect(lao.stdout).toMatch(/^ການພົບປະທີ່ຈັດໄດ້ +3 \/ 3 \(ຈັດໄດ້ຫຼາຍສຸດ 3\)$/m);
    expect(lao.stdout).toMatch(/^ຖືກຕ້ອງ +ແມ່ນ$/m);
    expect(lao.stdout).not.toContain('meetings placed');
    const vietnamese = await corridor(args, { env: { LANG: 'vi_VN.UTF-8' } });
    expect(vietnamese.stdout).toMatch(/^cuộc gặp đã xếp +3 \/ 3 \(xếp được tối đa 3\)$/m);

    // JSON is for machines: the same keys and figures whatever the language.
    const jsonEnglish = JSON.parse((await corridor([...args, '--json'], { env: { LANG: 'C' } })).stdout);
    const jsonThai = JSON.parse((await corridor([...args, '--json', '--lang', 'th'])).stdout);
    expect(Object.keys(jsonThai).sort()).toEqual(Object.keys(jsonEnglish).sort());
    expect(jsonThai).toMatchObject({ instance: 'triangle.dzn', placed: 3, requested: 3, valid: true });
    expect(jsonThai.stoppedBy).toMatch(/^[a-z_]+$/);

    const unknown = await corridor([...args, '--lang', 'fr']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('unknown language "fr"');
    const missing = await corridor(['schedule', '--dzn', path.join(dataDir, 'none.dzn'), '--lang', 'zh']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('无法读取');
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
