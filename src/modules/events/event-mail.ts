import type { Queryable } from '../../db/database.js';
import type { Language, MultilingualText } from '../../domain/vocabulary.js';
import type { MessageKey } from '../../i18n/server/index.js';
import { enqueueMail } from '../mail/mail.service.js';
import type { RegistrationRecord } from './registrations.repository.js';

/** The text in `language`, else English, else the first version there is. */
export function pickText(text: MultilingualText, language: Language): string {
  return text[language] ?? text.en ?? Object.values(text).find(Boolean) ?? '';
}

/**
 * Writes one mail per person of the participant's delegation into the outbox (in the caller's
 * transaction), each in that person's language.
 */
export async function mailDelegation(
  tx: Queryable,
  registration: Pick<RegistrationRecord, 'delegates'>,
  subjectKey: MessageKey,
  bodyKey: MessageKey,
  params: (language: Language, name: string) => Record<string, string | number>,
): Promise<void> {
  for (const delegate of registration.delegates) {
    await enqueueMail(tx, {
      to: delegate.email,
      language: delegate.preferredLanguage,
      subjectKey,
      bodyKey,
      params: params(delegate.preferredLanguage, delegate.displayName),
    });
  }
}
