import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import { PdfRenderer } from '../../platform/pdf.js';
import { eventParams } from '../events/events.schema.js';
import { registrationParams } from '../events/registrations.schema.js';
import { type DocumentResult, participantAgenda, tablePlan } from './agenda.service.js';
import {
  acceptMeetingBody,
  agendaQuery,
  attendanceBody,
  cancelMeetingBody,
  declineMeetingBody,
  documentQuery,
  followUpBody,
  listMeetingsQuery,
  meetingParams,
  pinMeetingBody,
  requestMeetingBody,
  runScheduleBody,
  scheduleParams,
  scheduleRunParams,
  suggestionsQuery,
  tablePlanQuery,
} from './meetings.schema.js';
import {
  acceptMeeting,
  browseMeetings,
  cancelMeeting,
  declineMeeting,
  getMeeting,
  markAttendance,
  pinMeeting,
  recordFollowUp,
  requestMeeting,
  suggestedPartners,
} from './meetings.service.js';
import { eventReport } from './report.service.js';
import {
  browseScheduleRuns,
  browseSchedules,
  getSchedule,
  getScheduleRun,
  publishSchedule,
  requestScheduleRun,
  runScheduler,
} from './schedules.service.js';

const tags = ['meetings'];

/** Sends JSON as usual, files with their type and name; printable pages may load nothing from outside. */
function sendDocument(reply: FastifyReply, result: DocumentResult) {
  if (result.kind === 'json') return reply.send(result.body);
  const inline = result.contentType.startsWith('text/html');
  if (inline) {
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:");
  }
  return reply
    .header('content-type', result.contentType)
    .header(
      'content-disposition',
      `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(result.fileName)}`,
    )
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store')
    .send(result.body);
}

