import { z } from 'zod';
import { isSectorCode } from '../../domain/sectors.js';
import {
  COOPERATION_TYPES,
  COUNTRIES,
  DEVELOPMENT_STAGES,
  IPR_STATUSES,
  LANGUAGES,
  ORGANISATION_KINDS,
  PARTNER_SIZES,
  PROFILE_KINDS,
  PROFILE_STATUSES,
} from '../../domain/vocabulary.js';
import { cleanText, isoDateSchema, multilingualText, queryList } from '../../platform/validation.js';
import { emailSchema } from '../auth/auth.schema.js';

function uniqueList<T extends z.ZodType>(item: T, max: number) {
  return z
    .array(item)
    .max(max)
    .refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
      params: { code: 'duplicate' },
    });
}

export const sectorCodeSchema = z.string().refine(isSectorCode, { params: { code: 'not_allowed_value' } });
export const isicCodeSchema = z.string().regex(/^[A-U]\d{4}$/);

/** The content of an opportunity profile, modelled on the Enterprise Europe Network's partnering profiles. */
const profileContent = {
  /** Short title; the original language's version is required, English needed for publication. */
  title: multilingualText(200),
  /** One-paragraph summary shown in lists; English needed for publication. */
  summary: multilingualText(1500),
  /** The full description. */
  description: multilingualText(20_000),
  /** Offers: advantages and innovations. */
  advantages: multilingualText(5000),
  /** Requests: the technical specification or expertise sought. */
  specification: multilingualText(5000),
  stage: z.enum(DEVELOPMENT_STAGES).nullable(),
  /** Technology readiness level 1-9; for requests the lowest level that would do. */
  trl: z.number().int().min(1).max(9).nullable(),
  ipr: z
    .object({
      status: z.enum(IPR_STATUSES),
      /** Patent or application numbers, e.g. CN112345678A. */
      patentNumbers: uniqueList(z.string().trim().min(3).max(40), 20),
    })
    .strict(),
  partnerSought: z
    .object({
      kinds: uniqueList(z.enum(ORGANISATION_KINDS), ORGANISATION_KINDS.length),
      size: z.enum(PARTNER_SIZES),
      /** The role the partner would play. */
      role: cleanText(1000),
    })
    .strict(),
  cooperationTypes: uniqueList(z.enum(COOPERATION_TYPES), COOPERATION_TYPES.length),
  /** Child codes of the corridor sector taxonomy (GET /api/v1/taxonomy/sectors). */
  sectors: uniqueList(sectorCodeSchema, 5),
  /** Technology keywords, e.g. "potash", "solar mini-grid". */
  keywords: uniqueList(z.string().trim().toLowerCase().min(2).max(60), 15),
  /** ISIC Rev.4 class codes of the markets concerned, e.g. C2012. */
  isic: uniqueList(isicCodeSchema, 10),
  targetCountries: uniqueList(z.enum(COUNTRIES), COUNTRIES.length),
  /** UN Sustainable Development Goals served, 1-17. */
  sdgs: uniqueList(z.number().int().min(1).max(17), 17),
  /** Last day to send an expression of interest. */
  eoiDeadline: isoDateSchema.nullable(),
  /** Last day the profile is shown; it then expires. Defaults to one year after publication. */
  validUntil: isoDateSchema.nullable(),
  /** Who answers questions; shown only to signed-in, verified readers. Defaults to the author. */
  contact: z
    .object({
      name: cleanText(120),
      email: emailSchema,
      phone: z
        .string()
        .trim()
        .max(40)
        .regex(/^[0-9+()\s.-]*$/),
    })
    .partial()
    .strict(),
};

const EMPTY_CONTENT = {
  summary: {},
  description: {},
  advantages: {},
  specification: {},
  stage: null,
  trl: null,
  ipr: { status: 'none' as const, patentNumbers: [] },
  partnerSought: { kinds: [], size: 'any' as const, role: '' },
  cooperationTypes: [],
  sectors: [],
  keywords: [],
  isic: [],
  targetCountries: [],
  sdgs: [],
  eoiDeadline: null,
  validUntil: null,
  contact: {},
};

