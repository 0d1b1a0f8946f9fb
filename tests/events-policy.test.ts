import { describe, expect, it } from 'vitest';
import type { MembershipRole } from '../src/domain/vocabulary.js';
import type { Actor, PlatformRole } from '../src/modules/auth/actor.js';
import {
  canChangeOrganiser,
  canOnEvent,
  canOnParticipant,
  EVENT_ACTIONS,
  type EventFacts,
  type EventStatus,
  ORGANISER_CHANGES,
  type OrganiserChange,
  PARTICIPANT_ACTIONS,
  type ParticipantFacts,
} from '../src/modules/events/events.policy.js';

/**
 * The authorisation matrix of events: every role against every action, on an event organised by
 * the actor's own organisation and by another one, and on a participant that is the actor's own
 * organisation or another one. Each row lists who is allowed; everyone else must be denied.
 */
const OWN_ORG = '11111111-1111-4111-8111-111111111111';
const OTHER_ORG = '22222222-2222-4222-8222-222222222222';
const DELEGATE_ID = 'delegate-user';

function user(
  options: {
    role?: MembershipRole;
    org?: string;
    verified?: boolean;
    platformRole?: PlatformRole;
    userId?: string;
  } = {},
): Actor {
  return {
    kind: 'user',
    userId: options.userId ?? 'u',
    email: 'u@corridor.test',
    displayName: 'U',
    language: 'en',
    country: 'LA',
    emailVerified: options.verified ?? true,
    platformRole: options.platformRole ?? null,
    coordinatorCountry: options.platformRole === 'coordinator' ? 'LA' : null,
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
  editor_own: user({ role: 'editor' }),
  editor_own_unverified: user({ role: 'editor', verified: false }),
  admin_own: user({ role: 'admin' }),
  member_other: user({ role: 'member', org: OTHER_ORG }),
  editor_other: user({ role: 'editor', org: OTHER_ORG }),
  admin_other: user({ role: 'admin', org: OTHER_ORG }),
  // A member (not a writer) of the organisation who is in its delegation at this event.
  delegate_own: user({ role: 'member', userId: DELEGATE_ID }),
  coordinator: user({ platformRole: 'coordinator' }),
  platform_admin: user({ platformRole: 'administrator' }),
} satisfies Record<string, Actor>;
type Role = keyof typeof ROLES;
const ALL = Object.keys(ROLES) as Role[];
const except = (...denied: Role[]) => ALL.filter((r) => !denied.includes(r));

const ORGANISERS: Role[] = ['editor_own', 'editor_own_unverified', 'admin_own', 'platform_admin'];

function event(status: EventStatus, viewerIsParticipant = false): EventFacts {
  return { organiserIds: [OWN_ORG], status, viewerIsParticipant };
}

/** Who may do what with an event organised by OWN_ORG, in each status. */
const EVENT_MATRIX: Record<EventStatus, Record<(typeof EVENT_ACTIONS)[number], Role[]>> = {
  draft: {
    read: ORGANISERS,
    create: ['editor_own', 'admin_own', 'platform_admin'],
    update: ORGANISERS,
    publish: ORGANISERS,
    cancel: ORGANISERS,
    register: [],
    read_participants: ORGANISERS,
    read_registrations: ORGANISERS,
    decide_registration: ORGANISERS,
    schedule: ORGANISERS,
    check_in: ORGANISERS,
    mark_attendance: ORGANISERS,
    read_report: ORGANISERS,
  },
  published: {
    read: ALL,
    create: ['editor_own', 'admin_own', 'platform_admin'],
    update: ORGANISERS,
    publish: ORGANISERS,
    cancel: ORGANISERS,
    register: except('anonymous', 'unverified', 'editor_own_unverified'),
    read_participants: ORGANISERS,
    read_registrations: ORGANISERS,
    decide_registration: ORGANISERS,
    schedule: ORGANISERS,
    check_in: ORGANISERS,
    mark_attendance: ORGANISERS,
    read_report: ORGANISERS,
  },
  cancelled: {
    read: ALL,
    create: ['editor_own', 'admin_own', 'platform_admin'],
    update: ORGANISERS,
    publish: ORGANISERS,
    cancel: ORGANISERS,
    register: [],
    read_participants: ORGANISERS,
    read_registrations: ORGANISERS,
    decide_registration: ORGANISERS,
    schedule: ORGANISERS,
    check_in: ORGANISERS,
    mark_attendance: ORGANISERS,
    read_report: ORGANISERS,
  },
};

describe('event policy matrix (event organised by the own organisation)', () => {
  for (const status of ['draft', 'published', 'cancelled'] as const) {
    for (const action of EVENT_ACTIONS) {
      for (const role of ALL) {
        const allowed = EVENT_MATRIX[status][action].includes(role);
        it(`${status}: ${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
          expect(canOnEvent(ROLES[role], action, event(status))).toBe(allowed);
        });
      }
    }
  }
});

describe('event policy matrix (event organised by another organisation)', () => {
  // Nobody of OWN_ORG organises it: the other organisation's writers and administrators do.
  const other: EventFacts = { organiserIds: [OTHER_ORG], status: 'published', viewerIsParticipant: false };
  const OTHER_ORGANISERS: Role[] = ['editor_other', 'admin_other', 'platform_admin'];
  for (const action of EVENT_ACTIONS) {
    for (const role of ALL) {
      const allowed =
        action === 'read'
          ? true
          : action === 'register'
            ? EVENT_MATRIX.published.register.includes(role)
            : OTHER_ORGANISERS.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        expect(canOnEvent(ROLES[role], action, other)).toBe(allowed);
      });
    }
  }

  it('lets approved participants, and only them besides organisers, read the participant list', () => {
    const asParticipant = event('published', true);
    expect(canOnEvent(ROLES.member_other, 'read_participants', asParticipant)).toBe(true);
    expect(canOnEvent(ROLES.member_other, 'read_participants', event('published', false))).toBe(false);
    expect(canOnEvent(ROLES.member_other, 'read_participants', event('draft', true))).toBe(false);
  });

  it('creates only for organisations the creator writes for, all of them', () => {
    const joint: EventFacts = {
      organiserIds: [OWN_ORG, OTHER_ORG],
      status: 'draft',
      viewerIsParticipant: false,
    };
    expect(canOnEvent(ROLES.editor_own, 'create', joint)).toBe(false);
    const both = user({ role: 'editor' });
    const writerOfBoth: Actor = {
      ...(both as Extract<Actor, { kind: 'user' }>),
      memberships: new Map([
        [OWN_ORG, 'editor'],
        [OTHER_ORG, 'admin'],
      ]),
    };
    expect(canOnEvent(writerOfBoth, 'create', joint)).toBe(true);
    expect(canOnEvent(ROLES.platform_admin, 'create', { ...joint, organiserIds: [] })).toBe(true);
    expect(canOnEvent(ROLES.editor_own, 'create', { ...joint, organiserIds: [] })).toBe(false);
  });
});

/**
 * Changing the organisers of an event organised by OWN_ORG: adding OTHER_ORG (whose writers must
 * consent), adding OWN_ORG again, removing OTHER_ORG once it co-organises. Organisers with a confirmed
 * email only; any of them may remove any organising organisation (the last one is the service's rule).
 */
const WRITER_OF_BOTH: Actor = {
  ...(user({ role: 'editor' }) as Extract<Actor, { kind: 'user' }>),
  memberships: new Map([
    [OWN_ORG, 'editor'],
    [OTHER_ORG, 'admin'],
  ]),
};
const CHANGE_ROLES: Record<Role | 'writer_of_both', Actor> = { ...ROLES, writer_of_both: WRITER_OF_BOTH };
type ChangeRole = keyof typeof CHANGE_ROLES;
const ORGANISER_CHANGE_MATRIX: Record<
  string,
  { change: OrganiserChange; organisers: string[]; target: string; allowed: ChangeRole[] }
> = {
  'add another organisation': {
    change: 'add',
    organisers: [OWN_ORG],
    target: OTHER_ORG,
    allowed: ['writer_of_both', 'platform_admin'],
  },
  'add the own organisation again': {
    change: 'add',
    organisers: [OWN_ORG],
    target: OWN_ORG,
    allowed: ['editor_own', 'admin_own', 'writer_of_both', 'platform_admin'],
  },
  'remove a co-organiser': {
    change: 'remove',
    organisers: [OWN_ORG, OTHER_ORG],
    target: OTHER_ORG,
    allowed: ['editor_own', 'admin_own', 'editor_other', 'admin_other', 'writer_of_both', 'platform_admin'],
  },
  'remove the own organisation': {
    change: 'remove',
    organisers: [OWN_ORG, OTHER_ORG],
    target: OWN_ORG,
    allowed: ['editor_own', 'admin_own', 'editor_other', 'admin_other', 'writer_of_both', 'platform_admin'],
  },
};

describe('organiser change policy matrix', () => {
  it('covers every kind of change', () => {
    const covered = new Set(Object.values(ORGANISER_CHANGE_MATRIX).map((row) => row.change));
    expect([...covered].sort()).toEqual([...ORGANISER_CHANGES].sort());
  });
  for (const [name, row] of Object.entries(ORGANISER_CHANGE_MATRIX)) {
    for (const role of Object.keys(CHANGE_ROLES) as ChangeRole[]) {
      const allowed = row.allowed.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${name}`, () => {
        const facts = { organiserIds: row.organisers };
        expect(canChangeOrganiser(CHANGE_ROLES[role], row.change, facts, row.target)).toBe(allowed);
      });
    }
  }
});

/** Who may act for a participant (OWN_ORG) of an event organised by ORGANISER_ORG. */
const ORGANISER_ORG = '33333333-3333-4333-8333-333333333333';
const ORGANISER_ROLES = {
  organiser_editor: user({ role: 'editor', org: ORGANISER_ORG }),
  organiser_member: user({ role: 'member', org: ORGANISER_ORG }),
} satisfies Record<string, Actor>;
type ParticipantRole = Role | keyof typeof ORGANISER_ROLES;
const PARTICIPANT_ROLES: Record<ParticipantRole, Actor> = { ...ROLES, ...ORGANISER_ROLES };
const ALL_P = Object.keys(PARTICIPANT_ROLES) as ParticipantRole[];

const SPEAKERS: ParticipantRole[] = ['editor_own', 'admin_own', 'delegate_own'];
const PARTICIPANT_MATRIX: Record<(typeof PARTICIPANT_ACTIONS)[number], ParticipantRole[]> = {
  read: [
    'member_own',
    'editor_own',
    'editor_own_unverified',
    'admin_own',
    'delegate_own',
    'organiser_editor',
    'platform_admin',
  ],
  register: ['editor_own', 'admin_own'],
  update: [
    'editor_own',
    'editor_own_unverified',
    'admin_own',
    'delegate_own',
    'organiser_editor',
    'platform_admin',
  ],
  manage_delegates: [
    'editor_own',
    'editor_own_unverified',
    'admin_own',
    'organiser_editor',
    'platform_admin',
  ],
  cancel: ['editor_own', 'editor_own_unverified', 'admin_own', 'organiser_editor', 'platform_admin'],
  request_meeting: SPEAKERS,
  answer_meeting: SPEAKERS,
  follow_up: SPEAKERS,
};

describe('participant policy matrix', () => {
  const participant: ParticipantFacts = {
    event: { organiserIds: [ORGANISER_ORG], status: 'published', viewerIsParticipant: false },
    organisationId: OWN_ORG,
    delegateUserIds: [DELEGATE_ID],
  };
  for (const action of PARTICIPANT_ACTIONS) {
    for (const role of ALL_P) {
      const allowed = PARTICIPANT_MATRIX[action].includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action} for the own organisation`, () => {
        expect(canOnParticipant(PARTICIPANT_ROLES[role], action, participant)).toBe(allowed);
      });
    }
  }

  it('lets nobody of the own organisation act for another participant', () => {
    const another: ParticipantFacts = { ...participant, organisationId: OTHER_ORG, delegateUserIds: [] };
    for (const action of PARTICIPANT_ACTIONS) {
      for (const role of ['member_own', 'editor_own', 'admin_own', 'delegate_own'] as const) {
        expect(canOnParticipant(ROLES[role], action, another), `${role} ${action}`).toBe(false);
      }
    }
  });

  it('never lets organisers answer meeting requests for a participant', () => {
    for (const action of ['request_meeting', 'answer_meeting', 'follow_up'] as const) {
      expect(canOnParticipant(ORGANISER_ROLES.organiser_editor, action, participant)).toBe(false);
      expect(canOnParticipant(ROLES.platform_admin, action, participant)).toBe(false);
    }
  });

  it('allows registering only while the event is published', () => {
    for (const status of ['draft', 'cancelled'] as const) {
      expect(
        canOnParticipant(ROLES.editor_own, 'register', {
          ...participant,
          event: { ...participant.event, status },
        }),
      ).toBe(false);
    }
  });
});
