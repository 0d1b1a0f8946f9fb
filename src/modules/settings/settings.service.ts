import { z } from 'zod';
import type { Queryable } from '../../db/database.js';
import { LANGUAGES } from '../../domain/vocabulary.js';

/** Platform settings administrators change at run time, with their defaults. */
export const platformSettingsSchema = z
  .object({
    /** Languages in which a profile needs a title and a summary before it can be submitted. */
    publicationRequiredLanguages: z.array(z.enum(LANGUAGES)).max(7).default(['en']),
    /** Days a profile stays valid after publication when its author sets no date. */
    defaultValidityDays: z.number().int().min(7).max(1095).default(365),
    /** Days before the end of validity that the author is reminded to renew. */
    expiryReminderDays: z.number().int().min(1).max(90).default(14),
  })
  .strict();
export type PlatformSettings = z.infer<typeof platformSettingsSchema>;

const SETTINGS_KEY = 'platform';

export async function readSettings(db: Queryable): Promise<PlatformSettings> {
  const { rows } = await db.query<{ value: unknown }>('SELECT value FROM platform_settings WHERE key = $1', [
    SETTINGS_KEY,
  ]);
  const parsed = platformSettingsSchema.safeParse(rows[0]?.value ?? {});
  return parsed.success ? parsed.data : platformSettingsSchema.parse({});
}

export async function writeSettings(
  db: Queryable,
  settings: PlatformSettings,
  by: string | null,
): Promise<void> {
  await db.query(
    `INSERT INTO platform_settings (key, value, updated_by) VALUES ($1, $2, $3)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_by = EXCLUDED.updated_by, updated_at = now()`,
    [SETTINGS_KEY, JSON.stringify(settings), by],
  );
}
