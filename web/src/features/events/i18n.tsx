import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/States';
import type { Language } from '../../domain';
import { type EventsCatalogue, en } from '../../i18n/events/en';
import { useLanguage } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
import './events.css';

/**
 * The `events` i18next namespace: the strings of the event pages live in their own catalogues
 * (web/src/i18n/events), loaded with those pages rather than with the frame. English is bundled with
 * the event pages (it is also the fallback); every other language is a chunk fetched when needed.
 */
const NS = 'events';

const loaders: Record<Exclude<Language, 'en'>, () => Promise<EventsCatalogue>> = {
  zh: () => import('../../i18n/events/zh').then((m) => m.zh),
  lo: () => import('../../i18n/events/lo').then((m) => m.lo),
  th: () => import('../../i18n/events/th').then((m) => m.th),
  km: () => import('../../i18n/events/km').then((m) => m.km),
  my: () => import('../../i18n/events/my').then((m) => m.my),
  vi: () => import('../../i18n/events/vi').then((m) => m.vi),
};

if (!i18n.hasResourceBundle('en', NS)) i18n.addResourceBundle('en', NS, en, true, true);

const loading = new Map<Language, Promise<void>>();

function hasCatalogue(language: Language): boolean {
  return i18n.hasResourceBundle(language, NS);
}

/** Fetches and registers the events catalogue of `language` (once). */
export function loadEventsCatalogue(language: Language): Promise<void> {
  if (language === 'en' || hasCatalogue(language)) return Promise.resolve();
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]()
      .then((catalogue) => {
        i18n.addResourceBundle(language, NS, catalogue, true, true);
      })
      .finally(() => loading.delete(language));
    loading.set(language, pending);
  }
  return pending;
}

/** `a.b.c` paths of the catalogue's strings. */
type Leaves<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Plural forms are asked for by their base key with a `count`. */
type WithoutPlural<K extends string> = K extends `${infer Base}_one`
  ? Base
  : K extends `${infer Base}_other`
    ? Base
    : K;

export type EventsKey = WithoutPlural<Leaves<EventsCatalogue>>;
export type EventsT = (key: EventsKey, options?: Record<string, string | number>) => string;

type LooseT = (key: string, options: Record<string, unknown>) => string;

/**
 * The translate function of the `events` namespace in the interface language. Loads the language's
 * catalogue when missing and re-renders once it is there (English shows meanwhile).
 */
export function useEventsT(): EventsT {
  const { i18n: instance } = useTranslation();
  const language = useLanguage();
  const [loaded, setLoaded] = useState(0);
  useEffect(() => {
    if (hasCatalogue(language)) return;
    let live = true;
    void loadEventsCatalogue(language).then(() => {
      if (live) setLoaded((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [language]);
  return useMemo(() => {
    void loaded;
    const translate = instance.t.bind(instance) as unknown as LooseT;
    return (key, options) => translate(key, { ...options, lng: language, ns: NS });
  }, [instance, language, loaded]);
}

/**
 * Wraps an event page: waits for the events catalogue of the interface language before the first
 * paint (no flash of English), and from then on keeps the page mounted while languages change.
 */
export function EventsScope({ children }: { children: ReactNode }) {
  const language = useLanguage();
  const [ready, setReady] = useState(() => hasCatalogue(language));
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadEventsCatalogue(language)
      .catch(() => undefined)
      .finally(() => {
        if (live) setReady(true);
      });
    return () => {
      live = false;
    };
  }, [language, ready]);
  if (!ready) return <Loading />;
  return <>{children}</>;
}
