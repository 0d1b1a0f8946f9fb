import type { User } from '../../api/types';

/**
 * Whether the person may change the terminology base: a coordinator (of any country) or an
 * administrator with a confirmed address. Mirrors src/modules/terminology/terminology.policy.ts, so
 * the edit buttons show only to those the API will let through.
 */
export function canEditTerminology(user: User | null): boolean {
  return Boolean(user?.emailVerified && user.platformRole);
}
