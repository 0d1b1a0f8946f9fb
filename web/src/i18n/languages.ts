import { LANGUAGES, type Language } from '../domain';

/** Each language's name in its own script, for the language switcher. */
export const ENDONYMS: Record<Language, string> = {
  en: 'English',
  zh: '中文',
  lo: 'ລາວ',
  th: 'ไทย',
  km: 'ខ្មែរ',
  my: 'မြန်မာ',
  vi: 'Tiếng Việt',
};

/** The locale handed to Intl formatters: simplified Chinese as written in China. */
export const INTL_LOCALES: Record<Language, string> = {
  en: 'en-GB',
  zh: 'zh-CN',
  lo: 'lo-LA',
  th: 'th-TH',
  km: 'km-KH',
  my: 'my-MM',
  vi: 'vi-VN',
};

/** A language's own name and, when different, its name in the interface language: "ລາວ · Lao". */
export function languageOption(language: Language, localName: string): string {
  return ENDONYMS[language] === localName ? localName : `${ENDONYMS[language]} · ${localName}`;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the browser's preferred languages that the corridor speaks, else English. */
export function languageFromNavigator(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

const STORAGE_KEY = 'corridor.language';

/** The language chosen on this device, if any. */
export function storedLanguage(): Language | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private browsing may refuse storage; the choice then lasts for this visit only.
  }
}
