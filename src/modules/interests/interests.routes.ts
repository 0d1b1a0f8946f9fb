import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { CorridorError } from '../../platform/errors.js';
import { profileParams } from '../profiles/profiles.schema.js';
import {
  answerInterestBody,
  idParams,
  listInterestsQuery,
  messageAttachmentParams,
  postMessageBody,
  sendInterestBody,
} from './interests.schema.js';
import {
  answerInterest,
  conversationMessages,
  getInterest,
  inboxSummaryOf,
  interestsOf,
  messageAttachment,
  postMessage,
  sendInterest,
  withdrawInterest,
} from './interests.service.js';

const tags = ['docking'];

/** Expressions of interest and the private conversations they open. */
export function interestsRoutes(app: CorridorApp, ctx: AppContext): void {
  app.post(
    '/api/v1/opportunities/:id/interests',
    {
      schema: {
        tags,
        summary: 'Express interest in a published profile (rate-limited)',
        params: profileParams,
        body: sendInterestBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await sendInterest(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/interests',
    {
      schema: {
        tags,
        summary: 'Expressions of interest your organisations received or sent',
        querystring: listInterestsQuery,
      },
    },
    async (request) => interestsOf(ctx, request.actor, request.query),
  );

  app.get(
    '/api/v1/interests/summary',
    {
      schema: {
        tags,
        summary: 'How many expressions of interest wait for an answer and conversations hold unread messages',
      },
    },
    async (request) => inboxSummaryOf(ctx, request.actor),
  );

  app.get(
    '/api/v1/interests/:id',
    { schema: { tags, summary: 'One expression of interest', params: idParams } },
    async (request) => getInterest(ctx, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/interests/:id/answer',
    {
      schema: {
        tags,
        summary: 'Accept (opens a conversation) or decline with a reason',
        params: idParams,
        body: answerInterestBody,
      },
    },
    async (request) => answerInterest(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/interests/:id/withdraw',
    { schema: { tags, summary: 'Withdraw a pending expression of interest', params: idParams } },
    async (request) => withdrawInterest(ctx, request.actor, request.params.id),
  );

  app.get(
    '/api/v1/conversations/:id/messages',
    {
      schema: {
        tags,
        summary: 'The messages of a conversation (the two organisations only)',
        params: idParams,
      },
    },
    async (request) => conversationMessages(ctx, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/conversations/:id/messages',
    {
      schema: {
        tags,
        summary: 'Write in a conversation (rate-limited)',
        params: idParams,
        body: postMessageBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await postMessage(ctx, request.actor, request.params.id, request.body.body)),
  );

  app.post(
    '/api/v1/conversations/:id/files',
    {
      schema: {
        tags,
        summary: 'Share a PDF or image in a conversation (multipart: "file", optional "body")',
        params: idParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new CorridorError('UnsupportedMediaType');
      const file = await request.file();
      if (!file)
        throw new CorridorError('ValidationFailed', { count: 1 }, [{ field: 'file', code: 'required' }]);
      const content = await file.toBuffer();
      const bodyField = file.fields.body;
      const body =
        bodyField && 'value' in bodyField && typeof bodyField.value === 'string'
          ? bodyField.value.trim()
          : '';
      const message = await postMessage(ctx, request.actor, request.params.id, body.slice(0, 10_000), {
        name: file.filename,
        content,
      });
      return reply.status(201).send(message);
    },
  );

  app.get(
    '/api/v1/conversations/:id/messages/:messageId/file',
    { schema: { tags, summary: "Download a message's file", params: messageAttachmentParams } },
    async (request, reply) => {
      const file = await messageAttachment(ctx, request.actor, request.params.id, request.params.messageId);
      return reply
        .header('content-type', file.type)
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(file.content));
    },
  );
}
