import { z } from 'zod';
import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import {
  conceptParams,
  createConceptBody,
  listConceptsQuery,
  updateConceptBody,
} from './terminology.schema.js';
import {
  browseConcepts,
  conceptHistory,
  createConcept,
  deleteConcept,
  editConcept,
  getConcept,
} from './terminology.service.js';

const tags = ['terminology'];

/** The corridor terminology base: concepts with terms in seven languages, edited by coordinators. */
export function terminologyRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/terminology/concepts',
    { schema: { tags, summary: 'Search the terminology base', querystring: listConceptsQuery } },
    async (request) => browseConcepts(ctx, request.query),
  );
  app.get(
    '/api/v1/terminology/concepts/:id',
    { schema: { tags, summary: 'One concept with its terms', params: conceptParams } },
    async (request) => getConcept(ctx, request.params.id),
  );
  app.post(
    '/api/v1/terminology/concepts',
    { schema: { tags, summary: 'Add a concept (coordinators, administrators)', body: createConceptBody } },
    async (request, reply) => reply.status(201).send(await createConcept(ctx, request.actor, request.body)),
  );
  app.patch(
    '/api/v1/terminology/concepts/:id',
    {
      schema: {
        tags,
        summary: 'Change terms or sectors (coordinators, administrators)',
        params: conceptParams,
        body: updateConceptBody,
      },
    },
    async (request) => editConcept(ctx, request.actor, request.params.id, request.body),
  );
  app.delete(
    '/api/v1/terminology/concepts/:id',
    {
      schema: {
        tags,
        summary: 'Retire a concept (kept in the history)',
        params: conceptParams,
        querystring: z.object({ comment: z.string().max(1000).default('') }).strict(),
      },
    },
    async (request, reply) => {
      await deleteConcept(ctx, request.actor, request.params.id, request.query.comment);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/terminology/concepts/:id/history',
    {
      schema: {
        tags,
        summary: 'Every change to a concept: who, when, before and after',
        params: conceptParams,
      },
    },
    async (request) => ({ items: await conceptHistory(ctx, request.params.id) }),
  );
}
