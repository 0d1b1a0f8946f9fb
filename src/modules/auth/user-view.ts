import type { AppContext } from '../../app-context.js';
import type { MembershipRole, MultilingualText } from '../../domain/vocabulary.js';
import type { UserActor } from './actor.js';

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  preferredLanguage: string;
  country: string;
  emailVerified: boolean;
  platformRole: string | null;
  coordinatorCountry: string | null;
  memberships: Array<{ organisationId: string; slug: string; name: MultilingualText; role: MembershipRole }>;
}

/** What a signed-in person sees about themselves. */
export async function describeUser(ctx: AppContext, actor: UserActor): Promise<UserView> {
  const { rows } = await ctx.db.query<{
    organisationId: string;
    slug: string;
    name: MultilingualText;
    role: MembershipRole;
  }>(
    `SELECT m.organisation_id AS "organisationId", o.slug, o.name, m.role
     FROM memberships m JOIN organisations o ON o.id = m.organisation_id
     WHERE m.user_id = $1 ORDER BY m.created_at`,
    [actor.userId],
  );
  return {
    id: actor.userId,
    email: actor.email,
    displayName: actor.displayName,
    preferredLanguage: actor.language,
    country: actor.country,
    emailVerified: actor.emailVerified,
    platformRole: actor.platformRole,
    coordinatorCountry: actor.coordinatorCountry,
    memberships: rows,
  };
}
