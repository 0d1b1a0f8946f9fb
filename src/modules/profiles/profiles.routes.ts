import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { CorridorError } from '../../platform/errors.js';
import {
  attachmentParams,
  createProfileBody,
  listProfilesQuery,
  profileParams,
  reasonBody,
  renewBody,
  reviewBody,
  reviewQueueQuery,
  updateProfileBody,
} from './profiles.schema.js';
import {
  addAttachment,
  browseProfiles,
  createProfile,
  getProfile,
  profileHistory,
  readAttachment,
  removeAttachment,
  renewProfile,
  reviewProfile,
  reviewQueue,
  transitionProfile,
  updateProfile,
} from './profiles.service.js';

const tags = ['opportunities'];

/** Opportunity profiles: browse, read, write, the review workflow and attachments. */
export function profilesRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary:
          'Browse and search opportunity profiles (published ones, plus what you may see with status=...)',
        querystring: listProfilesQuery,
      },
    },
    async (request) => browseProfiles(ctx, request.actor, request.query),
  );

  app.post(
    '/api/v1/opportunities',
    {
      schema: {
        tags,
        summary: 'Create a draft profile for an organisation you write for',
        body: createProfileBody,
      },
    },
    async (request, reply) => reply.status(201).send(await createProfile(ctx, request.actor, request.body)),
  );

  app.get(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'One profile; contact details only for signed-in, verified readers',
        params: profileParams,
      },
    },
    async (request) => getProfile(ctx, request.actor, request.params.id),
  );

  app.patch(
    '/api/v1/opportunities/:id',
    {
      schema: {
        tags,
        summary: 'Edit a draft, returned or published profile (a published one goes back to review)',
        params: profileParams,
        body: updateProfileBody,
      },
    },
    async (request) => updateProfile(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/opportunities/:id/submit',
    {
      schema: {
        tags,
        summary: "Submit for review by the coordinators of the organisation's country",
        params: profileParams,
      },
    },
    async (request) => transitionProfile(ctx, request.actor, request.params.id, 'submit'),
  );

  app.post(
    '/api/v1/opportunities/:id/withdraw',
    { schema: { tags, summary: 'Withdraw the profile', params: profileParams, body: reasonBody } },
    async (request) =>
      transitionProfile(ctx, request.actor, request.params.id, 'withdraw', request.body.reason),
  );

  app.post(
    '/api/v1/opportunities/:id/complete',
    {
      schema: {
        tags,
        summary: 'Mark the profile completed: a partner was found',
        params: profileParams,
        body: reasonBody,
      },
    },
    async (request) =>
      transitionProfile(ctx, request.actor, request.params.id, 'complete', request.body.reason),
  );

  app.post(
    '/api/v1/opportunities/:id/renew',
    {
      schema: {
        tags,
        summary: 'Extend the validity of a published or expired profile',
        params: profileParams,
        body: renewBody,
      },
    },
    async (request) => renewProfile(ctx, request.actor, request.params.id, request.body.validUntil),
  );

  app.post(
    '/api/v1/opportunities/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve, or return with comments (coordinators of the country)',
        params: profileParams,
        body: reviewBody,
      },
    },
    async (request) =>
      reviewProfile(ctx, request.actor, request.params.id, request.body.decision, request.body.comment),
  );

  app.get(
    '/api/v1/opportunities/:id/history',
    { schema: { tags, summary: 'Every status change with who, when and why', params: profileParams } },
    async (request) => ({ items: await profileHistory(ctx, request.actor, request.params.id) }),
  );

  app.get(
    '/api/v1/review-queue',
    { schema: { tags, summary: 'Profiles waiting for your review', querystring: reviewQueueQuery } },
    async (request) => ({
      items: await reviewQueue(ctx, request.actor, request.query.country, request.query.limit),
    }),
  );

  app.post(
    '/api/v1/opportunities/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attach a PDF or image (multipart/form-data, field "file")',
        params: profileParams,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new CorridorError('UnsupportedMediaType');
      const file = await request.file();
      if (!file)
        throw new CorridorError('ValidationFailed', { count: 1 }, [{ field: 'file', code: 'required' }]);
      const content = await file.toBuffer();
      const attachment = await addAttachment(ctx, request.actor, request.params.id, {
        fileName: file.filename,
        content,
      });
      const { profileId: _profileId, ...rest } = attachment;
      return reply.status(201).send(rest);
    },
  );

  app.get(
    '/api/v1/opportunities/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attachment', params: attachmentParams } },
    async (request, reply) => {
      const attachment = await readAttachment(
        ctx,
        request.actor,
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header('content-type', attachment.contentType)
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(attachment.fileName)}`,
        )
        .header('x-content-type-options', 'nosniff')
        .send(Buffer.from(attachment.content));
    },
  );

  app.delete(
    '/api/v1/opportunities/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Remove an attachment', params: attachmentParams } },
    async (request, reply) => {
      await removeAttachment(ctx, request.actor, request.params.id, request.params.attachmentId);
      return reply.status(204).send();
    },
  );
}