export const createProfileBody = z
  .object({
    /** The organisation publishing the profile; you must be its admin or editor. */
    organisationId: z.uuid(),
    kind: z.enum(PROFILE_KINDS),
    /** The language the profile was written in. */
    originalLanguage: z.enum(LANGUAGES),
    ...profileContent,
    summary: profileContent.summary.default(EMPTY_CONTENT.summary),
    description: profileContent.description.default(EMPTY_CONTENT.description),
    advantages: profileContent.advantages.default(EMPTY_CONTENT.advantages),
    specification: profileContent.specification.default(EMPTY_CONTENT.specification),
    stage: profileContent.stage.default(null),
    trl: profileContent.trl.default(null),
    ipr: profileContent.ipr.default(EMPTY_CONTENT.ipr),
    partnerSought: profileContent.partnerSought.default(EMPTY_CONTENT.partnerSought),
    cooperationTypes: profileContent.cooperationTypes.default([]),
    sectors: profileContent.sectors.default([]),
    keywords: profileContent.keywords.default([]),
    isic: profileContent.isic.default([]),
    targetCountries: profileContent.targetCountries.default([]),
    sdgs: profileContent.sdgs.default([]),
    eoiDeadline: profileContent.eoiDeadline.default(null),
    validUntil: profileContent.validUntil.default(null),
    contact: profileContent.contact.default({}),
  })
  .strict()
  .superRefine((profile, issue) => {
    if (!profile.title[profile.originalLanguage]) {
      issue.addIssue({
        code: 'custom',
        path: ['title', profile.originalLanguage],
        params: { code: 'required' },
        message: 'required',
      });
    }
  });
export type CreateProfileBody = z.infer<typeof createProfileBody>;

/** Changes to a profile; omitted fields stay as they are. */
export const updateProfileBody = z
  .object({ originalLanguage: z.enum(LANGUAGES), ...profileContent })
  .partial()
  .strict();
export type UpdateProfileBody = z.infer<typeof updateProfileBody>;

export const PROFILE_SORTS = ['newest', 'oldest', 'deadline', 'title'] as const;
export type ProfileSort = (typeof PROFILE_SORTS)[number];

export const listProfilesQuery = z
  .object({
    /** One or more kinds, comma-separated. */
    kind: queryList(z.enum(PROFILE_KINDS)).optional(),
    /** Countries of the publishing organisations. */
    country: queryList(z.enum(COUNTRIES)).optional(),
    /** Sector codes; a group code (e.g. `green`) matches all its children. */
    sector: queryList(z.string().max(60)).optional(),
    trlMin: z.coerce.number().int().min(1).max(9).optional(),
    trlMax: z.coerce.number().int().min(1).max(9).optional(),
    cooperationType: queryList(z.enum(COOPERATION_TYPES)).optional(),
    /** Profiles that have a version in one of these languages. */
    language: queryList(z.enum(LANGUAGES)).optional(),
    /** Statuses; the default is `published`. Others show only what you are allowed to see. */
    status: queryList(z.enum(PROFILE_STATUSES)).optional(),
    organisationId: z.uuid().optional(),
    /** Keywords; every word must occur in the title, summary or description. */
    q: z.string().trim().max(200).optional(),
    /** Restrict the keyword search to the texts in this language. */
    qLanguage: z.enum(LANGUAGES).optional(),
    sort: z.enum(PROFILE_SORTS).default('newest'),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListProfilesQuery = z.infer<typeof listProfilesQuery>;

export const profileParams = z.object({ id: z.uuid() }).strict();
export const attachmentParams = z.object({ id: z.uuid(), attachmentId: z.uuid() }).strict();

export const reviewBody = z
  .object({
    decision: z.enum(['approve', 'return']),
    /** Required when returning: what the author should change. */
    comment: cleanText(5000).default(''),
  })
  .strict()
  .superRefine((review, issue) => {
    if (review.decision === 'return' && review.comment.length === 0) {
      issue.addIssue({
        code: 'custom',
        path: ['comment'],
        params: { code: 'required' },
        message: 'required',
      });
    }
  });

export const reasonBody = z
  .object({ reason: cleanText(2000).default('') })
  .strict()
  .default({ reason: '' });

export const renewBody = z
  .object({
    /** New last day of validity; defaults to one year from today. At most two years ahead. */
    validUntil: isoDateSchema.optional(),
  })
  .strict()
  .default({});

export const reviewQueueQuery = z
  .object({
    country: z.enum(COUNTRIES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
  })
  .strict();
