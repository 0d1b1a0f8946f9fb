import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { CorridorError } from '../../platform/errors.js';
import { requireUser } from '../auth/actor.js';
import { changePasswordBody, createApiTokenBody, idParams, updateMeBody } from '../auth/auth.schema.js';
import {
  actorForUser,
  changePassword,
  createApiToken,
  endSession,
  listSessions,
  listTokens,
  revokeToken,
} from '../auth/auth.service.js';
import { describeUser } from '../auth/user-view.js';
import { findUserById, updateUserProfile } from './users.repository.js';

const tags = ['account'];

/** The signed-in person's account: profile, password, sessions and personal API tokens. */
export function usersRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get('/api/v1/me', { schema: { tags, summary: 'My account' } }, async (request) =>
    describeUser(ctx, requireUser(request.actor)),
  );

  app.patch(
    '/api/v1/me',
    { schema: { tags, summary: 'Change my name, language or country', body: updateMeBody } },
    async (request) => {
      const actor = requireUser(request.actor);
      await updateUserProfile(ctx.db, actor.userId, request.body);
      const user = await findUserById(ctx.db, actor.userId);
      if (!user) throw new CorridorError('UserNotFound');
      return describeUser(ctx, await actorForUser(ctx.db, user, actor.via, actor.scopes));
    },
  );

  app.post(
    '/api/v1/me/password',
    { schema: { tags, summary: 'Change my password; my other sessions end', body: changePasswordBody } },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      await changePassword(ctx, actor.userId, request.session?.id ?? null, request.body);
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/me/sessions', { schema: { tags, summary: 'My active sessions' } }, async (request) => {
    const actor = requireUser(request.actor);
    const sessions = await listSessions(ctx, actor.userId);
    return {
      items: sessions.map((s) => ({
        id: s.id,
        userAgent: s.userAgent,
        ip: s.ip,
        createdAt: s.createdAt,
        lastSeenAt: s.lastSeenAt,
        expiresAt: s.expiresAt,
        current: s.id === request.session?.id,
      })),
    };
  });

  app.delete(
    '/api/v1/me/sessions/:id',
    { schema: { tags, summary: 'End one of my sessions', params: idParams } },
    async (request, reply) => {
      await endSession(ctx, requireUser(request.actor).userId, request.params.id);
      return reply.status(204).send();
    },
  );

  app.get('/api/v1/me/tokens', { schema: { tags, summary: 'My personal API tokens' } }, async (request) => {
    const tokens = await listTokens(ctx, requireUser(request.actor).userId);
    return { items: tokens.map(({ userId: _userId, ...token }) => token) };
  });

  app.post(
    '/api/v1/me/tokens',
    {
      schema: {
        tags,
        summary: 'Create a personal API token; the token is shown only in this answer',
        body: createApiTokenBody,
      },
    },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      // Tokens cannot mint tokens: only a person in a browser session can.
      if (actor.via !== 'session') throw new CorridorError('Forbidden');
      const { token, record } = await createApiToken(ctx, actor.userId, request.body);
      const { userId: _userId, ...rest } = record;
      return reply.status(201).send({ ...rest, token });
    },
  );

  app.delete(
    '/api/v1/me/tokens/:id',
    { schema: { tags, summary: 'Revoke one of my API tokens', params: idParams } },
    async (request, reply) => {
      await revokeToken(ctx, requireUser(request.actor).userId, request.params.id);
      return reply.status(204).send();
    },
  );
}
