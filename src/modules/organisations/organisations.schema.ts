import { z } from 'zod';
import { COUNTRIES, MEMBERSHIP_ROLES, ORGANISATION_KINDS } from '../../domain/vocabulary.js';
import { multilingualText } from '../../platform/validation.js';
import { emailSchema } from '../auth/auth.schema.js';

const nameSchema = multilingualText(200).refine((value) => Object.keys(value).length > 0, {
  params: { code: 'required' },
});

export const createOrganisationBody = z
  .object({
    /** Short URL name, lower-case letters, digits and hyphens; derived from the English name when omitted. */
    slug: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/)
      .optional(),
    /** The name in one or more languages. */
    name: nameSchema,
    kind: z.enum(ORGANISATION_KINDS),
    country: z.enum(COUNTRIES),
    city: z.string().trim().max(120).default(''),
    /** http(s) address of the organisation's site. */
    website: z
      .url({ protocol: /^https?$/ })
      .max(300)
      .nullable()
      .optional(),
    /** What the organisation does, in one or more languages. */
    description: multilingualText(5000).default({}),
  })
  .strict();
export type CreateOrganisationBody = z.infer<typeof createOrganisationBody>;

export const updateOrganisationBody = createOrganisationBody.omit({ slug: true }).partial().strict();
export type UpdateOrganisationBody = z.infer<typeof updateOrganisationBody>;

export const listOrganisationsQuery = z
  .object({
    country: z.enum(COUNTRIES).optional(),
    kind: z.enum(ORGANISATION_KINDS).optional(),
    /** Words in the organisation's name, any language. */
    q: z.string().trim().max(200).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(24),
    cursor: z.string().max(200).optional(),
  })
  .strict();
export type ListOrganisationsQuery = z.infer<typeof listOrganisationsQuery>;

/** An organisation by id or slug. */
export const organisationParams = z.object({ org: z.string().min(1).max(80) }).strict();
export const memberParams = z.object({ org: z.string().min(1).max(80), userId: z.uuid() }).strict();
export const invitationParams = z.object({ org: z.string().min(1).max(80), invitationId: z.uuid() }).strict();

export const inviteBody = z.object({ email: emailSchema, role: z.enum(MEMBERSHIP_ROLES) }).strict();
export const changeRoleBody = z.object({ role: z.enum(MEMBERSHIP_ROLES) }).strict();
export const acceptInvitationBody = z.object({ token: z.string().min(10).max(200) }).strict();
