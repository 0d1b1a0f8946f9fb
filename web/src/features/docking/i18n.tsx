import { type ReactNode, useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/States';
import type { Language } from '../../domain';
import { type DockingCatalogue, en } from '../../i18n/docking/en';
import { useLanguage } from '../../i18n/format';
import { i18n } from '../../i18n/i18n';
import { DOCKING_NS } from './frame';
import './docking.css';

/**
 * The `docking` i18next namespace: the strings of the matches, search, inbox, conversation and
 * terminology pages live in their own catalogues (web/src/i18n/docking), loaded with those pages
 * rather than with the frame. English is bundled with the pages (it is also the fallback); every
 * other language is a chunk fetched when first needed, and again whenever the reader switches.
 */
const loaders: Record<Exclude<Language, 'en'>, () => Promise<DockingCatalogue>> = {
  zh: () => import('../../i18n/docking/zh').then((m) => m.zh),
  lo: () => import('../../i18n/docking/lo').then((m) => m.lo),
  th: () => import('../../i18n/docking/th').then((m) => m.th),
  km: () => import('../../i18n/docking/km').then((m) => m.km),
  my: () => import('../../i18n/docking/my').then((m) => m.my),
  vi: () => import('../../i18n/docking/vi').then((m) => m.vi),
};

i18n.addResourceBundle('en', DOCKING_NS, en, true, true);

/*
 * Which full catalogues are registered. i18next's hasResourceBundle cannot tell: the frame registers
 * its few strings (`frame`) of every language in the same namespace.
 */
const loaded = new Set<Language>(['en']);
/** Languages whose catalogue could not be fetched (offline): their pages show English rather than wait. */
const failed = new Set<Language>();
const pending = new Map<Language, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/** Fetches and registers the `docking` catalogue of `language` (once). */
export function loadDockingCatalogue(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return Promise.resolve();
  let load = pending.get(language);
  if (!load) {
    load = loaders[language]()
      .then((catalogue) => {
        i18n.addResourceBundle(language, DOCKING_NS, catalogue, true, true);
        loaded.add(language);
      })
      .catch(() => {
        failed.add(language);
      })
      .finally(() => {
        pending.delete(language);
        version += 1;
        for (const listener of listeners) listener();
      });
    pending.set(language, load);
  }
  return load;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

export type DockingKey = WithoutPlural<Leaves<DockingCatalogue>>;
export type DockingT = (key: DockingKey, options?: Record<string, string | number>) => string;

/** i18next's own types know only the main namespace; DockingKey types this one instead. */
type LooseT = (key: string, options: Record<string, unknown>) => string;

/**
 * The translate function of the `docking` namespace in the interface language. Re-renders when the
 * language changes and when its catalogue arrives (English shows meanwhile).
 */
export function useDockingT(): DockingT {
  const { t } = useTranslation();
  const language = useLanguage();
  const catalogueVersion = useSyncExternalStore(subscribe, () => version);
  useEffect(() => {
    void loadDockingCatalogue(language);
  }, [language]);
  const loose = t as unknown as LooseT;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new function when a catalogue arrives, so memoised children re-render
  return useCallback<DockingT>(
    (key, options) => loose(key, { ...options, ns: DOCKING_NS }),
    [loose, catalogueVersion],
  );
}

/**
 * Shows its children once the `docking` catalogue of the interface language is there, so a page
 * never opens half in English. A later language switch keeps the page (and its forms) on screen.
 */
export function DockingCatalogueGate({ children, quiet = false }: { children: ReactNode; quiet?: boolean }) {
  const language = useLanguage();
  useSyncExternalStore(subscribe, () => version);
  useEffect(() => {
    void loadDockingCatalogue(language);
  }, [language]);
  const ready = loaded.has(language) || failed.has(language);
  const [shown, setShown] = useState(ready);
  useEffect(() => {
    if (ready) setShown(true);
  }, [ready]);
  if (!ready && !shown) return quiet ? null : <Loading />;
  return <>{children}</>;
}
