import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../src/domain/vocabulary.js';
import type { Actor, PlatformRole } from '../src/modules/auth/actor.js';
import { COOPERATION_ACTIONS, canOnCooperation } from '../src/modules/cooperations/cooperations.policy.js';
import { canOnIndicators, INDICATOR_ACTIONS } from '../src/modules/indicators/indicators.policy.js';
import { canOnExchangeRates, RATE_ACTIONS } from '../src/modules/rates/rates.policy.js';

/**
 * The authorisation matrix of the cooperation pipeline, the exchange rates and the indicators: every
 * role against every action, on a cooperation between the actor's own organisation (Laos) and a
 * Chinese partner, as seen from another organisation, and from the coordinators of a party's country
 * and of a third country. Each row lists who is allowed; everyone else must be denied.
 */
const OWN_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const PARTNER_ORG = '33333333-3333-4333-8333-333333333333';

function user(
  options: {
    role?: MembershipRole;
    org?: string;
    verified?: boolean;
    platformRole?: PlatformRole;
    country?: 'LA' | 'CN' | 'TH';
  } = {},
): Actor {
  return {
    kind: 'user',
    userId: 'u',
    email: 'u@corridor.test',
    displayName: 'U',
    language: 'en',
    country: 'LA',
    emailVerified: options.verified ?? true,
    platformRole: options.platformRole ?? null,
    coordinatorCountry: options.platformRole === 'coordinator' ? (options.country ?? 'LA') : null,
    memberships: options.role ? new Map([[options.org ?? OWN_ORG, options.role]]) : new Map(),
    via: 'session',
    scopes: ['read', 'write'],
  };
}

const ROLES = {
  anonymous: { kind: 'anonymous', language: 'en' } as Actor,
  unverified: user({ verified: false }),
  outsider: user(),
  member_own: user({ role: 'member' }),
  member_other: user({ role: 'member', org: OTHER_ORG }),
  editor_own: user({ role: 'editor' }),
  editor_own_unverified: user({ role: 'editor', verified: false }),
  editor_other: user({ role: 'editor', org: OTHER_ORG }),
  admin_own: user({ role: 'admin' }),
  admin_other: user({ role: 'admin', org: OTHER_ORG }),
  coordinator_own_country: user({ platformRole: 'coordinator', country: 'LA' }),
  coordinator_partner_country: user({ platformRole: 'coordinator', country: 'CN' }),
  coordinator_other_country: user({ platformRole: 'coordinator', country: 'TH' }),
  platform_admin: user({ platformRole: 'administrator' }),
} satisfies Record<string, Actor>;
type Role = keyof typeof ROLES;
const ALL = Object.keys(ROLES) as Role[];

const MEMBERS: Role[] = ['member_own', 'editor_own', 'editor_own_unverified', 'admin_own'];
const WRITERS: Role[] = ['editor_own', 'admin_own'];
const COORDINATORS: Role[] = [
  'coordinator_own_country',
  'coordinator_partner_country',
  'coordinator_other_country',
];

const COOPERATION = {
  parties: [
    { organisationId: OWN_ORG, country: 'LA' },
    { organisationId: PARTNER_ORG, country: 'CN' },
  ],
};

const COOPERATION_MATRIX: Record<(typeof COOPERATION_ACTIONS)[number], Role[]> = {
  read: [...MEMBERS, 'coordinator_own_country', 'coordinator_partner_country', 'platform_admin'],
  // The issue: private documents are visible to the parties only.
  read_documents: MEMBERS,
  create: [...WRITERS, 'platform_admin'],
  update: [...WRITERS, 'platform_admin'],
  move_stage: [...WRITERS, 'platform_admin'],
  record_results: [...WRITERS, 'platform_admin'],
  manage_next_steps: [...WRITERS, 'platform_admin'],
  // Every member of every party may own a next step: whoever assigns them may list them all.
  list_possible_owners: [...WRITERS, 'platform_admin'],
  manage_documents: WRITERS,
};

describe('cooperation policy matrix', () => {
  for (const action of COOPERATION_ACTIONS) {
    for (const role of ALL) {
      const allowed = COOPERATION_MATRIX[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canOnCooperation(ROLES[role], action, COOPERATION)).toBe(allowed);
      });
    }
  }

  it('gives the other organisation nothing once it is not a party, and everything it is due once it is', () => {
    const withOther = { parties: [...COOPERATION.parties, { organisationId: OTHER_ORG, country: 'TH' }] };
    expect(canOnCooperation(ROLES.admin_other, 'read', COOPERATION)).toBe(false);
    expect(canOnCooperation(ROLES.admin_other, 'manage_documents', withOther)).toBe(true);
    expect(canOnCooperation(ROLES.member_other, 'read_documents', withOther)).toBe(true);
    expect(canOnCooperation(ROLES.coordinator_other_country, 'read', withOther)).toBe(true);
    expect(canOnCooperation(ROLES.coordinator_other_country, 'read_documents', withOther)).toBe(false);
  });
});

const RATE_MATRIX: Record<(typeof RATE_ACTIONS)[number], Role[]> = {
  read: [...COORDINATORS, 'platform_admin'],
  write: ['platform_admin'],
};

describe('exchange rate policy matrix', () => {
  for (const action of RATE_ACTIONS) {
    for (const role of ALL) {
      const allowed = RATE_MATRIX[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} exchange rates`, () => {
        expect(canOnExchangeRates(ROLES[role], action)).toBe(allowed);
      });
    }
  }
});

/** Indicators filtered to the actor's country (LA), to another country (TH), and corridor-wide. */
const INDICATOR_MATRIX: Record<
  'LA' | 'TH' | 'corridor',
  Record<(typeof INDICATOR_ACTIONS)[number], Role[]>
> = {
  LA: {
    read_aggregates: ALL,
    read_detailed: ['coordinator_own_country', 'platform_admin'],
    read_organisation_figures: ['coordinator_own_country', 'platform_admin'],
  },
  TH: {
    read_aggregates: ALL,
    read_detailed: ['coordinator_other_country', 'platform_admin'],
    read_organisation_figures: ['coordinator_other_country', 'platform_admin'],
  },
  corridor: {
    read_aggregates: ALL,
    read_detailed: ['platform_admin'],
    read_organisation_figures: ['platform_admin'],
  },
};

describe('indicator policy matrix', () => {
  for (const scope of ['LA', 'TH', 'corridor'] as const) {
    for (const action of INDICATOR_ACTIONS) {
      for (const role of ALL) {
        const allowed = INDICATOR_MATRIX[scope][action].includes(role);
        it(`${scope}: ${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
          expect(canOnIndicators(ROLES[role], action, scope === 'corridor' ? null : scope)).toBe(allowed);
        });
      }
    }
  }
});
