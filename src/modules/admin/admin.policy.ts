import { type Actor, isAdministrator } from '../auth/actor.js';

export const ADMIN_ACTIONS = ['assign_platform_role', 'manage_settings', 'read_settings'] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

/** Platform-wide actions: administrators only; everyone may read the settings that shape forms. */
export function canAdminister(actor: Actor, action: AdminAction): boolean {
  if (action === 'read_settings') return true;
  return isAdministrator(actor);
}
