import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import type { AppContext } from '../../src/app-context.js';
import { loadConfig } from '../../src/config/config.js';
import { type Database, openDatabase, quoteIdent } from '../../src/db/database.js';
import type { CorridorCountry, Country, Language, MembershipRole } from '../../src/domain/vocabulary.js';
import type { PlatformRole } from '../../src/modules/auth/actor.js';
import { insertMembership } from '../../src/modules/organisations/organisations.repository.js';
import { insertUser } from '../../src/modules/users/users.repository.js';
import { type Clock, systemClock } from '../../src/platform/clock.js';
import { hashPassword } from '../../src/platform/secrets.js';
import { type Corridor, createCorridor } from '../../src/server.js';

/**
 * A throw-away database for one test file: in-memory PGlite always, or a fresh schema on the
 * PostgreSQL server named by TEST_DATABASE_URL (dropped again on close).
 */
export async function openTestDatabase(): Promise<{ db: Database; drop(): Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const db = await openDatabase({ dataDir: 'memory://' });
    return { db, drop: () => db.close() };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ url, schema });
  return {
    db,
    async drop() {
      await db.query(`DROP SCHEMA ${quoteIdent(schema)} CASCADE`);
      await db.close();
    },
  };
}

export interface TestCorridor extends Corridor {
  ctx: AppContext;
  client(): TestClient;
  /** Creates a user with a verified email directly in the database and returns a signed-in client. */
  user(options?: TestUserOptions): Promise<{ client: TestClient; id: string; email: string }>;
  /** A new client signed in as an existing test user. */
  signIn(email: string): Promise<TestClient>;
  stop(): Promise<void>;
}

export interface TestUserOptions {
  email?: string;
  password?: string;
  language?: Language;
  country?: Country;
  verified?: boolean;
  platformRole?: PlatformRole | null;
  coordinatorCountry?: CorridorCountry | null;
  memberships?: Array<{ organisationId: string; role: MembershipRole }>;
}

let passwordHashCache: Promise<string> | null = null;
export const TEST_PASSWORD = 'correct horse battery staple';

export async function startTestCorridor(
  options: { clock?: Clock; env?: Record<string, string> } = {},
): Promise<TestCorridor> {
  const { db, drop } = await openTestDatabase();
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://corridor.test',
    CORRIDOR_DATA_DIR: 'memory://',
    // Loading the 29 MB lexicon takes seconds; docking tests that need it switch it on.
    DOCKING_LEXICON: 'off',
    ...options.env,
  });
  const corridor = await createCorridor(config, {
    db,
    clock: options.clock ?? systemClock,
    logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
  });
  await corridor.app.ready();
  let counter = 0;
  const harness: TestCorridor = {
    ...corridor,
    client: () => new TestClient(corridor),
    async user(userOptions = {}) {
      counter += 1;
      const email = userOptions.email ?? `user${counter}-${randomBytes(3).toString('hex')}@corridor.test`;
      const password = userOptions.password ?? TEST_PASSWORD;
      passwordHashCache ??= hashPassword(TEST_PASSWORD);
      const user = await insertUser(db, {
        email,
        displayName: `Test User ${counter}`,
        preferredLanguage: userOptions.language ?? 'en',
        country: userOptions.country ?? 'LA',
        passwordHash: password === TEST_PASSWORD ? await passwordHashCache : await hashPassword(password),
        emailVerifiedAt: userOptions.verified === false ? null : new Date(),
        platformRole: userOptions.platformRole ?? null,
        coordinatorCountry: userOptions.coordinatorCountry ?? null,
      });
      for (const m of userOptions.memberships ?? [])
        await insertMembership(db, m.organisationId, user.id, m.role);
      const client = new TestClient(corridor);
      const res = await client.post('/api/v1/auth/sign-in', { email, password });
      if (res.statusCode !== 200) throw new Error(`test sign-in failed: ${res.body}`);
      return { client, id: user.id, email };
    },
    async signIn(email) {
      const client = new TestClient(corridor);
      const res = await client.post('/api/v1/auth/sign-in', { email, password: TEST_PASSWORD });
      if (res.statusCode !== 200) throw new Error(`test sign-in failed: ${res.body}`);
      return client;
    },
    async stop() {
      await corridor.close();
      await drop();
    },
  };
  return harness;
}

/** An API client over app.inject that keeps cookies and sends the CSRF token like the web app does. */
export class TestClient {
  private readonly cookies = new Map<string, string>();
  bearer: string | null = null;
  language: string | null = null;

  constructor(private readonly corridor: Corridor) {}

  get csrfToken(): string | undefined {
    return this.cookies.get('corridor_csrf');
  }

  async request(
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> {
    const allHeaders: Record<string, string> = { ...headers };
    if (this.cookies.size > 0) {
      allHeaders.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (method !== 'GET' && this.csrfToken && !('x-csrf-token' in allHeaders))
      allHeaders['x-csrf-token'] = this.csrfToken;
    if (this.bearer) allHeaders.authorization = `Bearer ${this.bearer}`;
    if (this.language) allHeaders['accept-language'] = this.language;
    const response = await this.corridor.app.inject({
      method,
      url,
      headers: allHeaders,
      ...(body === undefined
        ? {}
        : typeof body === 'string' || Buffer.isBuffer(body)
          ? { payload: body }
          : { payload: body as object }),
    });
    for (const cookie of response.cookies) {
      if (cookie.value === '' || (cookie.maxAge !== undefined && cookie.maxAge <= 0))
        this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  get(url: string, headers?: Record<string, string>) {
    return this.request('GET', url, undefined, headers);
  }
  post(url: string, body?: unknown, headers?: Record<string, string>) {
    return this.request('POST', url, body ?? {}, headers);
  }
  patch(url: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PATCH', url, body, headers);
  }
  put(url: string, body: unknown, headers?: Record<string, string>) {
    return this.request('PUT', url, body, headers);
  }
  delete(url: string, headers?: Record<string, string>) {
    return this.request('DELETE', url, undefined, headers);
  }
}
