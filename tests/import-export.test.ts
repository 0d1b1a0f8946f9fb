import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  exportProfiles,
  importProfiles,
  readImportFile,
} from '../src/modules/profiles/profiles.transfer.js';
import { organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
let orgSlug: string;
let authorEmail: string;

beforeAll(async () => {
  t = await startTestCorridor();
  const { admin, org } = await organisationWithAdmin(t, 'CN', 'Kunming Test University');
  orgSlug = org.slug;
  authorEmail = admin.email;
});
afterAll(() => t.stop());

function csv(rows: Array<Record<string, string>>): string {
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [
    CSV_COLUMNS.join(','),
    ...rows.map((row) => CSV_COLUMNS.map((c) => quote(row[c] ?? '')).join(',')),
  ].join('\n');
}

const good = (title: string) => ({
  organisation: orgSlug,
  kind: 'technology_offer',
  status: 'published',
  original_language: 'zh',
  'title.zh': `钾肥加工技术 ${title}`,
  'title.en': `Potash processing ${title}`,
  'summary.zh': '利用低品位钾矿生产复合肥。',
  'summary.en': 'Compound fertiliser from low-grade potash ore.',
  'advantages.zh': '能耗低',
  trl: '7',
  cooperation_types: 'licence;technical_cooperation',
  sectors: 'agrifood.fertilisers',
  keywords: 'potash;fertiliser',
  isic: 'C2012',
  target_countries: 'LA;MM',
  sdgs: '2;9',
});

async function count(): Promise<number> {
  const { rows } = await t.ctx.db.query<{ n: number }>('SELECT count(*)::int AS n FROM profiles');
  return rows[0]?.n ?? 0;
}

describe('profiles import', () => {
  it('reports every bad row with its line and reasons and commits the good rows together', async () => {
    const before = await count();
    const text = csv([
      good('A'),
      { ...good('B'), kind: 'castle', trl: '12' },
      good('C'),
      { ...good('D'), organisation: 'no-such-org' },
      { ...good('E'), 'title.en': '', 'summary.en': '' },
      { ...good('F'), sectors: 'not.a.sector', isic: '2012' },
    ]);
    const { records, fileError } = readImportFile(text, 'csv');
    expect(fileError).toBeNull();
    const report = await importProfiles(t.ctx, records, { authorEmail });
    expect(report.total).toBe(6);
    expect(report.imported).toBe(2);
    expect(report.rejected.map((r) => r.line)).toEqual([3, 5, 6, 7]);
    const reasons = (line: number) =>
      report.rejected
        .find((r) => r.line === line)
        ?.reasons.map((r) => r.field)
        .sort();
    expect(reasons(3)).toEqual(['kind', 'trl']);
    expect(reasons(5)).toEqual(['organisation']);
    expect(reasons(6)).toEqual(['summary.en', 'title.en']);
    expect(reasons(7)).toEqual(['isic[0]', 'sectors[0]']);
    expect(report.rejected[0]?.reasons[0]?.message).toBeTruthy();
    expect(await count()).toBe(before + 2);
  });

  it('imports nothing in a dry run and nothing when the file is broken', async () => {
    const before = await count();
    const { records } = readImportFile(csv([good('G')]), 'csv');
    expect((await importProfiles(t.ctx, records, { dryRun: true })).imported).toBe(0);
    expect(readImportFile('[{"broken": ', 'json').fileError).toMatch(/not valid JSON/);
    expect(readImportFile('a,b\n"unterminated', 'csv').fileError).toMatch(/not valid CSV/);
    expect(await count()).toBe(before);
  });

  it('leaves no row behind when the database refuses one of the good rows', async () => {
    const before = await count();
    // A validity date PostgreSQL itself refuses (year 0) passes the format check but fails the insert.
    const { records } = readImportFile(csv([good('H'), { ...good('I'), valid_until: '0000-01-01' }]), 'csv');
    await expect(importProfiles(t.ctx, records, {})).rejects.toThrow();
    expect(await count()).toBe(before);
  });
});

describe('profiles export', () => {
  it('round-trips through CSV and JSON', async () => {
    let csvText = '';
    for await (const chunk of exportProfiles(t.ctx, 'csv', ['published'])) csvText += chunk;
    const fromCsv = readImportFile(csvText, 'csv');
    expect(fromCsv.fileError).toBeNull();
    expect(fromCsv.records.length).toBeGreaterThanOrEqual(2);
    const dry = await importProfiles(t.ctx, fromCsv.records, { dryRun: true });
    expect(dry.rejected).toEqual([]);

    let jsonText = '';
    for await (const chunk of exportProfiles(t.ctx, 'json', ['published'])) jsonText += chunk;
    const parsed = JSON.parse(jsonText) as Array<{ title: Record<string, string> }>;
    expect(parsed).toHaveLength(fromCsv.records.length);
    expect(parsed[0]?.title.zh).toContain('钾肥');
    const fromJson = readImportFile(jsonText, 'json');
    const dryJson = await importProfiles(t.ctx, fromJson.records, { dryRun: true });
    expect(dryJson.rejected).toEqual([]);
  });
});
