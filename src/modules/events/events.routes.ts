import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import {
  addOrganiserBody,
  cancelEventBody,
  createEventBody,
  createSessionBody,
  eventParams,
  listEventsQuery,
  meetingSlotsBody,
  organiserParams,
  sessionParams,
  updateEventBody,
  updateSessionBody,
} from './events.schema.js';
import {
  addEventOrganiser,
  addSession,
  browseEvents,
  cancelEvent,
  changeSession,
  createEvent,
  getEvent,
  meetingSlots,
  programme,
  publishEvent,
  removeEventOrganiser,
  removeSession,
  setMeetingSlots,
  updateEvent,
} from './events.service.js';
import {
  availabilityBody,
  checkInBody,
  decisionBody,
  delegatesBody,
  listRegistrationsQuery,
  participantsQuery,
  registerBody,
  registrationParams,
  updateRegistrationBody,
} from './registrations.schema.js';
import {
  browseParticipants,
  browseRegistrations,
  cancelRegistration,
  checkIn,
  checkInCode,
  decideRegistration,
  getRegistration,
  myRegistration,
  register,
  setDelegates,
  setParticipantAvailability,
  updateRegistration,
} from './registrations.service.js';

const tags = ['events'];

/** Events: pages, programme, meeting slots, registrations, delegations, availability and check-in. */
export function eventsRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/events',
    {
      schema: {
        tags,
        summary: 'Browse events (published ones, plus your drafts with status=draft)',
        querystring: listEventsQuery,
      },
    },
    async (request) => browseEvents(ctx, request.actor, request.query),
  );

  app.post(
    '/api/v1/events',
    {
      schema: {
        tags,
        summary: 'Create a draft event for organisations you write for',
        body: createEventBody,
      },
    },
    async (request, reply) => reply.status(201).send(await createEvent(ctx, request.actor, request.body)),
  );

  app.get(
    '/api/v1/events/:id',
    {
      schema: {
        tags,
        summary: 'One event with its programme and meeting slots; times in UTC and in the event zone',
        params: eventParams,
      },
    },
    async (request) => getEvent(ctx, request.actor, request.params.id),
  );

  app.patch(
    '/api/v1/events/:id',
    { schema: { tags, summary: 'Edit an event (organisers)', params: eventParams, body: updateEventBody } },
    async (request) => updateEvent(ctx, request.actor, request.params.id, request.body),
  );

  app.post(
    '/api/v1/events/:id/organisers',
    {
      schema: {
        tags,
        summary: 'Add a co-organising organisation you write for (organisers)',
        params: eventParams,
        body: addOrganiserBody,
      },
    },
    async (request) => addEventOrganiser(ctx, request.actor, request.params.id, request.body.organisationId),
  );

  app.delete(
    '/api/v1/events/:id/organisers/:organisationId',
    {
      schema: {
        tags,
        summary: 'Remove an organising organisation; the last one stays (organisers)',
        params: organiserParams,
      },
    },
    async (request, reply) => {
      const event = await removeEventOrganiser(
        ctx,
        request.actor,
        request.params.id,
        request.params.organisationId,
      );
      return event ? reply.send(event) : reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/events/:id/publish',
    { schema: { tags, summary: 'Publish a draft event; registration opens', params: eventParams } },
    async (request) => publishEvent(ctx, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/events/:id/cancel',
    { schema: { tags, summary: 'Cancel the event', params: eventParams, body: cancelEventBody } },
    async (request) => cancelEvent(ctx, request.actor, request.params.id, request.body.reason),
  );

  app.get(
    '/api/v1/events/:id/sessions',
    { schema: { tags, summary: 'The programme sessions', params: eventParams } },
    async (request) => ({ items: await programme(ctx, request.actor, request.params.id) }),
  );

  app.post(
    '/api/v1/events/:id/sessions',
    { schema: { tags, summary: 'Add a programme session', params: eventParams, body: createSessionBody } },
    async (request, reply) =>
      reply.status(201).send(await addSession(ctx, request.actor, request.params.id, request.body)),
  );

  app.patch(
    '/api/v1/events/:id/sessions/:sessionId',
    { schema: { tags, summary: 'Edit a programme session', params: sessionParams, body: updateSessionBody } },
    async (request) =>
      changeSession(ctx, request.actor, request.params.id, request.params.sessionId, request.body),
  );

  app.delete(
    '/api/v1/events/:id/sessions/:sessionId',
    { schema: { tags, summary: 'Remove a programme session', params: sessionParams } },
    async (request, reply) => {
      await removeSession(ctx, request.actor, request.params.id, request.params.sessionId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/events/:id/slots',
    { schema: { tags, summary: 'The 1:1 meeting slots, numbered in time order', params: eventParams } },
    async (request) => ({ items: await meetingSlots(ctx, request.actor, request.params.id) }),
  );

  app.put(
    '/api/v1/events/:id/slots',
    {
      schema: {
        tags,
        summary: 'Set the meeting slots from blocks of back-to-back meetings (until a schedule is published)',
        params: eventParams,
        body: meetingSlotsBody,
      },
    },
    async (request) => ({
      items: await setMeetingSlots(ctx, request.actor, request.params.id, request.body),
    }),
  );

  app.post(
    '/api/v1/events/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Register your organisation (and its delegation); the waiting list takes over when full',
        params: eventParams,
        body: registerBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await register(ctx, request.actor, request.params.id, request.body)),
  );

  app.get(
    '/api/v1/events/:id/registrations',
    {
      schema: {
        tags,
        summary: 'Every registration (organisers)',
        params: eventParams,
        querystring: listRegistrationsQuery,
      },
    },
    async (request) => browseRegistrations(ctx, request.actor, request.params.id, request.query),
  );

  app.get(
    '/api/v1/events/:id/registrations/mine',
    { schema: { tags, summary: 'The registration you act for in this event', params: eventParams } },
    async (request) => myRegistration(ctx, request.actor, request.params.id),
  );

  app.get(
    '/api/v1/events/:id/participants',
    {
      schema: {
        tags,
        summary: 'The approved participants: what they offer and seek (participants and organisers)',
        params: eventParams,
        querystring: participantsQuery,
      },
    },
    async (request) => browseParticipants(ctx, request.actor, request.params.id, request.query),
  );

  app.get(
    '/api/v1/events/:id/registrations/:registrationId',
    { schema: { tags, summary: 'One registration', params: registrationParams } },
    async (request) => getRegistration(ctx, request.actor, request.params.id, request.params.registrationId),
  );

  app.patch(
    '/api/v1/events/:id/registrations/:registrationId',
    {
      schema: {
        tags,
        summary: 'Edit the participant profile: offer, seek, linked profiles, language, on site or online',
        params: registrationParams,
        body: updateRegistrationBody,
      },
    },
    async (request) =>
      updateRegistration(ctx, request.actor, request.params.id, request.params.registrationId, request.body),
  );

  app.put(
    '/api/v1/events/:id/registrations/:registrationId/delegates',
    {
      schema: { tags, summary: 'Set the delegation', params: registrationParams, body: delegatesBody },
    },
    async (request) =>
      setDelegates(
        ctx,
        request.actor,
        request.params.id,
        request.params.registrationId,
        request.body.userIds,
      ),
  );

  app.put(
    '/api/v1/events/:id/registrations/:registrationId/availability',
    {
      schema: {
        tags,
        summary: 'Set the slots the participant cannot meet in and the sessions they attend',
        params: registrationParams,
        body: availabilityBody,
      },
    },
    async (request) =>
      setParticipantAvailability(
        ctx,
        request.actor,
        request.params.id,
        request.params.registrationId,
        request.body,
      ),
  );

  app.post(
    '/api/v1/events/:id/registrations/:registrationId/decision',
    {
      schema: {
        tags,
        summary: 'Approve, decline or waitlist a registration (organisers)',
        params: registrationParams,
        body: decisionBody,
      },
    },
    async (request) =>
      decideRegistration(
        ctx,
        request.actor,
        request.params.id,
        request.params.registrationId,
        request.body.decision,
        request.body.reason,
      ),
  );

  app.post(
    '/api/v1/events/:id/registrations/:registrationId/cancel',
    { schema: { tags, summary: 'Withdraw the registration and its meetings', params: registrationParams } },
    async (request) =>
      cancelRegistration(ctx, request.actor, request.params.id, request.params.registrationId),
  );

  app.get(
    '/api/v1/events/:id/registrations/:registrationId/check-in-code',
    {
      schema: {
        tags,
        summary: 'The check-in QR code (SVG) of a registration',
        params: registrationParams,
        produces: ['image/svg+xml'],
      },
    },
    async (request, reply) => {
      const svg = await checkInCode(ctx, request.actor, request.params.id, request.params.registrationId);
      return reply
        .header('content-type', 'image/svg+xml; charset=utf-8')
        .header('cache-control', 'private')
        .send(svg);
    },
  );

  app.post(
    '/api/v1/events/:id/check-in',
    {
      schema: {
        tags,
        summary: 'Mark a participant present with the token of its QR code (organisers; idempotent)',
        params: eventParams,
        body: checkInBody,
      },
    },
    async (request) => checkIn(ctx, request.actor, request.params.id, request.body.token),
  );
}
