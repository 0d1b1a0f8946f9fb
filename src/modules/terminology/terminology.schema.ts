import { z } from 'zod';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { sectorCodeSchema } from '../profiles/profiles.schema.js';

const termList = z
  .array(z.string().trim().normalize('NFC').min(1).max(120))
  .max(20)
  .refine((terms) => new Set(terms.map((t) => t.toLowerCase())).size === terms.length, {
    params: { code: 'duplicate' },
  });

/** Terms per language, preferred term first. Every language needs at least one term. */
export const conceptTerms = z
  .object(
    Object.fromEntries(LANGUAGES.map((lang) => [lang, termList.min(1)])) as Record<
      (typeof LANGUAGES)[number],
      typeof termList
    >,
  )
  .strict();

export const createConceptBody = z
  .object({
    /** `<group>.<slug>`, e.g. `agrifood.potash_fertiliser`. */
    id: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9_]+$/)
      .max(80),
    sectors: z.array(sectorCodeSchema).max(5).default([]),
    terms: conceptTerms,
    /** Why the concept was added; kept in the history. */
    comment: z.string().trim().max(1000).default(''),
  })
  .strict();
export type CreateConceptBody = z.infer<typeof createConceptBody>;

export const updateConceptBody = z
  .object({
    sectors: z.array(sectorCodeSchema).max(5).optional(),
    terms: conceptTerms.optional(),
    comment: z.string().trim().max(1000).default(''),
    /** The version you edited; a newer one on the server means someone else changed it meanwhile. */
    version: z.number().int().min(1).optional(),
  })
  .strict();
export type UpdateConceptBody = z.infer<typeof updateConceptBody>;

export const listConceptsQuery = z
  .object({
    /** Text found in any term of any language. */
    q: z.string().trim().max(120).optional(),
    /** A sector code; a group code matches its children. */
    sector: z.string().max(60).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const conceptParams = z
  .object({
    id: z
      .string()
      .regex(/^[a-z]+\.[a-z0-9_]+$/)
      .max(80),
  })
  .strict();
