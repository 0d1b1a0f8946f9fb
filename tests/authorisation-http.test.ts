import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CorridorCountry } from '../src/domain/vocabulary.js';
import { laoPotashRequest } from './support/fixtures.js';
import { startTestCorridor, type TestClient, type TestCorridor } from './support/harness.js';

/**
 * The authorisation matrix again, this time through HTTP: every role against every guarded route of
 * organisations, profiles, event organisers and cooperations, on its own organisation and on another
 * one. It shows the routes ask the policy layer, and that a denial is a 401, 403 or 404, never a success.
 */
let t: TestCorridor;
beforeAll(async () => {
  t = await startTestCorridor();
});
afterAll(() => t.stop());

type Role =
  | 'anonymous'
  | 'outsider'
  | 'member_own'
  | 'editor_own'
  | 'admin_own'
  | 'editor_other'
  | 'coordinator_own_country'
  | 'coordinator_other_country'
  | 'platform_admin';
const ROLES: Role[] = [
  'anonymous',
  'outsider',
  'member_own',
  'editor_own',
  'admin_own',
  'editor_other',
  'coordinator_own_country',
  'coordinator_other_country',
  'platform_admin',
];

interface World {
  orgId: string;
  otherOrgId: string;
  draftId: string;
  submittedId: string;
  clients: Record<Role, TestClient>;
}

async function world(): Promise<World> {
  const owner = await t.user();
  const org = (
    await owner.client.post('/api/v1/organisations', {
      name: { en: 'Own Org' },
      kind: 'enterprise',
      country: 'LA',
    })
  ).json();
  const other = await t.user();
  const otherOrg = (
    await other.client.post('/api/v1/organisations', {
      name: { en: 'Other Org' },
      kind: 'enterprise',
      country: 'TH',
    })
  ).json();
  const draftId = (await owner.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).json().id;
  const submittedId = (await owner.client.post('/api/v1/opportunities', laoPotashRequest(org.id))).json().id;
  await owner.client.post(`/api/v1/opportunities/${submittedId}/submit`);
  const as = async (options: Parameters<TestCorridor['user']>[0]) => (await t.user(options)).client;
  const coordinator = (country: CorridorCountry) =>
    as({ platformRole: 'coordinator', coordinatorCountry: country });
  return {
    orgId: org.id,
    otherOrgId: otherOrg.id,
    draftId,
    submittedId,
    clients: {
      anonymous: t.client(),
      outsider: await as({}),
      member_own: await as({ memberships: [{ organisationId: org.id, role: 'member' }] }),
      editor_own: await as({ memberships: [{ organisationId: org.id, role: 'editor' }] }),
      admin_own: owner.client,
      editor_other: await as({ memberships: [{ organisationId: otherOrg.id, role: 'editor' }] }),
      coordinator_own_country: await coordinator('LA'),
      coordinator_other_country: await coordinator('TH'),
      platform_admin: await as({ platformRole: 'administrator' }),
    },
  };
}

/** A draft event organised by the own organisation (and, with `withOther`, the other one too). */
async function draftEvent(w: World, withOther: boolean): Promise<string> {
  const created = await w.clients.admin_own.post('/api/v1/events', {
    organiserIds: [w.orgId],
    kind: 'roadshow',
    originalLanguage: 'en',
    title: { en: 'Mekong Roadshow' },
    timeZone: 'Asia/Bangkok',
    startsAt: '2026-12-10T09:00',
    endsAt: '2026-12-10T17:00',
    venueMode: 'online',
  });
  const id = created.json().id as string;
  if (withOther) {
    await w.clients.platform_admin.post(`/api/v1/events/${id}/organisers`, { organisationId: w.otherOrgId });
  }
  return id;
}

/** A cooperation opened by the own organisation's admin with the other organisation. */
async function cooperation(w: World): Promise<string> {
  const opened = await w.clients.admin_own.post('/api/v1/cooperations', {
    title: { en: 'Potash processing' },
    organisationIds: [w.orgId, w.otherOrgId],
  });
  if (opened.statusCode !== 201) throw new Error(opened.body);
  return opened.json().id as string;
}

