import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ORGANISATIONS, REQUIRED_ORGANISATION_KEYS } from '../src/demo/organisations.js';
import { DEMO_PEOPLE } from '../src/demo/people.js';
import { DEMO_PROFILES } from '../src/demo/profiles.js';
import { DEMO_PASSWORD, demoSlug, seedDemo } from '../src/demo/seed.js';
import { LANGUAGES } from '../src/domain/vocabulary.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
beforeAll(async () => {
  t = await startTestCorridor();
});
afterAll(() => t.stop());

describe('the demo corridor', () => {
  it('seeds once, deterministically, and the API serves it as demo data', async () => {
    const first = await seedDemo(t.ctx);
    expect(first).toMatchObject({
      seeded: true,
      organisations: DEMO_ORGANISATIONS.length,
      people: DEMO_PEOPLE.length,
      profiles: DEMO_PROFILES.length,
    });
    expect((await seedDemo(t.ctx)).seeded).toBe(false);

    const published = DEMO_PROFILES.filter((p) => p.status === 'published').length;
    const list = (await t.client().get('/api/v1/opportunities?limit=100')).json();
    expect(list.total).toBe(published);
    expect(list.items.every((p: { isDemo: boolean }) => p.isDemo)).toBe(true);
    const languages = new Set(list.items.map((p: { originalLanguage: string }) => p.originalLanguage));
    expect([...languages].sort()).toEqual([...LANGUAGES].sort());

    const kust = (
      await t.client().get(`/api/v1/organisations/${demoSlug(REQUIRED_ORGANISATION_KEYS.kust)}`)
    ).json();
    expect(kust.name.zh).toContain('昆明理工大学');
    expect(kust.isDemo).toBe(true);
  });

  it('lets the demo coordinators sign in and review their country', async () => {
    const coordinator = DEMO_PEOPLE.find(
      (p) => p.platformRole === 'coordinator' && p.coordinatorCountry === 'LA',
    );
    expect(coordinator).toBeDefined();
    const client = t.client();
    const res = await client.post('/api/v1/auth/sign-in', {
      email: coordinator?.email,
      password: DEMO_PASSWORD,
    });
    expect(res.statusCode).toBe(200);
    const queue = (await client.get('/api/v1/review-queue')).json().items as Array<{
      organisation: { country: string };
    }>;
    expect(queue.every((p) => p.organisation.country === 'LA')).toBe(true);
  });
});
