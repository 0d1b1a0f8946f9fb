import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * Throws random and mutated requests at every route of the API (taken from the OpenAPI document, so
 * a new route is fuzzed without touching this file) and checks two promises: never a 5xx, and a
 * refused request leaves no trace in the data.
 */
let t: TestCorridor;
let routes: Array<{ method: string; path: string }>;
let writer: TestClient;
const ids: string[] = [];

const WATCHED_TABLES = [
  'users',
  'organisations',
  'memberships',
  'invitations',
  'profiles',
  'profile_transitions',
  'profile_attachments',
  'api_tokens',
  'one_time_tokens',
  'mail_outbox',
  'platform_settings',
];

async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const table of WATCHED_TABLES) {
    const { rows } = await t.ctx.db.query<{ digest: string | null; n: number }>(
      `SELECT count(*)::int AS n, md5(string_agg(md5(x::text), '' ORDER BY md5(x::text))) AS digest FROM ${table} x`,
    );
    parts.push(`${table}:${rows[0]?.n}:${rows[0]?.digest}`);
  }
  return parts.join('|');
}

beforeAll(async () => {
  t = await startTestCorridor();
  const { admin, org } = await organisationWithAdmin(t);
  writer = admin.client;
  const profile = (await writer.post('/api/v1/opportunities', laoPotashRequest(org.id))).json();
  ids.push(org.id, profile.id, admin.id, org.slug);
  const doc = (await t.client().get('/api/openapi.json')).json() as {
    paths: Record<string, Record<string, unknown>>;
  };
  routes = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })),
  );
});

afterAll(() => t.stop());

const jsonValue = fc.jsonValue({ maxDepth: 3 });
const validishBody = fc.record(
  {
    organisationId: fc.constantFrom(...['00000000-0000-4000-8000-000000000000', 'nope']),
    kind: fc.constantFrom('technology_offer', 'rd_request', 'castle', ''),
    originalLanguage: fc.constantFrom('lo', 'en', 'xx'),
    title: fc.oneof(fc.constant({ lo: 'ທົດສອບ', en: 'Test' }), fc.dictionary(fc.string(), fc.string())),
    trl: fc.oneof(fc.integer({ min: -5, max: 15 }), fc.constant(null), fc.string()),
    email: fc.oneof(fc.emailAddress(), fc.string()),
    password: fc.string({ maxLength: 30 }),
    name: fc.dictionary(fc.constantFrom('en', 'lo', 'zz'), fc.string()),
    role: fc.constantFrom('admin', 'editor', 'owner'),
    decision: fc.constantFrom('approve', 'return', 'maybe'),
    token: fc.string({ minLength: 0, maxLength: 50 }),
  },
  { requiredKeys: [] },
);
const rawBody = fc.oneof(
  jsonValue.map((v) => JSON.stringify(v)),
  validishBody.map((v) => JSON.stringify(v)),
  fc.string().map((s) => `{${s}`),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from([0x7b, 0x22, 0xff, 0xfe, ...bytes])),
  fc.constant(''),
);
const pathParam = fc.oneof(
  fc.constantFrom(...['x', '0', '%00', '..', '00000000-0000-4000-8000-000000000000']),
  fc.string({ maxLength: 40 }),
);
const query = fc
  .dictionary(
    fc.constantFrom(
      'limit',
      'cursor',
      'kind',
      'trlMin',
      'trlMax',
      'sort',
      'q',
      'status',
      'country',
      'sector',
      'language',
      'extra',
    ),
    fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('1000000', '-1', 'published', 'zz', '%')),
  )
  .map((entries) => new URLSearchParams(entries).toString());

describe('fuzzing every route', () => {
  it('never answers 5xx and never half-writes', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(fc.oneof(pathParam, fc.constantFrom(...ids)), { minLength: 3, maxLength: 3 }),
        query,
        rawBody,
        fc.boolean(),
        async (routeIndex, params, qs, body, signedIn) => {
          const route = routes[routeIndex % routes.length];
          if (!route) return;
          let n = 0;
          const url = route.path.replace(/\{[A-Za-z]+\}|:[A-Za-z]+/g, () =>
            encodeURIComponent(params[n++] ?? 'x'),
          );
          const client = signedIn ? writer : t.client();
          const before = await fingerprint();
          const res = await client.request(
            route.method as 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
            `${url}${qs ? `?${qs}` : ''}`,
            route.method === 'GET' || route.method === 'DELETE' ? undefined : body,
            route.method === 'GET' || route.method === 'DELETE' ? {} : { 'content-type': 'application/json' },
          );
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode, `${route.method} ${url} -> ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            expect(res.json().error.code).toBeTypeOf('string');
            expect(await fingerprint(), `${route.method} ${url} was refused but changed data`).toBe(before);
          }
        },
      ),
      { numRuns: 400, seed: 20261121 },
    );
    // The fuzzer must get past validation into the handlers, not only bounce off the router.
    const answered = [...seen.keys()];
    expect(answered.some((status) => status >= 200 && status < 300)).toBe(true);
    expect(answered.filter((status) => status >= 400).length).toBeGreaterThanOrEqual(4);
  });

  it('refuses oversized bodies with 413, not 500', async () => {
    const res = await writer.request(
      'POST',
      '/api/v1/opportunities',
      `{"x":"${'a'.repeat(2 * 1024 * 1024)}"}`,
      {
        'content-type': 'application/json',
      },
    );
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('BodyTooLarge');
  });

  it('refuses invalid UTF-8 with 400 InvalidEncoding', async () => {
    const res = await writer.request(
      'PATCH',
      '/api/v1/me',
      Buffer.from([0x7b, 0x22, 0x64, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]),
      {
        'content-type': 'application/json',
      },
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('InvalidEncoding');
  });

  it('names unknown fields and refuses them', async () => {
    const res = await writer.patch('/api/v1/me', { displayName: 'x', isAdmin: true });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields).toEqual([
      expect.objectContaining({ field: 'isAdmin', code: 'unknown_field' }),
    ]);
  });

  it('answers unknown routes and wrong content types with the error shape', async () => {
    const missing = await t.client().get('/api/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('RouteNotFound');
    const xml = await writer.request('PATCH', '/api/v1/me', '<x/>', { 'content-type': 'application/xml' });
    expect(xml.statusCode).toBe(415);
  });
});
