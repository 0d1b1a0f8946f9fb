import { z } from 'zod';
import { cleanText } from '../../platform/validation.js';

export const DECLINE_REASONS = [
  'not_relevant',
  'no_capacity',
  'already_partnered',
  'insufficient_information',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const sendInterestBody = z
  .object({
    /** The organisation expressing interest; you must be its admin or editor. */
    fromOrganisationId: z.uuid(),
    /** Why you are interested and what you propose. */
    message: cleanText(5000).pipe(z.string().min(10)),
    /** You accept the owner's confidentiality terms for what they share next. */
    acceptConfidentiality: z.boolean().default(false),
  })
  .strict();
export type SendInterestBody = z.infer<typeof sendInterestBody>;

export const answerInterestBody = z
  .object({
    decision: z.enum(['accept', 'decline']),
    /** Required when declining. */
    reason: z.enum(DECLINE_REASONS).optional(),
    /** A note to the sender. */
    message: cleanText(5000).default(''),
  })
  .strict()
  .superRefine((answer, issue) => {
    if (answer.decision === 'decline' && !answer.reason) {
      issue.addIssue({ code: 'custom', path: ['reason'], params: { code: 'required' }, message: 'required' });
    }
  });
export type AnswerInterestBody = z.infer<typeof answerInterestBody>;

export const listInterestsQuery = z
  .object({
    /** `received`: on your organisations' profiles; `sent`: by your organisations. */
    box: z.enum(['received', 'sent']).default('received'),
    status: z.enum(['pending', 'accepted', 'declined', 'withdrawn']).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(50),
    /** `nextCursor` of the previous page. */
    cursor: z.string().max(500).optional(),
  })
  .strict();
export type ListInterestsQuery = z.infer<typeof listInterestsQuery>;

export const postMessageBody = z.object({ body: cleanText(10_000).pipe(z.string().min(1)) }).strict();

export const idParams = z.object({ id: z.uuid() }).strict();
export const messageAttachmentParams = z.object({ id: z.uuid(), messageId: z.uuid() }).strict();