const ACTIONS: Record<string, { allowed: Role[]; run: (w: World, c: TestClient) => Promise<number> }> = {
  'read a draft': {
    allowed: ['member_own', 'editor_own', 'admin_own', 'platform_admin'],
    run: async (w, c) => (await c.get(`/api/v1/opportunities/${w.draftId}`)).statusCode,
  },
  'read a submitted profile': {
    allowed: ['member_own', 'editor_own', 'admin_own', 'coordinator_own_country', 'platform_admin'],
    run: async (w, c) => (await c.get(`/api/v1/opportunities/${w.submittedId}`)).statusCode,
  },
  'edit a draft': {
    allowed: ['editor_own', 'admin_own'],
    run: async (w, c) => (await c.patch(`/api/v1/opportunities/${w.draftId}`, { trl: 5 })).statusCode,
  },
  'submit a draft': {
    allowed: ['editor_own', 'admin_own'],
    run: async (w, c) => (await c.post(`/api/v1/opportunities/${w.draftId}/submit`)).statusCode,
  },
  'review a submitted profile': {
    allowed: ['coordinator_own_country', 'platform_admin'],
    run: async (w, c) =>
      (
        await c.post(`/api/v1/opportunities/${w.submittedId}/review`, {
          decision: 'return',
          comment: 'More detail.',
        })
      ).statusCode,
  },
  'read the history': {
    allowed: ['member_own', 'editor_own', 'admin_own', 'coordinator_own_country', 'platform_admin'],
    run: async (w, c) => (await c.get(`/api/v1/opportunities/${w.submittedId}/history`)).statusCode,
  },
  'edit the organisation': {
    allowed: ['editor_own', 'admin_own', 'platform_admin'],
    run: async (w, c) =>
      (await c.patch(`/api/v1/organisations/${w.orgId}`, { city: 'Vientiane' })).statusCode,
  },
  'list the members': {
    allowed: ['member_own', 'editor_own', 'admin_own', 'coordinator_own_country', 'platform_admin'],
    run: async (w, c) => (await c.get(`/api/v1/organisations/${w.orgId}/members`)).statusCode,
  },
  'invite a member': {
    allowed: ['admin_own', 'platform_admin'],
    run: async (w, c) =>
      (
        await c.post(`/api/v1/organisations/${w.orgId}/invitations`, {
          email: `new-${Math.random()}@corridor.test`,
          role: 'member',
        })
      ).statusCode,
  },
  'add a co-organising organisation to an event': {
    allowed: ['platform_admin'],
    run: async (w, c) => {
      const id = await draftEvent(w, false);
      return (await c.post(`/api/v1/events/${id}/organisers`, { organisationId: w.otherOrgId })).statusCode;
    },
  },
  'remove a co-organising organisation from an event': {
    allowed: ['editor_own', 'admin_own', 'editor_other', 'platform_admin'],
    run: async (w, c) => {
      const id = await draftEvent(w, true);
      return (await c.delete(`/api/v1/events/${id}/organisers/${w.otherOrgId}`)).statusCode;
    },
  },
  // A cooperation between the own (Lao) and the other (Thai) organisation: both are parties.
  'read a cooperation': {
    allowed: [
      'member_own',
      'editor_own',
      'admin_own',
      'editor_other',
      'coordinator_own_country',
      'coordinator_other_country',
      'platform_admin',
    ],
    run: async (w, c) => (await c.get(`/api/v1/cooperations/${await cooperation(w)}`)).statusCode,
  },
  'change the parties of a cooperation': {
    allowed: ['editor_own', 'admin_own', 'editor_other', 'platform_admin'],
    run: async (w, c) =>
      (
        await c.patch(`/api/v1/cooperations/${await cooperation(w)}`, {
          organisationIds: [w.otherOrgId, w.orgId],
        })
      ).statusCode,
  },
  'list the possible owners of next steps': {
    allowed: ['editor_own', 'admin_own', 'editor_other', 'platform_admin'],
    run: async (w, c) =>
      (await c.get(`/api/v1/cooperations/${await cooperation(w)}/possible-owners`)).statusCode,
  },
  'set a platform role': {
    allowed: ['platform_admin'],
    run: async (_w, c) => {
      const target = await t.user();
      return (
        await c.put(`/api/v1/admin/users/${target.id}/platform-role`, { role: 'coordinator', country: 'KH' })
      ).statusCode;
    },
  },
};

describe('authorisation through HTTP', () => {
  for (const [action, { allowed, run }] of Object.entries(ACTIONS)) {
    it(`${action}: allowed for ${allowed.join(', ')} and nobody else`, async () => {
      for (const role of ROLES) {
        const w = await world();
        const status = await run(w, w.clients[role]);
        if (allowed.includes(role))
          expect(status, `${role} should be allowed to ${action}`).toBeLessThan(300);
        else expect([401, 403, 404], `${role} should be denied ${action} (got ${status})`).toContain(status);
      }
    });
  }
});
