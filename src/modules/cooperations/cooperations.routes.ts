import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { CorridorError } from '../../platform/errors.js';
import {
  agreementBody,
  cooperationParams,
  documentParams,
  documentQuery,
  listCooperationsQuery,
  moveStageBody,
  nextStepBody,
  nextStepParams,
  openCooperationBody,
  outcomeBody,
  outcomeParams,
  updateCooperationBody,
  updateNextStepBody,
} from './cooperations.schema.js';
import {
  addDocument,
  addNextStep,
  cooperationHistory,
  getCooperation,
  listCooperations,
  moveStage,
  openCooperation,
  possibleOwners,
  readDocument,
  recordAgreement,
  recordOutcome,
  removeDocument,
  removeNextStep,
  removeOutcome,
  updateCooperation,
  updateNextStep,
} from './cooperations.service.js';

const tags = ['cooperations'];

/** The cooperation pipeline: records, stages, next steps, agreements, outcomes and private documents. */
export function cooperationsRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/cooperations',
    {
      schema: {
        tags,
        summary:
          'Cooperations you may see: of your organisations, your country (coordinators), or all (administrators)',
        querystring: listCooperationsQuery,
      },
    },
    async (request) => listCooperations(ctx, request.actor, request.query),
  );

  app.post(
    '/api/v1/cooperations',
    {
      schema: {
        tags,
        summary: 'Open a cooperation by hand between your organisation and others',
        body: openCooperationBody,
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await openCooperation(ctx, request.actor, { ...request.body, origin: 'manual', originRef: null }),
        ),
  );

  app.get(
    '/api/v1/cooperations/:id',
    {
      schema: {
        tags,
        summary:
          'One cooperation: parties, stage, next steps, agreements, outcomes; documents for the parties',
        params: cooperationParams,
      },
    },
    async (request) => getCooperation(ctx, request.actor, request.params.id),
  );

  app.patch(
    '/api/v1/cooperations/:id',
    {
      schema: {
        tags,
        summary: 'Change the title, sector, participating organisations or profiles involved',
        params: cooperationParams,
        body: updateCooperationBody,
      },
    },
    async (request) => updateCooperation(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/cooperations/:id/stage',
    {
      schema: {
        tags,
        summary: 'Move to the next stage, or close without agreement with a reason',
        params: cooperationParams,
        body: moveStageBody,
      },
    },
    async (request) => moveStage(ctx, request.actor, request.params.id, request.body),
  );

  app.get(
    '/api/v1/cooperations/:id/history',
    {
      schema: {
        tags,
        summary: 'Every stage change with its date and who made it',
        params: cooperationParams,
      },
    },
    async (request) => ({ items: await cooperationHistory(ctx, request.actor, request.params.id) }),
  );

  app.get(
    '/api/v1/cooperations/:id/possible-owners',
    {
      schema: {
        tags,
        summary: 'The people a next step may be given to: every member of every participating organisation',
        params: cooperationParams,
      },
    },
    async (request) => ({ items: await possibleOwners(ctx, request.actor, request.params.id) }),
  );

  app.post(
    '/api/v1/cooperations/:id/agreements',
    {
      schema: {
        tags,
        summary:
          'Record a further agreement once the first is signed; its USD value comes from the rates table',
        params: cooperationParams,
        body: agreementBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordAgreement(ctx, request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/cooperations/:id/outcomes',
    {
      schema: {
        tags,
        summary:
          'Report an outcome (products launched, jobs, revenue, people trained, publications, patents, investment)',
        params: cooperationParams,
        body: outcomeBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordOutcome(ctx, request.actor, request.params.id, request.body)),
  );

  app.delete(
    '/api/v1/cooperations/:id/outcomes/:outcomeId',
    { schema: { tags, summary: 'Remove an outcome reported by mistake', params: outcomeParams } },
    async (request, reply) => {
      await removeOutcome(ctx, request.actor, request.params.id, request.params.outcomeId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/cooperations/:id/next-steps',
    {
      schema: {
        tags,
        summary: 'Add a next step with an owner and a due date (the owner is reminded by email)',
        params: cooperationParams,
        body: nextStepBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNextStep(ctx, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/cooperations/:id/next-steps/:stepId',
    {
      schema: {
        tags,
        summary: 'Edit a next step or mark it done',
        params: nextStepParams,
        body: updateNextStepBody,
      },
    },
    async (request) =>
      updateNextStep(ctx, request.actor, request.params.id, request.params.stepId, request.body),
  );

  app.delete(
    '/api/v1/cooperations/:id/next-steps/:stepId',
    { schema: { tags, summary: 'Remove a next step', params: nextStepParams } },
    async (request, reply) => {
      await removeNextStep(ctx, request.actor, request.params.id, request.params.stepId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/cooperations/:id/documents',
    {
      schema: {
        tags,
        summary:
          'Upload a private document for the parties: PDF, image or Word (multipart/form-data, field "file")',
        params: cooperationParams,
        querystring: documentQuery,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new CorridorError('UnsupportedMediaType');
      const file = await request.file();
      if (!file) {
        throw new CorridorError('ValidationFailed', { count: 1 }, [{ field: 'file', code: 'required' }]);
      }
      const content = await file.toBuffer();
      const { cooperationId: _cooperationId, ...document } = await addDocument(
        ctx,
        request.actor,
        request.params.id,
        request.query.kind,
        { fileName: file.filename, content },
      );
      return reply.status(201).send(document);
    },
  );

  app.get(
    '/api/v1/cooperations/:id/documents/:documentId',
    { schema: { tags, summary: 'Download a private document (parties only)', params: documentParams } },
    async (request, reply) => {
      const document = await readDocument(ctx, request.actor, request.params.id, request.params.documentId);
      return reply
        .header('content-type', document.contentType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(Buffer.from(document.content));
    },
  );

  app.delete(
    '/api/v1/cooperations/:id/documents/:documentId',
    { schema: { tags, summary: 'Remove a private document', params: documentParams } },
    async (request, reply) => {
      await removeDocument(ctx, request.actor, request.params.id, request.params.documentId);
      return reply.status(204).send();
    },
  );
}