/** Meeting requests, suggestions, scheduling, agendas, the table plan and the event report. */
export function meetingsRoutes(app: CorridorApp, ctx: AppContext): void {
  // One browser per app, started on the first PDF and closed with the app.
  const pdf = new PdfRenderer();
  app.addHook('onClose', async () => pdf.close());

  app.post(
    '/api/v1/events/:id/meetings',
    {
      schema: {
        tags,
        summary: 'Ask another participant for a 1:1 meeting',
        params: eventParams,
        body: requestMeetingBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestMeeting(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/events/:id/meetings',
    {
      schema: {
        tags,
        summary: "Meeting requests and meetings: your participant's, or all of them for organisers",
        params: eventParams,
        querystring: listMeetingsQuery,
      },
    },
    async (request) => browseMeetings(ctx, request.actor, request.params.id, request.query),
  );

  app.get(
    '/api/v1/events/:id/meetings/:meetingId',
    { schema: { tags, summary: 'One meeting request or meeting', params: meetingParams } },
    async (request) => getMeeting(ctx, request.actor, request.params.id, request.params.meetingId),
  );

  app.post(
    '/api/v1/events/:id/meetings/:meetingId/accept',
    {
      schema: { tags, summary: 'Accept a meeting request', params: meetingParams, body: acceptMeetingBody },
    },
    async (request) =>
      acceptMeeting(ctx, request.actor, request.params.id, request.params.meetingId, request.body.mustMeet),
  );

  app.post(
    '/api/v1/events/:id/meetings/:meetingId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a meeting request with a reason',
        params: meetingParams,
        body: declineMeetingBody,
      },
    },
    async (request) =>
      declineMeeting(ctx, request.actor, request.params.id, request.params.meetingId, request.body.reason),
  );

  app.post(
    '/api/v1/events/:id/meetings/:meetingId/cancel',
    {
      schema: {
        tags,
        summary: 'Withdraw a request you sent, or call off an accepted meeting',
        params: meetingParams,
        body: cancelMeetingBody,
      },
    },
    async (request) =>
      cancelMeeting(ctx, request.actor, request.params.id, request.params.meetingId, request.body.reason),
  );

  app.patch(
    '/api/v1/events/:id/meetings/:meetingId/pins',
    {
      schema: {
        tags,
        summary: 'Pin an accepted meeting to a slot and/or table for the scheduler (organisers)',
        params: meetingParams,
        body: pinMeetingBody,
      },
    },
    async (request) =>
      pinMeeting(ctx, request.actor, request.params.id, request.params.meetingId, request.body),
  );

  app.post(
    '/api/v1/events/:id/meetings/:meetingId/attendance',
    {
      schema: {
        tags,
        summary: 'Record that a scheduled meeting was held, or who did not show up (organisers)',
        params: meetingParams,
        body: attendanceBody,
      },
    },
    async (request) =>
      markAttendance(
        ctx,
        request.actor,
        request.params.id,
        request.params.meetingId,
        request.body.attendance,
      ),
  );

  app.put(
    '/api/v1/events/:id/meetings/:meetingId/follow-up',
    {
      schema: {
        tags,
        summary: "Your side's answer after the meeting: did it happen, do you want to follow up",
        params: meetingParams,
        body: followUpBody,
      },
    },
    async (request) =>
      recordFollowUp(ctx, request.actor, request.params.id, request.params.meetingId, request.body),
  );

  app.get(
    '/api/v1/events/:id/registrations/:registrationId/suggestions',
    {
      schema: {
        tags,
        summary:
          'Suggested partners: docking matches of free-text offers and needs (across languages) and of linked profiles, shared sectors and keywords',
        params: registrationParams,
        querystring: suggestionsQuery,
      },
    },
    async (request) =>
      suggestedPartners(
        ctx,
        request.actor,
        request.params.id,
        request.params.registrationId,
        request.query.limit,
      ),
  );

  app.get(
    '/api/v1/events/:id/registrations/:registrationId/agenda',
    {
      schema: {
        tags,
        summary: 'Personal agenda: JSON, iCalendar (ics), printable page (html) or PDF',
        params: registrationParams,
        querystring: agendaQuery,
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await participantAgenda(
          ctx,
          pdf,
          request.actor,
          request.params.id,
          request.params.registrationId,
          request.query.format,
          request.query.lang,
        ),
      ),
  );

  app.post(
    '/api/v1/events/:id/schedules',
    {
      schema: {
        tags,
        summary: 'Run the meeting scheduler; keeps published meetings in place; stores a draft (organisers)',
        params: eventParams,
        body: runScheduleBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await runScheduler(ctx, request.actor, request.params.id, request.body)),
  );

  app.post(
    '/api/v1/events/:id/schedule-runs',
    {
      schema: {
        tags,
        summary:
          'Queue a run of the meeting scheduler as a background job (up to a minute of search); follow it with GET (organisers)',
        params: eventParams,
        body: runScheduleBody,
      },
    },
    async (request, reply) =>
      reply.status(202).send(await requestScheduleRun(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/events/:id/schedule-runs',
    {
      schema: {
        tags,
        summary: 'The latest background scheduler runs, newest first (organisers)',
        params: eventParams,
      },
    },
    async (request) => browseScheduleRuns(ctx, request.actor, request.params.id),
  );

  app.get(
    '/api/v1/events/:id/schedule-runs/:runId',
    {
      schema: {
        tags,
        summary:
          'A background scheduler run: queued, running, done (with the draft it stored) or failed (organisers)',
        params: scheduleRunParams,
      },
    },
    async (request) => getScheduleRun(ctx, request.actor, request.params.id, request.params.runId),
  );

  app.get(
    '/api/v1/events/:id/schedules',
    {
      schema: { tags, summary: 'Every run of the scheduler, newest first (organisers)', params: eventParams },
    },
    async (request) => ({ items: await browseSchedules(ctx, request.actor, request.params.id) }),
  );

  app.get(
    '/api/v1/events/:id/schedules/:scheduleId',
    {
      schema: {
        tags,
        summary: 'One schedule: placements, unplaced meetings with reasons, changes per participant',
        params: scheduleParams,
      },
    },
    async (request) => getSchedule(ctx, request.actor, request.params.id, request.params.scheduleId),
  );

  app.post(
    '/api/v1/events/:id/schedules/:scheduleId/publish',
    {
      schema: {
        tags,
        summary: 'Publish a draft schedule; participants are told of their meetings or changes',
        params: scheduleParams,
      },
    },
    async (request) => publishSchedule(ctx, request.actor, request.params.id, request.params.scheduleId),
  );

  app.get(
    '/api/v1/events/:id/table-plan',
    {
      schema: {
        tags,
        summary: 'The table plan per slot: JSON, CSV, printable page or PDF (organisers)',
        params: eventParams,
        querystring: tablePlanQuery,
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await tablePlan(
          ctx,
          pdf,
          request.actor,
          request.params.id,
          request.query.scheduleId,
          request.query.format,
          request.query.lang,
        ),
      ),
  );

  app.get(
    '/api/v1/events/:id/report',
    {
      schema: {
        tags,
        summary: 'The event report: registrations, requests, meetings held, follow-ups (organisers)',
        params: eventParams,
        querystring: documentQuery,
      },
    },
    async (request, reply) =>
      sendDocument(
        reply,
        await eventReport(
          ctx,
          pdf,
          request.actor,
          request.params.id,
          request.query.format,
          request.query.lang,
        ),
      ),
  );
}
