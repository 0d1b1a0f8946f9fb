import type { AppContext } from '../../app-context.js';
import { SECTOR_TAXONOMY } from '../../domain/sectors.js';
import {
  COOPERATION_TYPES,
  COUNTRIES,
  DEVELOPMENT_STAGES,
  IPR_STATUSES,
  LANGUAGES,
  MEMBERSHIP_ROLES,
  ORGANISATION_KINDS,
  PARTNER_SIZES,
  PROFILE_KINDS,
  PROFILE_STATUSES,
} from '../../domain/vocabulary.js';
import type { CorridorApp } from '../../http/app.js';

const tags = ['vocabulary'];

/** The corridor's fixed vocabularies, for forms and filters. */
export function taxonomyRoutes(app: CorridorApp, _ctx: AppContext): void {
  app.get(
    '/api/v1/taxonomy/sectors',
    { schema: { tags, summary: 'The two-level corridor sector taxonomy with labels in seven languages' } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return { items: SECTOR_TAXONOMY };
    },
  );

  app.get(
    '/api/v1/vocabulary',
    { schema: { tags, summary: 'Every enumeration the API accepts' } },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=3600');
      return {
        languages: LANGUAGES,
        countries: COUNTRIES,
        organisationKinds: ORGANISATION_KINDS,
        membershipRoles: MEMBERSHIP_ROLES,
        profileKinds: PROFILE_KINDS,
        profileStatuses: PROFILE_STATUSES,
        developmentStages: DEVELOPMENT_STAGES,
        iprStatuses: IPR_STATUSES,
        cooperationTypes: COOPERATION_TYPES,
        partnerSizes: PARTNER_SIZES,
      };
    },
  );
}
