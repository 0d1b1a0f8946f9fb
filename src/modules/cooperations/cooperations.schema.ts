import { z } from 'zod';
import {
  AGREEMENT_TYPES,
  CLOSED_REASONS,
  COOPERATION_ORIGINS,
  COOPERATION_STAGES,
  CURRENCIES,
  DOCUMENT_KINDS,
  OUTCOME_METRICS,
} from '../../domain/pipeline.js';
import { COUNTRIES } from '../../domain/vocabulary.js';
import { cleanText, isoDateSchema, multilingualText, queryList } from '../../platform/validation.js';
import { sectorCodeSchema } from '../profiles/profiles.schema.js';

// The vocabularies live in src/domain/pipeline.ts, shared with the web app.
export {
  AGREEMENT_TYPES,
  type AgreementType,
  CLOSED_REASONS,
  type ClosedReason,
  COOPERATION_ORIGINS,
  COOPERATION_STAGES,
  type CooperationOrigin,
  type CooperationStage,
  CURRENCIES,
  type Currency,
  DOCUMENT_KINDS,
  type DocumentKind,
  OUTCOME_METRICS,
  type OutcomeMetric,
} from '../../domain/pipeline.js';

function uniqueIds(min: number, max: number) {
  return z
    .array(z.uuid())
    .min(min)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { params: { code: 'duplicate' } });
}

const cooperationTitle = multilingualText(200).refine((title) => Object.keys(title).length > 0, {
  params: { code: 'required' },
});

const cooperationFields = {
  /** A short title in one or more languages, e.g. `{ "en": "Potash processing licence" }`. */
  title: cooperationTitle,
  /** The participating organisations: at least two, at most twenty. */
  organisationIds: uniqueIds(2, 20),
  /** The opportunity profiles involved; each must belong to one of the participating organisations. */
  profileIds: uniqueIds(0, 20),
  /** A sector code of the taxonomy; defaults to the first sector of the first profile. */
  sector: sectorCodeSchema.nullable(),
};

export const openCooperationBody = z
  .object({
    ...cooperationFields,
    profileIds: cooperationFields.profileIds.default([]),
    sector: cooperationFields.sector.optional(),
    /** The day of the first contact; defaults to today, never in the future. */
    openedOn: isoDateSchema.optional(),
  })
  .strict();
export type OpenCooperationBody = z.infer<typeof openCooperationBody>;

/**
 * What other modules pass to `openCooperation`: the HTTP body plus where the cooperation came from
 * (an accepted expression of interest, a meeting follow-up) and that record's id.
 */
export const openCooperationInput = openCooperationBody
  .extend({
    origin: z.enum(COOPERATION_ORIGINS).default('manual'),
    /** The id of the expression of interest or meeting it came from; none for `manual`. */
    originRef: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .strict();
export type OpenCooperationInput = z.input<typeof openCooperationInput>;

/** Changes to a cooperation; omitted fields stay as they are. Lists replace the current ones. */
export const updateCooperationBody = z.object(cooperationFields).partial().strict();
export type UpdateCooperationBody = z.infer<typeof updateCooperationBody>;

export const agreementBody = z
  .object({
    type: z.enum(AGREEMENT_TYPES),
    /** The signing date; it picks the exchange rate (the latest on or before it). */
    signedOn: isoDateSchema,
    /** The value in its currency, or null when the parties do not disclose it. */
    value: z
      .object({
        amount: z.number().min(0).max(1e15),
        currency: z.enum(CURRENCIES),
      })
      .strict()
      .nullable()
      .default(null),
    /** A summary of the intellectual-property terms: ownership, field of use, territory, royalties. */
    ipTerms: cleanText(5000).default(''),
  })
  .strict();
export type AgreementBody = z.infer<typeof agreementBody>;

export const moveStageBody = z
  .object({
    to: z.enum(COOPERATION_STAGES),
    /** The day it happened; defaults to today, never in the future nor before the previous stage. */
    occurredOn: isoDateSchema.optional(),
    comment: cleanText(2000).default(''),
    /** Required when closing without agreement. */
    closedReason: z.enum(CLOSED_REASONS).optional(),
    /** Required when moving to `agreement_signed`: the agreement that was signed. */
    agreement: agreementBody.optional(),
  })
  .strict()
  .superRefine((move, issue) => {
    const required = (path: string) =>
      issue.addIssue({ code: 'custom', path: [path], params: { code: 'required' }, message: 'required' });
    const refused = (path: string) =>
      issue.addIssue({ code: 'custom', path: [path], params: { code: 'not_allowed_value' }, message: 'no' });
    if (move.to === 'closed_without_agreement' && !move.closedReason) required('closedReason');
    if (move.to !== 'closed_without_agreement' && move.closedReason) refused('closedReason');
    if (move.to === 'agreement_signed' && !move.agreement) required('agreement');
    if (move.to !== 'agreement_signed' && move.agreement) refused('agreement');
  });
export type MoveStageBody = z.infer<typeof moveStageBody>;

export const outcomeBody = z
  .object({
    metric: z.enum(OUTCOME_METRICS),
    /** A count (jobs, people, products, publications, patents) or US dollars (revenue, investment). */
    value: z.number().min(0).max(1e15),
    /** The day the figure refers to. */
    reportedOn: isoDateSchema,
    note: cleanText(2000).default(''),
  })
  .strict();
export type OutcomeBody = z.infer<typeof outcomeBody>;

export const nextStepBody = z
  .object({
    description: cleanText(1000).pipe(z.string().min(1)),
    /** Who does it: a member of one of the participating organisations. Reminded by email. */
    ownerId: z.uuid(),
    dueOn: isoDateSchema,
  })
  .strict();
export type NextStepBody = z.infer<typeof nextStepBody>;

export const updateNextStepBody = nextStepBody
  .extend({
    /** Marks the step done (true) or open again (false). */
    done: z.boolean(),
  })
  .partial()
  .strict();
export type UpdateNextStepBody = z.infer<typeof updateNextStepBody>;

export const listCooperationsQuery = z
  .object({
    stage: queryList(z.enum(COOPERATION_STAGES)).optional(),
    /** Cooperations this organisation takes part in. */
    organisationId: z.uuid().optional(),
    /** Cooperations with a party from this country. */
    country: z.enum(COUNTRIES).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListCooperationsQuery = z.infer<typeof listCooperationsQuery>;

export const documentQuery = z
  .object({
    /** What the document is: confidentiality agreement, term sheet, agreement or other. */
    kind: z.enum(DOCUMENT_KINDS).default('other'),
  })
  .strict();

export const cooperationParams = z.object({ id: z.uuid() }).strict();
export const nextStepParams = z.object({ id: z.uuid(), stepId: z.uuid() }).strict();
export const outcomeParams = z.object({ id: z.uuid(), outcomeId: z.uuid() }).strict();
export const documentParams = z.object({ id: z.uuid(), documentId: z.uuid() }).strict();
