import type { Language } from '../../domain/vocabulary.js';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { en, type MessageKey } from './en.js';
import { km } from './km.js';
import { lo } from './lo.js';
import { my } from './my.js';
import { th } from './th.js';
import { vi } from './vi.js';
import { zh } from './zh.js';

export type { MessageKey };

/** Every server-side catalogue, by language. */
export const SERVER_MESSAGES: Record<Language, Record<MessageKey, string>> = { en, zh, lo, th, km, my, vi };

/** The message for `key` in `language`, with `{placeholders}` filled in; English when a text is missing. */
export function translate(
  language: Language,
  key: MessageKey,
  params: Record<string, string | number> = {},
): string {
  const template = SERVER_MESSAGES[language][key] || en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the best of our languages from an Accept-Language header; English when nothing fits. */
export function languageFromAcceptHeader(header: string | undefined): Language {
  if (!header) return 'en';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...rest] = part.trim().split(';');
      const qPart = rest.find((p) => p.trim().startsWith('q='));
      const q = qPart ? Number(qPart.trim().slice(2)) : 1;
      return { primary: tag.toLowerCase().split('-')[0] ?? '', q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const match = LANGUAGES.find((lang) => lang === entry.primary);
    if (match) return match;
  }
  return 'en';
}
