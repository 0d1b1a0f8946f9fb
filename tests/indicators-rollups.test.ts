import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/modules/auth/actor.js';
import { STAGE_MOVES } from '../src/modules/cooperations/cooperations.lifecycle.js';
import type {
  AgreementType,
  Currency,
  OutcomeMetric,
} from '../src/modules/cooperations/cooperations.schema.js';
import {
  getCooperation,
  moveStage,
  openCooperation,
  recordAgreement,
  recordOutcome,
  removeOutcome,
  updateCooperation,
} from '../src/modules/cooperations/cooperations.service.js';
import { rollupDelta } from '../src/modules/indicators/indicators.maintenance.js';
import {
  COOPERATION_ROLLUPS,
  rebuildCooperationRollups,
  rebuildProfileRollup,
} from '../src/modules/indicators/indicators.repository.js';
import { putExchangeRate, removeExchangeRate } from '../src/modules/rates/rates.service.js';
import { ManualClock } from '../src/platform/clock.js';
import { organisationWithAdmin } from './support/fixtures.js';
import { startTestCorridor, type TestCorridor } from './support/harness.js';

/**
 * The rollups are kept incrementally by every write. Whatever sequence of writes happens, they must
 * hold exactly what a rebuild from the records gives.
 */
let t: TestCorridor;
const clock = new ManualClock(new Date('2026-11-21T08:00:00Z'));
let admin: Actor;
const orgs: Array<{ id: string; country: string }> = [];

beforeAll(async () => {
  t = await startTestCorridor({ clock });
  for (const country of ['LA', 'CN', 'TH', 'OTHER']) {
    const { org } = await organisationWithAdmin(t, country, `Rollup org ${country}`);
    orgs.push({ id: org.id, country });
  }
  const { id } = await t.user({ platformRole: 'administrator' });
  admin = {
    kind: 'user',
    userId: id,
    email: 'admin@corridor.test',
    displayName: 'Admin',
    language: 'en',
    country: 'LA',
    emailVerified: true,
    platformRole: 'administrator',
    coordinatorCountry: null,
    memberships: new Map(),
    via: 'session',
    scopes: ['read', 'write'],
  };
});
afterAll(() => t.stop());

/** Every rollup's non-zero rows, as sorted strings. */
async function snapshot(): Promise<string[]> {
  const out: string[] = [];
  for (const spec of [...COOPERATION_ROLLUPS.map((s) => s.table), 'indicator_profile_months']) {
    const { rows } = await t.ctx.db.query<Record<string, unknown>>(`SELECT * FROM ${spec}`);
    for (const row of rows) {
      const measures = Object.entries(row).filter(([k]) =>
        [
          'cooperations',
          'moves',
          'agreements',
          'without_usd',
          'usd_total',
          'reports',
          'total',
          'profiles',
        ].includes(k),
      );
      if (measures.every(([, v]) => Number(v) === 0)) continue;
      out.push(`${spec}:${JSON.stringify(Object.entries(row).map(([k, v]) => [k, String(v)]))}`);
    }
  }
  return out.sort();
}

const AGREEMENT_TYPES: AgreementType[] = ['licence', 'joint_rd', 'investment'];
const CURRENCIES: Currency[] = ['USD', 'CNY', 'THB'];
const METRICS: OutcomeMetric[] = ['jobs_created', 'revenue_usd'];
const SECTORS = [null, 'agrifood.fertilisers', 'green', 'green.clean_energy'];
const DAYS = ['2026-01-15', '2026-03-31', '2026-04-01', '2026-07-20', '2026-11-21'];

const operation = fc.oneof(
  fc.record({
    op: fc.constant('open' as const),
    parties: fc.subarray([0, 1, 2, 3], { minLength: 2 }),
    sector: fc.constantFrom(...SECTORS),
  }),
  fc.record({ op: fc.constant('move' as const), target: fc.nat(), choice: fc.nat() }),
  fc.record({
    op: fc.constant('agreement' as const),
    target: fc.nat(),
    type: fc.constantFrom(...AGREEMENT_TYPES),
    currency: fc.constantFrom(...CURRENCIES),
    amount: fc.integer({ min: 0, max: 10_000_000 }),
    day: fc.constantFrom(...DAYS),
  }),
  fc.record({
    op: fc.constant('outcome' as const),
    target: fc.nat(),
    metric: fc.constantFrom(...METRICS),
    value: fc.double({ min: 0, max: 1e6, noNaN: true }),
    day: fc.constantFrom(...DAYS),
  }),
  fc.record({ op: fc.constant('removeOutcome' as const), target: fc.nat() }),
  fc.record({
    op: fc.constant('parties' as const),
    target: fc.nat(),
    parties: fc.subarray([0, 1, 2, 3], { minLength: 2 }),
  }),
  fc.record({ op: fc.constant('sector' as const), target: fc.nat(), sector: fc.constantFrom(...SECTORS) }),
  fc.record({
    op: fc.constant('rate' as const),
    currency: fc.constantFrom('CNY' as const, 'THB' as const),
    day: fc.constantFrom(...DAYS),
    units: fc.integer({ min: 1, max: 40 }),
  }),
  fc.record({
    op: fc.constant('dropRate' as const),
    currency: fc.constantFrom('CNY' as const, 'THB' as const),
    day: fc.constantFrom(...DAYS),
  }),
);

