import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { listMigrations, migrate } from '../src/db/migrate.js';
import { openTestDatabase } from './support/harness.js';

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, drop } = await openTestDatabase());
});
afterAll(() => drop());

describe('migrations', () => {
  it('are numbered without gaps', () => {
    const versions = listMigrations().map((m) => m.version);
    expect(versions).toEqual(versions.map((_, i) => i + 1));
  });

  it('apply once, in order, and a second run applies nothing', async () => {
    const applied = await migrate(db);
    expect(applied).toEqual(listMigrations().map((m) => m.name));
    expect(await migrate(db)).toEqual([]);
    const { rows } = await db.query<{ version: number }>(
      'SELECT version FROM schema_migrations ORDER BY version',
    );
    expect(rows.map((r) => r.version)).toEqual(listMigrations().map((m) => m.version));
  });

  it('enforce the vocabularies in the database too', async () => {
    await expect(
      db.query(`INSERT INTO organisations (slug, name, kind, country) VALUES ('x', '{}', 'castle', 'LA')`),
    ).rejects.toThrow();
    await expect(
      db.query(
        `INSERT INTO users (email, display_name, country, password_hash, platform_role) VALUES ('c@x', 'C', 'LA', 'h', 'coordinator')`,
      ),
    ).rejects.toThrow(/coordinator_has_country/);
  });

  it('roll a failed transaction back completely', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO organisations (slug, name, kind, country) VALUES ('rollback-test', '{}', 'enterprise', 'LA')`,
        );
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await db.query(`SELECT 1 FROM organisations WHERE slug = 'rollback-test'`);
    expect(rows).toHaveLength(0);
  });
});
