import { describe, expect, it } from 'vitest';
import type { MembershipRole, ProfileStatus } from '../src/domain/vocabulary.js';
import { ADMIN_ACTIONS, canAdminister } from '../src/modules/admin/admin.policy.js';
import type { Actor, PlatformRole } from '../src/modules/auth/actor.js';
import { canOnInterest, INTEREST_ACTIONS } from '../src/modules/interests/interests.policy.js';
import {
  canOnOrganisation,
  ORGANISATION_ACTIONS,
} from '../src/modules/organisations/organisations.policy.js';
import { canOnProfile, PROFILE_ACTIONS } from '../src/modules/profiles/profiles.policy.js';
import { canOnTerminology, TERMINOLOGY_ACTIONS } from '../src/modules/terminology/terminology.policy.js';

/**
 * The authorisation matrix: every role against every action, on a resource of the actor's own
 * organisation (or coordinated country) and of another one. Each row lists who is allowed; everyone
 * else must be denied.
 */
const OWN_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';

function user(
  options: {
    role?: MembershipRole;
    org?: string;
    verified?: boolean;
    platformRole?: PlatformRole;
    country?: 'LA' | 'TH';
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
  coordinator_other_country: user({ platformRole: 'coordinator', country: 'TH' }),
  platform_admin: user({ platformRole: 'administrator' }),
} satisfies Record<string, Actor>;
type Role = keyof typeof ROLES;
const ALL = Object.keys(ROLES) as Role[];
const except = (...denied: Role[]) => ALL.filter((r) => !denied.includes(r));

const MEMBERS: Role[] = ['member_own', 'editor_own', 'editor_own_unverified', 'admin_own'];
const WRITERS: Role[] = ['editor_own', 'admin_own'];

const ORGANISATION_MATRIX: Record<(typeof ORGANISATION_ACTIONS)[number], Role[]> = {
  read: ALL,
  create: except('anonymous', 'unverified', 'editor_own_unverified'),
  update: [...WRITERS, 'editor_own_unverified', 'platform_admin'],
  read_members: [...MEMBERS, 'coordinator_own_country', 'platform_admin'],
  manage_members: ['admin_own', 'platform_admin'],
  leave: MEMBERS,
};

describe('organisation policy matrix', () => {
  for (const action of ORGANISATION_ACTIONS) {
    for (const role of ALL) {
      const allowed = ORGANISATION_MATRIX[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canOnOrganisation(ROLES[role], action, { id: OWN_ORG, country: 'LA' })).toBe(allowed);
      });
    }
  }
});

/** Who may do what with a profile of OWN_ORG (country LA) in each status. */
const PROFILE_MATRIX: Record<ProfileStatus, Record<(typeof PROFILE_ACTIONS)[number], Role[]>> = {
  draft: {
    read: [...MEMBERS, 'platform_admin'],
    read_contact: ['member_own', 'editor_own', 'admin_own', 'platform_admin'],
    read_history: [...MEMBERS, 'platform_admin'],
    create: WRITERS,
    update: WRITERS,
    submit: WRITERS,
    withdraw: [...WRITERS, 'editor_own_unverified'],
    complete: [...WRITERS, 'editor_own_unverified'],
    renew: [...WRITERS, 'editor_own_unverified'],
    review: ['coordinator_own_country', 'platform_admin'],
  },
  submitted: {
    read: [...MEMBERS, 'coordinator_own_country', 'platform_admin'],
    read_contact: ['member_own', 'editor_own', 'admin_own', 'coordinator_own_country', 'platform_admin'],
    read_history: [...MEMBERS, 'coordinator_own_country', 'platform_admin'],
    create: WRITERS,
    update: WRITERS,
    submit: WRITERS,
    withdraw: [...WRITERS, 'editor_own_unverified'],
    complete: [...WRITERS, 'editor_own_unverified'],
    renew: [...WRITERS, 'editor_own_unverified'],
    review: ['coordinator_own_country', 'platform_admin'],
  },
  published: {
    read: ALL,
    read_contact: except('anonymous', 'unverified', 'editor_own_unverified'),
    read_history: [...MEMBERS, 'coordinator_own_country', 'platform_admin'],
    create: WRITERS,
    update: WRITERS,
    submit: WRITERS,
    withdraw: [...WRITERS, 'editor_own_unverified'],
    complete: [...WRITERS, 'editor_own_unverified'],
    renew: [...WRITERS, 'editor_own_unverified'],
    review: ['coordinator_own_country', 'platform_admin'],
  },
  returned: {} as never,
  expired: {} as never,
  withdrawn: {} as never,
  completed: {} as never,
};

describe('profile policy matrix', () => {
  for (const status of ['draft', 'submitted', 'published'] as const) {
    for (const action of PROFILE_ACTIONS) {
      for (const role of ALL) {
        const allowed = PROFILE_MATRIX[status][action].includes(role);
        it(`${status}: ${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
          expect(canOnProfile(ROLES[role], action, { organisationId: OWN_ORG, country: 'LA', status })).toBe(
            allowed,
          );
        });
      }
    }
  }

  it('never lets a coordinator review a profile of their own organisation', () => {
    const coordinatorMember: Actor = {
      ...(ROLES.coordinator_own_country as Extract<Actor, { kind: 'user' }>),
      memberships: new Map([[OWN_ORG, 'admin']]),
    };
    expect(
      canOnProfile(coordinatorMember, 'review', {
        organisationId: OWN_ORG,
        country: 'LA',
        status: 'submitted',
      }),
    ).toBe(false);
  });
});

describe('administration policy matrix', () => {
  for (const action of ADMIN_ACTIONS) {
    for (const role of ALL) {
      const allowed = action === 'read_settings' || role === 'platform_admin';
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canAdminister(ROLES[role], action)).toBe(allowed);
      });
    }
  }
});

/** Expressions of interest: OWN_ORG published the profile, OTHER_ORG expresses interest. */
const INTEREST_MATRIX: Record<(typeof INTEREST_ACTIONS)[number], Role[]> = {
  // Writers of the interested organisation; nobody on their own organisation's profile.
  send: ['editor_other', 'admin_other'],
  read: [...MEMBERS, 'member_other', 'editor_other', 'admin_other', 'platform_admin'],
  answer: WRITERS,
  withdraw: ['editor_other', 'admin_other'],
  // The conversation is the two organisations' own: administrators do not read it.
  converse: ['member_own', 'editor_own', 'admin_own', 'member_other', 'editor_other', 'admin_other'],
};

describe('expression of interest policy matrix', () => {
  for (const action of INTEREST_ACTIONS) {
    for (const role of ALL) {
      const allowed = INTEREST_MATRIX[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(
          canOnInterest(ROLES[role], action, { ownerOrganisationId: OWN_ORG, fromOrganisationId: OTHER_ORG }),
        ).toBe(allowed);
      });
    }
  }
});

describe('terminology policy matrix', () => {
  for (const action of TERMINOLOGY_ACTIONS) {
    for (const role of ALL) {
      const allowed =
        action === 'read' ||
        role === 'coordinator_own_country' ||
        role === 'coordinator_other_country' ||
        role === 'platform_admin';
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} the terminology`, () => {
        expect(canOnTerminology(ROLES[role], action)).toBe(allowed);
      });
    }
  }
});
