import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { CORRIDOR_COUNTRIES } from '../../domain/vocabulary.js';
import type { CorridorApp } from '../../http/app.js';
import { PLATFORM_ROLES } from '../auth/actor.js';
import { platformSettingsSchema } from '../settings/settings.service.js';
import { assignPlatformRole, changeSettings, getSettings } from './admin.service.js';

const tags = ['administration'];

const platformRoleBody = z
  .object({
    /** `coordinator` (needs a country), `administrator`, or null to remove the role. */
    role: z.enum(PLATFORM_ROLES).nullable(),
    country: z.enum(CORRIDOR_COUNTRIES).nullable().default(null),
  })
  .strict()
  .superRefine((body, issue) => {
    if (body.role === 'coordinator' && !body.country) {
      issue.addIssue({
        code: 'custom',
        path: ['country'],
        params: { code: 'required' },
        message: 'required',
      });
    }
  });

/** Platform administration: roles and settings. */
export function adminRoutes(app: CorridorApp, ctx: AppContext): void {
  app.put(
    '/api/v1/admin/users/:id/platform-role',
    {
      schema: {
        tags,
        summary: 'Set or remove a platform role (administrators)',
        params: z.object({ id: z.uuid() }).strict(),
        body: platformRoleBody,
      },
    },
    async (request, reply) => {
      await assignPlatformRole(
        ctx,
        request.actor,
        request.params.id,
        request.body.role,
        request.body.country,
      );
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/settings', { schema: { tags, summary: 'Platform settings' } }, async (request) =>
    getSettings(ctx, request.actor),
  );

  app.put(
    '/api/v1/admin/settings',
    { schema: { tags, summary: 'Change platform settings (administrators)', body: platformSettingsSchema } },
    async (request) => changeSettings(ctx, request.actor, request.body),
  );

  app.get('/api/health', { schema: { hide: true } }, async () => {
    await ctx.db.query('SELECT 1');
    return { status: 'ok', database: ctx.db.backend };
  });
}
