import type { AppContext } from '../../app-context.js';
import type { CorridorApp } from '../../http/app.js';
import {
  acceptInvitationBody,
  changeRoleBody,
  createOrganisationBody,
  invitationParams,
  inviteBody,
  listOrganisationsQuery,
  memberParams,
  organisationParams,
  updateOrganisationBody,
} from './organisations.schema.js';
import {
  acceptInvitation,
  browseOrganisations,
  cancelInvitation,
  changeMemberRole,
  createOrganisation,
  editOrganisation,
  getOrganisation,
  invitationsOf,
  inviteMember,
  membersOf,
  removeMember,
} from './organisations.service.js';

const tags = ['organisations'];

/** Organisations, their members and invitations. */
export function organisationsRoutes(app: CorridorApp, ctx: AppContext): void {
  app.get(
    '/api/v1/organisations',
    { schema: { tags, summary: 'The organisation directory', querystring: listOrganisationsQuery } },
    async (request) => browseOrganisations(ctx, request.query),
  );

  app.post(
    '/api/v1/organisations',
    {
      schema: { tags, summary: 'Create an organisation; you become its admin', body: createOrganisationBody },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganisation(ctx, request.actor, request.body)),
  );

  app.get(
    '/api/v1/organisations/:org',
    { schema: { tags, summary: 'One organisation, by id or slug', params: organisationParams } },
    async (request) => getOrganisation(ctx, request.params.org),
  );

  app.patch(
    '/api/v1/organisations/:org',
    {
      schema: {
        tags,
        summary: 'Edit an organisation (its admins and editors)',
        params: organisationParams,
        body: updateOrganisationBody,
      },
    },
    async (request) => editOrganisation(ctx, request.actor, request.params.org, request.body),
  );

  app.get(
    '/api/v1/organisations/:org/members',
    { schema: { tags, summary: 'Members and their roles', params: organisationParams } },
    async (request) => ({ items: await membersOf(ctx, request.actor, request.params.org) }),
  );

  app.patch(
    '/api/v1/organisations/:org/members/:userId',
    {
      schema: {
        tags,
        summary: "Change a member's role (admins)",
        params: memberParams,
        body: changeRoleBody,
      },
    },
    async (request, reply) => {
      await changeMemberRole(
        ctx,
        request.actor,
        request.params.org,
        request.params.userId,
        request.body.role,
      );
      return reply.status(204).send();
    },
  );

  app.delete(
    '/api/v1/organisations/:org/members/:userId',
    { schema: { tags, summary: 'Remove a member (admins) or leave (yourself)', params: memberParams } },
    async (request, reply) => {
      await removeMember(ctx, request.actor, request.params.org, request.params.userId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/organisations/:org/invitations',
    { schema: { tags, summary: 'Open invitations (admins)', params: organisationParams } },
    async (request) => ({ items: await invitationsOf(ctx, request.actor, request.params.org) }),
  );

  app.post(
    '/api/v1/organisations/:org/invitations',
    {
      schema: {
        tags,
        summary: 'Invite someone by email (admins)',
        params: organisationParams,
        body: inviteBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await inviteMember(ctx, request.actor, request.params.org, request.body)),
  );

  app.delete(
    '/api/v1/organisations/:org/invitations/:invitationId',
    { schema: { tags, summary: 'Cancel an invitation (admins)', params: invitationParams } },
    async (request, reply) => {
      await cancelInvitation(ctx, request.actor, request.params.org, request.params.invitationId);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/invitations/accept',
    {
      schema: {
        tags,
        summary: 'Accept an invitation with the token from the mail',
        body: acceptInvitationBody,
      },
    },
    async (request) => acceptInvitation(ctx, request.actor, request.body.token),
  );
}
