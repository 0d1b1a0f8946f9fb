import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';

const tags = ['statistics'];

interface CountRow {
  key: string;
  n: number;
}

/** Public key figures of the corridor, for the home page. */
export function statsRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/stats',
    { schema: { tags, summary: 'Key figures: organisations, published profiles by kind and country' } },
    async () => {
      const [orgs, byKind, byCountry, languages] = await Promise.all([
        ctx.db.query<{ n: number; countries: number }>(
          'SELECT count(*)::int AS n, count(DISTINCT country)::int AS countries FROM organisations',
        ),
        ctx.db.query<CountRow>(
          `SELECT kind AS key, count(*)::int AS n FROM profiles WHERE status = 'published' GROUP BY kind`,
        ),
        ctx.db.query<CountRow>(
          `SELECT country AS key, count(*)::int AS n FROM profiles WHERE status = 'published' GROUP BY country`,
        ),
        ctx.db.query<CountRow>(
          `SELECT original_language AS key, count(*)::int AS n FROM profiles WHERE status = 'published' GROUP BY original_language`,
        ),
      ]);
      const toRecord = (rows: CountRow[]) => Object.fromEntries(rows.map((r) => [r.key, r.n]));
      const kinds = toRecord(byKind.rows);
      return {
        organisations: orgs.rows[0]?.n ?? 0,
        countries: orgs.rows[0]?.countries ?? 0,
        publishedProfiles: Object.values(kinds).reduce((a, b) => a + b, 0),
        profilesByKind: kinds,
        profilesByCountry: toRecord(byCountry.rows),
        profilesByOriginalLanguage: toRecord(languages.rows),
      };
    },
  );
}
