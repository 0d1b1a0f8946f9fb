import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DOCKING_PAIRS } from '../src/demo/profiles.js';
import { seedDemo } from '../src/demo/seed.js';
import { dockingIndexOf } from '../src/modules/docking/docking.index-holder.js';
import { sendWeeklyDigests } from '../src/modules/docking/docking.service.js';
import { uuidFromName } from '../src/platform/secrets.js';
import { laoPotashRequest, organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
const profileId = (key: string) => uuidFromName(`profile:${key}`);

beforeAll(async () => {
  t = await startTestCorridor();
  await seedDemo(t.ctx);
});
afterAll(() => t.stop());

describe('docking on the demo corridor', () => {
  it('puts the Chinese potash offer among the first matches of the Lao request, with reasons in Lao', async () => {
    const reader = t.client();
    reader.language = 'lo';
    const res = await reader.get(
      `/api/v1/opportunities/${profileId('khammouane-potash-npk-technology')}/matches?limit=5`,
    );
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{
      profile: { id: string; originalLanguage: string };
      reasons: string[];
    }>;
    const rank = items.findIndex((m) => m.profile.id === profileId('kust-potash-compound-fertiliser'));
    expect(rank).toBeGreaterThanOrEqual(0);
    expect(rank).toBeLessThan(3);
    const reasons = items[rank]?.reasons ?? [];
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons.join(' ')).toMatch(/[\u0E80-\u0EFF]/);
  });

  it('names each shared concept in the language of the reader, with the words of both sides beside it', async () => {
    const request = profileId('khammouane-potash-npk-technology');
    const offer = profileId('kust-potash-compound-fertiliser');
    interface Match {
      profile: { id: string };
      reasons: string[];
      explanation: {
        sharedConcepts: Array<{ conceptId: string; sourceTerm: string; targetTerm: string }>;
      };
    }
    const read = async (language: string) => {
      const reader = t.client();
      reader.language = language;
      const items = (await reader.get(`/api/v1/opportunities/${request}/matches?limit=5`)).json()
        .items as Match[];
      const match = items.find((m) => m.profile.id === offer);
      if (!match) throw new Error(`the offer is not among the matches for a ${language} reader`);
      return match;
    };
    const vietnamese = await read('vi');
    const first = vietnamese.explanation.sharedConcepts[0];
    if (!first) throw new Error('no shared concept');
    const concept = (await t.client().get(`/api/v1/terminology/concepts/${first.conceptId}`)).json() as {
      terms: Record<string, string[]>;
    };
    const sides =
      first.sourceTerm === first.targetTerm ? first.sourceTerm : `${first.sourceTerm} / ${first.targetTerm}`;
    // No profile of the pair is in Vietnamese: the Vietnamese reader gets the Vietnamese term first.
    const vi = concept.terms.vi?.[0];
    expect(vi).toBeTruthy();
    expect(vietnamese.reasons[0]).toContain(`${vi} (${sides})`);
    // A reader whose own word is one of the sides' words reads it once, without brackets.
    for (const language of ['en', 'lo', 'zh'] as const) {
      const own = concept.terms[language]?.[0];
      if (own !== first.sourceTerm && own !== first.targetTerm) continue;
      const reasons = (await read(language)).reasons[0] ?? '';
      expect(reasons).toContain(sides);
      expect(reasons).not.toContain(`(${sides})`);
    }
  });

  it('finds most known complementary pairs in the top five', async () => {
    let found = 0;
    for (const pair of DEMO_DOCKING_PAIRS) {
      const res = await t.client().get(`/api/v1/opportunities/${profileId(pair.requestKey)}/matches?limit=5`);
      const ids = (res.json().items as Array<{ profile: { id: string } }>).map((m) => m.profile.id);
      if (ids.includes(profileId(pair.offerKey))) found += 1;
    }
    // A floor well below what the engine reaches, so a broken bridge fails loudly.
    expect(found / DEMO_DOCKING_PAIRS.length).toBeGreaterThan(0.6);
  });

  it('searches across languages from one box', async () => {
    const res = await t.client().get(`/api/v1/search?q=${encodeURIComponent('ແຮ່ໂປຕາສ ຝຸ່ນປະສົມ')}&limit=10`);
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<{ profile: { id: string; originalLanguage: string } }>;
    expect(items.map((i) => i.profile.id)).toContain(profileId('kust-potash-compound-fertiliser'));
    expect(new Set(items.map((i) => i.profile.originalLanguage)).size).toBeGreaterThan(1);
  });

  it('follows publication: a newly published profile is matched at once', async () => {
    const { admin, org } = await organisationWithAdmin(t, 'LA', 'Luang Prabang Fertiliser Co');
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const id = (await admin.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).json().id;
    await admin.client.post(`/api/v1/opportunities/${id}/submit`);
    await coordinator.client.post(`/api/v1/opportunities/${id}/review`, { decision: 'approve' });
    await dockingIndexOf(t.ctx).refresh(id);
    const matches = (await admin.client.get(`/api/v1/opportunities/${id}/matches?limit=5`)).json().items;
    expect(matches.map((m: { profile: { id: string } }) => m.profile.id)).toContain(
      profileId('kust-potash-compound-fertiliser'),
    );
    // The search finds it too, and withdrawing it takes it out.
    await admin.client.post(`/api/v1/opportunities/${id}/withdraw`, { reason: 'found a partner' });
    await dockingIndexOf(t.ctx).refresh(id);
    expect((await dockingIndexOf(t.ctx).get()).has(id)).toBe(false);
  });

  it('stores feedback on a match, with a reason when not relevant', async () => {
    const reader = await t.user();
    const url = `/api/v1/opportunities/${profileId('khammouane-potash-npk-technology')}/matches/${profileId('kust-potash-compound-fertiliser')}/feedback`;
    expect((await reader.client.put(url, { relevant: false, reason: 'too_early' })).statusCode).toBe(204);
    expect((await reader.client.put(url, { relevant: false, reason: 'sometime' })).statusCode).toBe(400);
    expect((await t.client().put(url, { relevant: true })).statusCode).toBe(401);
    const matches = (
      await reader.client.get(
        `/api/v1/opportunities/${profileId('khammouane-potash-npk-technology')}/matches`,
      )
    ).json().items;
    const judged = matches.find(
      (m: { profile: { id: string } }) => m.profile.id === profileId('kust-potash-compound-fertiliser'),
    );
    expect(judged.feedback).toMatchObject({ relevant: false, reason: 'too_early' });
  });

  it('mails a weekly digest of new matches once', async () => {
    const { admin, org } = await organisationWithAdmin(t, 'LA', 'Savannakhet Agro Inputs');
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const id = (await admin.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).json().id;
    await admin.client.post(`/api/v1/opportunities/${id}/submit`);
    await coordinator.client.post(`/api/v1/opportunities/${id}/review`, { decision: 'approve' });
    // A Chinese offer published after it, which the digest should bring.
    const cn = await organisationWithAdmin(t, 'CN', 'Yunnan Potash Engineering');
    const cnCoordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'CN' });
    const offer = (
      await cn.admin.client.post('/api/v1/opportunities', {
        ...laoPotashRequest(cn.org.id),
        kind: 'technology_offer',
        originalLanguage: 'zh',
        title: { zh: '钾肥生产技术许可', en: 'Potash fertiliser production technology for licence' },
        summary: { zh: '低品位钾矿生产复合肥技术。', en: 'Compound fertiliser from low-grade potash ore.' },
        specification: {},
        advantages: { zh: '能耗低，回收率高。' },
        trl: 8,
      })
    ).json().id;
    await cn.admin.client.post(`/api/v1/opportunities/${offer}/submit`);
    await cnCoordinator.client.post(`/api/v1/opportunities/${offer}/review`, { decision: 'approve' });
    await dockingIndexOf(t.ctx).refresh(id);
    await dockingIndexOf(t.ctx).refresh(offer);

    expect(await sendWeeklyDigests(t.ctx, dockingIndexOf(t.ctx))).toBeGreaterThanOrEqual(1);
    const { rows } = await t.ctx.db.query<{ body: string }>(
      `SELECT text_body AS body FROM mail_outbox WHERE template = 'mail.digest.body' AND to_address = $1`,
      [admin.email],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.body).toContain(`/opportunities/${offer}`);
    // Not again within the week.
    await sendWeeklyDigests(t.ctx, dockingIndexOf(t.ctx));
    const again = await t.ctx.db.query(
      `SELECT 1 FROM mail_outbox WHERE template = 'mail.digest.body' AND to_address = $1`,
      [admin.email],
    );
    expect(again.rows).toHaveLength(1);
  });
});
