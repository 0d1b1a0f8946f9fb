import type { CorridorCountry, Country, Language, MembershipRole } from '../../domain/vocabulary.js';
import { CorridorError } from '../../platform/errors.js';

export const PLATFORM_ROLES = ['coordinator', 'administrator'] as const;
export type PlatformRole = (typeof PLATFORM_ROLES)[number];

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export interface AnonymousActor {
  kind: 'anonymous';
  language: Language;
}

/** A signed-in person, by session cookie or personal API token. */
export interface UserActor {
  kind: 'user';
  userId: string;
  email: string;
  displayName: string;
  language: Language;
  country: Country;
  emailVerified: boolean;
  platformRole: PlatformRole | null;
  /** For coordinators: the country whose ministry they work for. */
  coordinatorCountry: CorridorCountry | null;
  /** Organisation id to the person's role in it. */
  memberships: ReadonlyMap<string, MembershipRole>;
  via: 'session' | 'token';
  scopes: readonly TokenScope[];
}

/** Who is asking: every policy decision starts from this. */
export type Actor = AnonymousActor | UserActor;

export function anonymous(language: Language = 'en'): AnonymousActor {
  return { kind: 'anonymous', language };
}

export function isAdministrator(actor: Actor): boolean {
  return actor.kind === 'user' && actor.platformRole === 'administrator';
}

export function isCoordinatorOf(actor: Actor, country: string): boolean {
  return (
    actor.kind === 'user' && actor.platformRole === 'coordinator' && actor.coordinatorCountry === country
  );
}

export function roleIn(actor: Actor, organisationId: string): MembershipRole | null {
  return actor.kind === 'user' ? (actor.memberships.get(organisationId) ?? null) : null;
}

/** Editors and admins of an organisation write on its behalf. */
export function canWriteFor(actor: Actor, organisationId: string): boolean {
  const role = roleIn(actor, organisationId);
  return role === 'admin' || role === 'editor';
}

/** The signed-in user, or NotAuthenticated. */
export function requireUser(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw new CorridorError('NotAuthenticated');
  return actor;
}

/** Throws the right error when a policy said no: 401 for anonymous, 403 for everyone else. */
export function deny(actor: Actor): never {
  if (actor.kind === 'anonymous') throw new CorridorError('NotAuthenticated');
  throw new CorridorError('Forbidden');
}
