import type { AppContext } from '../../app-context.js';
import type { MembershipRole } from '../../domain/vocabulary.js';
import { decodeCursor, encodeCursor } from '../../platform/cursor.js';
import { CorridorError } from '../../platform/errors.js';
import { hashToken, newToken } from '../../platform/secrets.js';
import { type Actor, deny, requireUser } from '../auth/actor.js';
import { enqueueMail } from '../mail/mail.service.js';
import { setCountryOfOrganisationProfiles } from '../profiles/profiles.repository.js';
import { findUserByEmail, findUserById, markEmailVerified } from '../users/users.repository.js';
import { canOnOrganisation, type OrganisationAction } from './organisations.policy.js';
import {
  consumeInvitation,
  countAdminsForUpdate,
  deleteMembership,
  findOrganisation,
  findRole,
  type InvitationRecord,
  insertInvitation,
  insertMembership,
  insertOrganisation,
  listMembers,
  listOpenInvitations,
  listOrganisations,
  type MemberRecord,
  type OrganisationRecord,
  revokeInvitation,
  setRole,
  slugExists,
  updateOrganisation,
} from './organisations.repository.js';
import type {
  CreateOrganisationBody,
  ListOrganisationsQuery,
  UpdateOrganisationBody,
} from './organisations.schema.js';

const INVITATION_DAYS = 14;

async function loadOrganisation(ctx: AppContext, idOrSlug: string): Promise<OrganisationRecord> {
  const org = await findOrganisation(ctx.db, idOrSlug);
  if (!org) throw new CorridorError('OrganisationNotFound');
  return org;
}

function authorize(actor: Actor, action: OrganisationAction, org: OrganisationRecord | null): void {
  if (!canOnOrganisation(actor, action, org)) {
    if (action === 'create' && actor.kind === 'user') throw new CorridorError('EmailNotVerified');
    deny(actor);
  }
}

/** A URL name from the English (or first) name: 'Souphanouvong University' -> 'souphanouvong-university'. */
export function slugFromName(name: Record<string, string | undefined>): string {
  const base = (name.en ?? Object.values(name).find(Boolean) ?? 'organisation')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/g, '');
  return base.length >= 2
    ? base
    : `org-${newToken()
        .slice(0, 6)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`;
}

export async function getOrganisation(ctx: AppContext, idOrSlug: string): Promise<OrganisationRecord> {
  return loadOrganisation(ctx, idOrSlug);
}

export async function browseOrganisations(ctx: AppContext, query: ListOrganisationsQuery) {
  const after = decodeCursor(query.cursor);
  const rows = await listOrganisations(ctx.db, query, after, query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ sortKey: _sortKey, ...org }) => org),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ key: last.sortKey, id: last.id }) : null,
  };
}

/** Creates an organisation; its creator becomes its first admin. */
export async function createOrganisation(
  ctx: AppContext,
  actor: Actor,
  input: CreateOrganisationBody,
): Promise<OrganisationRecord> {
  const user = requireUser(actor);
  authorize(actor, 'create', null);
  return ctx.db.transaction(async (tx) => {
    let slug = input.slug ?? slugFromName(input.name);
    if (input.slug && (await slugExists(tx, slug))) throw new CorridorError('SlugTaken');
    for (let n = 2; !input.slug && (await slugExists(tx, slug)); n += 1)
      slug = `${slugFromName(input.name)}-${n}`;
    const org = await insertOrganisation(tx, {
      slug,
      name: input.name,
      kind: input.kind,
      country: input.country,
      city: input.city,
      website: input.website ?? null,
      description: input.description,
      createdBy: user.userId,
    });
    await insertMembership(tx, org.id, user.userId, 'admin');
    return org;
  });
}

export async function editOrganisation(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
  changes: UpdateOrganisationBody,
): Promise<OrganisationRecord> {
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'update', org);
  await ctx.db.transaction(async (tx) => {
    await updateOrganisation(tx, org.id, changes);
    // Profiles carry their organisation's country for review routing and filters.
    if (changes.country && changes.country !== org.country) {
      await setCountryOfOrganisationProfiles(tx, org.id, changes.country);
    }
  });
  return loadOrganisation(ctx, org.id);
}