describe('indicator rollups', () => {
  it('always equal a rebuild from the records, whatever the writes', async () => {
    const opened: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 12 }), async (operations) => {
        for (const step of operations) {
          const pick = (n: number) => opened[n % Math.max(1, opened.length)];
          try {
            switch (step.op) {
              case 'open': {
                const view = await openCooperation(t.ctx, admin, {
                  title: { en: 'Property' },
                  organisationIds: step.parties.map((i) => orgs[i]?.id ?? ''),
                  sector: step.sector,
                  openedOn: '2026-01-10',
                });
                opened.push(view.id);
                break;
              }
              case 'move': {
                const id = pick(step.target);
                if (!id) break;
                const current = await getCooperation(t.ctx, admin, id);
                const moves = STAGE_MOVES[current.stage];
                const to = moves[step.choice % Math.max(1, moves.length)];
                if (!to) break;
                await moveStage(t.ctx, admin, id, {
                  to,
                  occurredOn: '2026-11-21',
                  comment: '',
                  ...(to === 'closed_without_agreement' ? { closedReason: 'other' as const } : {}),
                  ...(to === 'agreement_signed'
                    ? {
                        agreement: {
                          type: 'licence',
                          signedOn: '2026-02-01',
                          value: { amount: 1000, currency: 'CNY' },
                          ipTerms: '',
                        },
                      }
                    : {}),
                });
                break;
              }
              case 'agreement': {
                const id = pick(step.target);
                if (id) {
                  await recordAgreement(t.ctx, admin, id, {
                    type: step.type,
                    signedOn: step.day,
                    value: { amount: step.amount, currency: step.currency },
                    ipTerms: '',
                  });
                }
                break;
              }
              case 'outcome': {
                const id = pick(step.target);
                if (id) {
                  await recordOutcome(t.ctx, admin, id, {
                    metric: step.metric,
                    value: Math.round(step.value * 100) / 100,
                    reportedOn: step.day,
                    note: '',
                  });
                }
                break;
              }
              case 'removeOutcome': {
                const id = pick(step.target);
                const outcome = id ? (await getCooperation(t.ctx, admin, id)).outcomes[0] : undefined;
                if (id && outcome) await removeOutcome(t.ctx, admin, id, outcome.id);
                break;
              }
              case 'parties': {
                const id = pick(step.target);
                if (id)
                  await updateCooperation(t.ctx, admin, id, {
                    organisationIds: step.parties.map((i) => orgs[i]?.id ?? ''),
                  });
                break;
              }
              case 'sector': {
                const id = pick(step.target);
                if (id) await updateCooperation(t.ctx, admin, id, { sector: step.sector });
                break;
              }
              case 'rate':
                await putExchangeRate(t.ctx, admin, step.currency, step.day, {
                  unitsPerUsd: step.units,
                  source: '',
                });
                break;
              case 'dropRate':
                await removeExchangeRate(t.ctx, admin, step.currency, step.day).catch(() => undefined);
                break;
            }
          } catch (error) {
            // Writes the pipeline refuses (a stage that allows no agreement yet) change nothing.
            if (!(error instanceof Error && error.message === 'InvalidStateTransition')) throw error;
          }
        }
        const incremental = await snapshot();
        await t.ctx.db.transaction(async (tx) => {
          await rebuildCooperationRollups(tx);
          await rebuildProfileRollup(tx);
        });
        expect(incremental).toEqual(await snapshot());
      }),
      { numRuns: 25, seed: 20261121 },
    );
    expect(opened.length).toBeGreaterThan(3);
  });

  it('computes differences in whole cents, leaving out what did not move', () => {
    const spec = COOPERATION_ROLLUPS.find((s) => s.table === 'indicator_agreements');
    if (!spec) throw new Error('no spec');
    const row = (type: string, agreements: number, usd: string) => ({
      country: 'LA',
      sector_group: '*',
      month: '2026-01-01',
      type,
      agreements,
      without_usd: 0,
      usd_total: usd,
    });
    expect(
      rollupDelta(
        spec,
        [row('licence', 1, '10'), row('training', 2, '30')],
        [row('licence', 1, '10'), row('training', 1, '20'), row('joint_rd', 1, '7')],
      ),
    ).toEqual([row('training', -1, '-10'), row('joint_rd', 1, '7')]);
  });
});
