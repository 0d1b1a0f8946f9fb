import type { Profile, User } from '../api/types';

/**
 * What the reader may do with a profile, as the web app decides which buttons to show. The server
 * decides for real (profiles.policy.ts); this mirror only avoids offering what would be refused.
 */
export interface ProfileAccess {
  member: boolean;
  writer: boolean;
  reviewer: boolean;
  seesHistory: boolean;
}

export function profileAccess(
  user: User | null,
  profile: Pick<Profile, 'organisation' | 'status'>,
): ProfileAccess {
  if (!user) return { member: false, writer: false, reviewer: false, seesHistory: false };
  const membership = user.memberships.find((m) => m.organisationId === profile.organisation.id);
  const member = Boolean(membership);
  const writer = membership?.role === 'admin' || membership?.role === 'editor';
  const administrator = user.platformRole === 'administrator';
  const coordinator =
    user.platformRole === 'coordinator' && user.coordinatorCountry === profile.organisation.country;
  return {
    member,
    writer,
    reviewer: !member && (coordinator || administrator),
    seesHistory: member || administrator || (coordinator && profile.status !== 'draft'),
  };
}
