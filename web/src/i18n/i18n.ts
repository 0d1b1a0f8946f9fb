import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain';
import type { Catalogue } from './catalogue/en';
import { en } from './catalogue/en';
import { ensureFontsFor } from './fonts';
import { languageFromNavigator, storedLanguage, storeLanguage } from './languages';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}

/** English ships with the app; every other catalogue is a separate chunk fetched when chosen. */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<Catalogue>> = {
  zh: () => import('./catalogue/zh').then((m) => m.zh),
  lo: () => import('./catalogue/lo').then((m) => m.lo),
  th: () => import('./catalogue/th').then((m) => m.th),
  km: () => import('./catalogue/km').then((m) => m.km),
  my: () => import('./catalogue/my').then((m) => m.my),
  vi: () => import('./catalogue/vi').then((m) => m.vi),
};

async function loadCatalogue(language: Language): Promise<void> {
  if (language === 'en' || i18n.hasResourceBundle(language, 'translation')) return;
  const catalogue = await loaders[language]();
  i18n.addResourceBundle(language, 'translation', catalogue, true, true);
}

function reflectOnDocument(language: Language): void {
  document.documentElement.lang = language;
  document.documentElement.dir = 'ltr';
}

/** The language to start in: this device's last choice, else the browser's preferences. */
export function initialLanguage(): Language {
  return storedLanguage() ?? languageFromNavigator(navigator.languages ?? [navigator.language]);
}

/** Starts i18next in `language`, with its catalogue and fonts loaded so the first paint is right. */
export async function startI18n(language: Language): Promise<void> {
  await i18n.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: ['en', 'zh', 'lo', 'th', 'km', 'my', 'vi'],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await switchLanguage(language, { remember: false }).catch(() => switchLanguage('en', { remember: false }));
}

/** Shows the interface in `language`: loads its catalogue and fonts, then sets `lang` on <html>. */
export async function switchLanguage(language: Language, options: { remember: boolean }): Promise<void> {
  await Promise.all([loadCatalogue(language), ensureFontsFor(language)]);
  await i18n.changeLanguage(language);
  reflectOnDocument(language);
  if (options.remember) storeLanguage(language);
}

export { i18n };
