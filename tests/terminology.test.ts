import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTerminology } from '../src/modules/terminology/terminology.service.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

let t: TestCorridor;
const potash = {
  id: 'agrifood.potash_fertiliser',
  sectors: ['agrifood.fertilisers'],
  terms: {
    en: ['potash fertiliser', 'potash fertilizer'],
    zh: ['钾肥'],
    lo: ['ຝຸ່ນໂປແທດ'],
    th: ['ปุ๋ยโพแทช'],
    km: ['ជីប៉ូតាស'],
    my: ['ပိုတက်ရှ်မြေဩဇာ'],
    vi: ['phân kali'],
  },
};

beforeAll(async () => {
  t = await startTestCorridor();
  await seedTerminology(t.ctx.db, [potash], t.ctx.clock.now());
});
afterAll(() => t.stop());

describe('the terminology base', () => {
  it('is seeded once and readable by everyone', async () => {
    expect(await seedTerminology(t.ctx.db, [potash], t.ctx.clock.now())).toBe(0);
    const found = (await t.client().get(`/api/v1/terminology/concepts?q=${encodeURIComponent('ຝຸ່ນ')}`)).json();
    expect(found.items.map((c: { id: string }) => c.id)).toEqual(['agrifood.potash_fertiliser']);
    expect((await t.client().get('/api/v1/terminology/concepts?sector=agrifood')).json().items).toHaveLength(
      1,
    );
  });

  it('is edited by coordinators with history and conflict detection, not by others', async () => {
    const coordinator = await t.user({ platformRole: 'coordinator', coordinatorCountry: 'LA' });
    const editor = await t.user();
    const url = '/api/v1/terminology/concepts/agrifood.potash_fertiliser';
    expect((await editor.client.patch(url, { comment: 'x' })).statusCode).toBe(403);
    expect((await t.client().patch(url, { comment: 'x' })).statusCode).toBe(401);

    const edited = await coordinator.client.patch(url, {
      terms: { ...potash.terms, lo: ['ຝຸ່ນໂປແທດ', 'ຝຸ່ນໂພແທສ'] },
      comment: 'Lao spelling variant',
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json().version).toBe(2);
    const stale = await coordinator.client.patch(url, { comment: 'late', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('EditConflict');

    const created = await coordinator.client.post('/api/v1/terminology/concepts', {
      id: 'mining.rare_earth_separation',
      sectors: ['mining.rare_earths'],
      terms: {
        en: ['rare earth separation'],
        zh: ['稀土分离'],
        lo: ['ການແຍກແຮ່ທາດຫາຍາກ'],
        th: ['การแยกแร่หายาก'],
        km: ['ការបំបែកធាតុដីកម្រ'],
        my: ['ရှားပါးမြေဓာတ်ခွဲထုတ်ခြင်း'],
        vi: ['tách đất hiếm'],
      },
    });
    expect(created.statusCode).toBe(201);
    const missingLanguage = await coordinator.client.post('/api/v1/terminology/concepts', {
      id: 'mining.bauxite',
      terms: { en: ['bauxite'] },
    });
    expect(missingLanguage.statusCode).toBe(400);
    expect(missingLanguage.json().error.details.fields.map((f: { field: string }) => f.field)).toContain(
      'terms.lo',
    );

    expect(
      (
        await coordinator.client.delete(
          '/api/v1/terminology/concepts/mining.rare_earth_separation?comment=dup',
        )
      ).statusCode,
    ).toBe(204);
    expect(
      (await t.client().get('/api/v1/terminology/concepts/mining.rare_earth_separation')).statusCode,
    ).toBe(404);

    const history = (await t.client().get(`${url}/history`)).json().items;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['seed', 'update']);
    expect(history[1].comment).toBe('Lao spelling variant');
    expect(history[1].before.terms.lo).toEqual(['ຝຸ່ນໂປແທດ']);
  });
});
