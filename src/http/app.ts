import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import {
  hasZodFastifySchemaValidationErrors,
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Logger } from 'pino';
import type { AppContext } from '../app-context.js';
import { languageFromAcceptHeader } from '../i18n/server/index.js';
import { type Actor, anonymous } from '../modules/auth/actor.js';
import type { SessionRecord } from '../modules/auth/auth.repository.js';
import { actorFromApiToken, actorFromSession } from '../modules/auth/auth.service.js';
import { CorridorError, type FieldIssue, isCorridorError } from '../platform/errors.js';
import { sameSecret } from '../platform/secrets.js';
import { fieldIssuesFromZod } from '../platform/validation.js';
import { errorBody } from './error-response.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor;
    session: SessionRecord | null;
  }
  interface FastifyInstance {
    /** Every route registered, for the OpenAPI coverage test and the fuzzer. */
    corridorRoutes: Array<{ method: string; url: string; hidden: boolean }>;
  }
}

export type CorridorApp = FastifyInstance<Server, IncomingMessage, ServerResponse, Logger, ZodTypeProvider>;

export const SESSION_COOKIE = 'corridor_session';
export const CSRF_COOKIE = 'corridor_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A route module: registers its routes on the app, calling services with the context. */
export type RouteModule = (app: CorridorApp, ctx: AppContext) => void;

/**
 * Builds the HTTP server: JSON parsing that refuses bad encodings, zod validation, OpenAPI, cookie
 * sessions with CSRF protection, API tokens, and one error shape for everything that goes wrong.
 */
export async function buildHttpApp(ctx: AppContext, modules: readonly RouteModule[]): Promise<CorridorApp> {
  const app = Fastify({
    loggerInstance: ctx.log,
    bodyLimit: ctx.config.bodyLimitBytes,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: true,
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.removeContentTypeParser(['application/json']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body: Buffer, done) => {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      done(new CorridorError('InvalidEncoding'), undefined);
      return;
    }
    if (text.trim() === '') {
      done(null, undefined);
      return;
    }
    try {
      done(null, JSON.parse(text));
    } catch {
      done(new CorridorError('MalformedJson'), undefined);
    }
  });

  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, {
    limits: { fileSize: ctx.config.attachmentLimitBytes, files: 1, fields: 5, parts: 6 },
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Corridor API',
        description:
          'The API of Corridor, the open platform of the Lancang-Mekong Innovation Corridor. Errors always have the shape { "error": { "code", "message", "details" } }.',
        version: '1.0.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          apiToken: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.decorateRequest<Actor | null>('actor', null);
  app.decorateRequest('session', null);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    request.actor = anonymous(languageFromAcceptHeader(request.headers['accept-language']));
    request.session = null;
    if (!request.url.startsWith('/api/')) return;
    const authorization = request.headers.authorization;
    if (authorization?.startsWith('Bearer ')) {
      const actor = await actorFromApiToken(ctx, authorization.slice(7).trim());
      if (!actor) throw new CorridorError('NotAuthenticated');
      if (!SAFE_METHODS.has(request.method) && !actor.scopes.includes('write')) {
        throw new CorridorError('InsufficientScope', { scope: 'write' });
      }
      request.actor = actor;
      return;
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (!cookie) return;
    const resolved = await actorFromSession(ctx, cookie);
    if (!resolved) return;
    request.actor = resolved.actor;
    request.session = resolved.session;
    if (!SAFE_METHODS.has(request.method)) {
      const header = request.headers[CSRF_HEADER];
      if (typeof header !== 'string' || !sameSecret(header, resolved.session.csrfToken)) {
        throw new CorridorError('CsrfTokenInvalid');
      }
    }
  });

  // Mail caused by a write was committed with it; send it now rather than at the next job run.
  app.addHook('onResponse', async (request) => {
    if (!SAFE_METHODS.has(request.method) && ctx.mail.enabled) {
      ctx.mail
        .deliverPending()
        .catch((error: unknown) => request.log.warn({ err: error }, 'mail delivery failed'));
    }
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.setNotFoundHandler((request, reply) => {
    sendError(request, reply, new CorridorError('RouteNotFound'));
  });

  app.setErrorHandler((error, request, reply) => {
    sendError(request, reply, toCorridorError(error, ctx));
  });

  const routes: Array<{ method: string; url: string; hidden: boolean }> = [];
  app.decorate('corridorRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const hidden = Boolean((route.schema as { hide?: boolean } | undefined)?.hide);
    for (const method of methods) if (method !== 'HEAD') routes.push({ method, url: route.url, hidden });
  });
  for (const register of modules) register(app, ctx);
  return app;
}

function sendError(request: FastifyRequest, reply: FastifyReply, error: CorridorError): void {
  if (error.status >= 500) request.log.error({ err: error.cause ?? error }, 'request failed');
  if (error.code === 'RateLimited') reply.header('retry-after', String(error.params.retryAfterSeconds ?? 60));
  void reply.status(error.status).send(errorBody(error, request.actor?.language ?? 'en', String(request.id)));
}

/** Maps anything thrown while serving a request to a domain error; unknown errors become InternalError. */
function toCorridorError(error: unknown, ctx: AppContext): CorridorError {
  if (isCorridorError(error)) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues: FieldIssue[] = fieldIssuesFromZod(
      error.validation.map((v) => ({
        ...(v.params as Record<string, unknown>),
        code: v.keyword,
        path: v.instancePath
          .split('/')
          .filter(Boolean)
          .map((part: string) => (/^\d+$/.test(part) ? Number(part) : part)),
      })),
    );
    return new CorridorError('ValidationFailed', { count: issues.length }, issues);
  }
  const fastifyCode =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (fastifyCode) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
      return new CorridorError('BodyTooLarge', { limit: ctx.config.bodyLimitBytes });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return new CorridorError('UnsupportedMediaType');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new CorridorError('MalformedJson');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new CorridorError('MalformedJson');
    case 'FST_ERR_VALIDATION':
      return new CorridorError('ValidationFailed', { count: 1 }, [{ field: '(request)', code: 'invalid' }]);
    case 'FST_PARTS_LIMIT':
    case 'FST_FILES_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return new CorridorError('ValidationFailed', { count: 1 }, [
        { field: 'file', code: 'too_big', params: { maximum: 1 } },
      ]);
  }
  const statusCode =
    typeof error === 'object' && error !== null && 'statusCode' in error ? Number(error.statusCode) : 500;
  if (statusCode === 415) return new CorridorError('UnsupportedMediaType');
  if (statusCode === 413) return new CorridorError('BodyTooLarge', { limit: ctx.config.bodyLimitBytes });
  if (statusCode === 405) return new CorridorError('MethodNotAllowed');
  if (statusCode >= 400 && statusCode < 500) {
    return new CorridorError('ValidationFailed', { count: 1 }, [{ field: '(request)', code: 'invalid' }]);
  }
  const internal = new CorridorError('InternalError');
  internal.cause = error;
  return internal;
}
