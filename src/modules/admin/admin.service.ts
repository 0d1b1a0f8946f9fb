import type { AppContext } from '../../app-context.js';
import type { CorridorCountry } from '../../domain/vocabulary.js';
import { CorridorError } from '../../platform/errors.js';
import { type Actor, deny, type PlatformRole } from '../auth/actor.js';
import { type PlatformSettings, readSettings, writeSettings } from '../settings/settings.service.js';
import { setPlatformRole } from '../users/users.repository.js';
import { type AdminAction, canAdminister } from './admin.policy.js';

function authorize(actor: Actor, action: AdminAction): void {
  if (!canAdminister(actor, action)) deny(actor);
}

/** Makes someone a coordinator for a country, an administrator, or neither. */
export async function assignPlatformRole(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  role: PlatformRole | null,
  coordinatorCountry: CorridorCountry | null,
): Promise<void> {
  authorize(actor, 'assign_platform_role');
  if ((await setPlatformRole(ctx.db, userId, role, coordinatorCountry)) === 0)
    throw new CorridorError('UserNotFound');
}

export async function getSettings(ctx: AppContext, actor: Actor): Promise<PlatformSettings> {
  authorize(actor, 'read_settings');
  return readSettings(ctx.db);
}

export async function changeSettings(
  ctx: AppContext,
  actor: Actor,
  settings: PlatformSettings,
): Promise<PlatformSettings> {
  authorize(actor, 'manage_settings');
  await writeSettings(ctx.db, settings, actor.kind === 'user' ? actor.userId : null);
  return readSettings(ctx.db);
}
