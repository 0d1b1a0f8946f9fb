import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context.js';
import { type CorridorApp, CSRF_COOKIE, SESSION_COOKIE } from '../../http/app.js';
import { requireUser, type UserActor } from './actor.js';
import {
  passwordResetConfirmBody,
  passwordResetRequestBody,
  signInBody,
  signUpBody,
  tokenBody,
} from './auth.schema.js';
import {
  actorForUser,
  confirmPasswordReset,
  type NewSession,
  requestPasswordReset,
  resendVerification,
  signIn,
  signOut,
  signUp,
  verifyEmail,
} from './auth.service.js';
import { describeUser } from './user-view.js';

const tags = ['auth'];

function clientMeta(request: FastifyRequest) {
  const agent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof agent === 'string' ? agent : null };
}

function setSessionCookies(ctx: AppContext, reply: FastifyReply, opened: NewSession): void {
  const maxAge = ctx.config.sessionTtlHours * 3600;
  const secure = ctx.config.cookieSecure;
  reply.setCookie(SESSION_COOKIE, opened.token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge,
  });
  // Readable by the web app, which echoes it in the X-CSRF-Token header of every write.
  reply.setCookie(CSRF_COOKIE, opened.session.csrfToken, {
    httpOnly: false,
    sameSite: 'strict',
    secure,
    path: '/',
    maxAge,
  });
}

function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/** Sign-up, sign-in, sign-out, the current session, email verification and password reset. */
export function authRoutes(app: CorridorApp, ctx: AppContext): void {
  app.post(
    '/api/v1/auth/sign-up',
    { schema: { tags, summary: 'Create an account; a confirmation link is emailed', body: signUpBody } },
    async (request, reply) => {
      const opened = await signUp(ctx, request.body, clientMeta(request));
      setSessionCookies(ctx, reply, opened);
      const actor = await actorForUser(ctx.db, opened.user, 'session', ['read', 'write']);
      return reply
        .status(201)
        .send({ user: await describeUser(ctx, actor), csrfToken: opened.session.csrfToken });
    },
  );

  app.post(
    '/api/v1/auth/sign-in',
    { schema: { tags, summary: 'Sign in with email and password (rate-limited)', body: signInBody } },
    async (request, reply) => {
      const opened = await signIn(ctx, request.body, clientMeta(request));
      setSessionCookies(ctx, reply, opened);
      const actor = await actorForUser(ctx.db, opened.user, 'session', ['read', 'write']);
      return { user: await describeUser(ctx, actor), csrfToken: opened.session.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { schema: { tags, summary: 'End the current session' } },
    async (request, reply) => {
      const actor = requireUser(request.actor);
      if (request.session) await signOut(ctx, actor.userId, request.session.id);
      clearSessionCookies(reply);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/session',
    { schema: { tags, summary: 'Who is signed in, and the CSRF token for writes' } },
    async (request) => {
      if (request.actor.kind !== 'user')
        return { user: null, csrfToken: null, language: request.actor.language };
      return {
        user: await describeUser(ctx, request.actor as UserActor),
        csrfToken: request.session?.csrfToken ?? null,
        language: request.actor.language,
      };
    },
  );

  app.post(
    '/api/v1/auth/verify-email',
    { schema: { tags, summary: 'Confirm an email address with the token from the mail', body: tokenBody } },
    async (request, reply) => {
      await verifyEmail(ctx, request.body.token);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/auth/resend-verification',
    { schema: { tags, summary: 'Send the confirmation link again' } },
    async (request, reply) => {
      await resendVerification(ctx, requireUser(request.actor).userId);
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/request',
    {
      schema: {
        tags,
        summary: 'Email a password reset link (same answer whether or not the account exists)',
        body: passwordResetRequestBody,
      },
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, clientMeta(request));
      return reply.status(202).send();
    },
  );

  app.post(
    '/api/v1/auth/password-reset/confirm',
    {
      schema: {
        tags,
        summary: 'Set a new password with the token from the mail; ends all sessions',
        body: passwordResetConfirmBody,
      },
    },
    async (request, reply) => {
      await confirmPasswordReset(ctx, request.body.token, request.body.password);
      return reply.status(204).send();
    },
  );
}
