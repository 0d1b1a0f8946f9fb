import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import { COUNTRIES, LANGUAGES, PROFILE_KINDS } from '../../domain/vocabulary.js';
import type { CorridorApp } from '../../http/app.js';
import { cleanText, queryList } from '../../platform/validation.js';
import { profileParams } from '../profiles/profiles.schema.js';
import { dockingIndexOf } from './docking.index-holder.js';
import { FEEDBACK_REASONS } from './docking.repository.js';
import { matchesFor, recordFeedback, searchProfiles } from './docking.service.js';

const tags = ['docking'];

const feedbackBody = z
  .object({
    relevant: z.boolean(),
    /** Why a match is not relevant. */
    reason: z.enum(FEEDBACK_REASONS).optional(),
    comment: cleanText(2000).default(''),
  })
  .strict();

/** Matches, cross-lingual search and feedback on matches. */
export function dockingRoutes(app: CorridorApp, ctx: AppContext): void {
  const holder = dockingIndexOf(ctx);

  app.get(
    '/api/v1/opportunities/:id/matches',
    {
      schema: {
        tags,
        summary: 'Complementary profiles across languages, with the reasons in your language',
        params: profileParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(50).default(10) }).strict(),
      },
    },
    async (request) => matchesFor(ctx, holder, request.actor, request.params.id, request.query.limit),
  );

  app.put(
    '/api/v1/opportunities/:id/matches/:matchedId/feedback',
    {
      schema: {
        tags,
        summary: 'Say whether a match is relevant (and why not)',
        params: z.object({ id: z.uuid(), matchedId: z.uuid() }).strict(),
        body: feedbackBody,
      },
    },
    async (request, reply) => {
      await recordFeedback(ctx, request.actor, request.params.id, request.params.matchedId, request.body);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/search',
    {
      schema: {
        tags,
        summary: 'Search published profiles in every language from one query',
        querystring: z
          .object({
            q: z.string().trim().min(1).max(300),
            /** The query's language, when known; detected otherwise. */
            lang: z.enum(LANGUAGES).optional(),
            kind: queryList(z.enum(PROFILE_KINDS)).optional(),
            country: queryList(z.enum(COUNTRIES)).optional(),
            sector: queryList(z.string().max(60)).optional(),
            limit: z.coerce.number().int().min(1).max(50).default(20),
          })
          .strict(),
      },
    },
    async (request) => searchProfiles(ctx, holder, request.actor, request.query),
  );
}
