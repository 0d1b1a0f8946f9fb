import { z } from 'zod';
import { COUNTRIES, LANGUAGES } from '../../domain/vocabulary.js';
import { TOKEN_SCOPES } from './actor.js';

/** An email address, compared case-insensitively. */
export const emailSchema = z.string().trim().max(254).pipe(z.email());

/** Passwords: at least 10 characters; long passphrases welcome. */
export const passwordSchema = z.string().min(10).max(200);

export const signUpBody = z
  .object({
    /** Sign-in address; a confirmation link is sent to it. */
    email: emailSchema,
    /** At least 10 characters. */
    password: passwordSchema,
    /** The name other members see. */
    displayName: z.string().trim().min(1).max(120),
    /** Language of the interface and of emails. */
    preferredLanguage: z.enum(LANGUAGES),
    /** Country the person works in. */
    country: z.enum(COUNTRIES),
  })
  .strict();
export type SignUpBody = z.infer<typeof signUpBody>;

export const signInBody = z.object({ email: emailSchema, password: z.string().min(1).max(200) }).strict();

export const tokenBody = z.object({ token: z.string().min(10).max(200) }).strict();

export const passwordResetRequestBody = z.object({ email: emailSchema }).strict();

export const passwordResetConfirmBody = z
  .object({ token: z.string().min(10).max(200), password: passwordSchema })
  .strict();

export const changePasswordBody = z
  .object({ currentPassword: z.string().min(1).max(200), newPassword: passwordSchema })
  .strict();

export const updateMeBody = z
  .object({
    displayName: z.string().trim().min(1).max(120).optional(),
    preferredLanguage: z.enum(LANGUAGES).optional(),
    country: z.enum(COUNTRIES).optional(),
  })
  .strict();

export const createApiTokenBody = z
  .object({
    /** A name to recognise the token by, e.g. "CRM sync". */
    name: z.string().trim().min(1).max(80),
    /** `read` lets a client read what the person can read; `write` also lets it change things. */
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(2),
    /** Days until the token stops working; omitted means it never expires. */
    expiresInDays: z.number().int().min(1).max(3650).optional(),
  })
  .strict();

export const idParams = z.object({ id: z.uuid() }).strict();