export async function membersOf(ctx: AppContext, actor: Actor, idOrSlug: string): Promise<MemberRecord[]> {
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'read_members', org);
  return listMembers(ctx.db, org.id);
}

export async function changeMemberRole(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
  userId: string,
  role: MembershipRole,
): Promise<void> {
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'manage_members', org);
  await ctx.db.transaction(async (tx) => {
    const current = await findRole(tx, org.id, userId);
    if (!current) throw new CorridorError('UserNotFound');
    if (current === 'admin' && role !== 'admin' && (await countAdminsForUpdate(tx, org.id)) <= 1) {
      throw new CorridorError('LastAdmin');
    }
    await setRole(tx, org.id, userId, role);
  });
}

/** Removes a member (admins) or leaves (anyone, for themselves). The last admin cannot go. */
export async function removeMember(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
  userId: string,
): Promise<void> {
  const org = await loadOrganisation(ctx, idOrSlug);
  const self = actor.kind === 'user' && actor.userId === userId;
  authorize(actor, self ? 'leave' : 'manage_members', org);
  await ctx.db.transaction(async (tx) => {
    const current = await findRole(tx, org.id, userId);
    if (!current) throw new CorridorError('UserNotFound');
    if (current === 'admin' && (await countAdminsForUpdate(tx, org.id)) <= 1)
      throw new CorridorError('LastAdmin');
    await deleteMembership(tx, org.id, userId);
  });
}

export async function invitationsOf(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
): Promise<InvitationRecord[]> {
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'manage_members', org);
  return listOpenInvitations(ctx.db, org.id, ctx.clock.now());
}

/** Invites someone by email; the mail carries a one-time link in the invitee's language when known. */
export async function inviteMember(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
  input: { email: string; role: MembershipRole },
): Promise<InvitationRecord> {
  const user = requireUser(actor);
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'manage_members', org);
  const existing = await findUserByEmail(ctx.db, input.email);
  if (existing && (await findRole(ctx.db, org.id, existing.id))) throw new CorridorError('AlreadyMember');
  const token = newToken();
  const language = existing?.preferredLanguage ?? user.language;
  return ctx.db.transaction(async (tx) => {
    const invitation = await insertInvitation(tx, {
      organisationId: org.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: user.userId,
      expiresAt: new Date(ctx.clock.now().getTime() + INVITATION_DAYS * 86_400_000),
    });
    await enqueueMail(tx, {
      to: input.email,
      language,
      subjectKey: 'mail.invitation.subject',
      bodyKey: 'mail.invitation.body',
      params: {
        organisation: org.name[language] ?? org.name.en ?? org.slug,
        inviter: user.displayName,
        role: input.role,
        link: `${ctx.config.publicUrl}/invitations/accept?token=${encodeURIComponent(token)}`,
        days: INVITATION_DAYS,
      },
    });
    return invitation;
  });
}

export async function cancelInvitation(
  ctx: AppContext,
  actor: Actor,
  idOrSlug: string,
  invitationId: string,
): Promise<void> {
  const org = await loadOrganisation(ctx, idOrSlug);
  authorize(actor, 'manage_members', org);
  if ((await revokeInvitation(ctx.db, org.id, invitationId, ctx.clock.now())) === 0) {
    throw new CorridorError('InvitationNotFound');
  }
}

/**
 * Accepts an invitation with the token from the mail. The signed-in person must own the invited
 * address; accepting also confirms that address.
 */
export async function acceptInvitation(
  ctx: AppContext,
  actor: Actor,
  token: string,
): Promise<OrganisationRecord> {
  const user = requireUser(actor);
  const organisationId = await ctx.db.transaction(async (tx) => {
    const invitation = await consumeInvitation(tx, hashToken(token), ctx.clock.now());
    if (!invitation) throw new CorridorError('InvitationNotFound');
    const account = await findUserById(tx, user.userId);
    if (!account || account.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new CorridorError('InvitationNotFound');
    }
    if (await findRole(tx, invitation.organisationId, user.userId)) throw new CorridorError('AlreadyMember');
    await insertMembership(tx, invitation.organisationId, user.userId, invitation.role);
    await markEmailVerified(tx, user.userId, ctx.clock.now());
    return invitation.organisationId;
  });
  return loadOrganisation(ctx, organisationId);
}
