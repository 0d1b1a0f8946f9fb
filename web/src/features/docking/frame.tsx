import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import type { User } from '../../api/types';
import { SearchIcon } from '../../components/Icons';
import { LANGUAGES } from '../../domain';
import { DOCKING_FRAME, type DockingFrame } from '../../i18n/docking/frame';
import { i18n } from '../../i18n/i18n';
import './frame.css';

/**
 * What the frame (header, menu) and a profile's tabs show of the docking pages, before any of their
 * chunks is loaded. Only the tiny `frame` part of the `docking` namespace comes with the entry chunk.
 */
export const DOCKING_NS = 'docking';

let frameRegistered = false;

/** Puts the frame strings of every language into the `docking` namespace (once, after i18next started). */
function registerFrameStrings(): void {
  if (frameRegistered) return;
  frameRegistered = true;
  for (const language of LANGUAGES) {
    i18n.addResourceBundle(language, DOCKING_NS, { frame: DOCKING_FRAME[language] }, true, false);
  }
}

type LooseT = (key: string, options: Record<string, unknown>) => string;

/** The frame strings of the `docking` namespace in the interface language; re-renders on a language change. */
export function useDockingFrame(): (key: keyof DockingFrame) => string {
  registerFrameStrings();
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  return useCallback((key) => loose(`frame.${key}`, { ns: DOCKING_NS }), [loose]);
}

/**
 * The header's search box, on every page: one query across all seven languages, answered on
 * `/search?q=`. A native form, so Enter searches from the keyboard and the label is read out.
 */
export function HeaderSearch() {
  const frame = useDockingFrame();
  const id = useId();
  const navigate = useNavigate();
  const location = useLocation();
  const current =
    location.pathname === '/search' ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  const input = useRef<HTMLInputElement>(null);
  // The box shows the query of the results page, and empties when the reader goes elsewhere.
  useEffect(() => setQuery(current), [current]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const q = query.trim();
    // On wide screens the box opens from its button: an empty box first takes the typing.
    if (!q) {
      input.current?.focus();
      return;
    }
    input.current?.blur();
    void navigate(`/search?q=${encodeURIComponent(q)}`);
  };
  return (
    <search className="header-search">
      <form onSubmit={onSubmit} className="header-search-form" data-testid="header-search">
        <label htmlFor={id} className="visually-hidden">
          {frame('searchLabel')}
        </label>
        <input
          ref={input}
          id={id}
          type="search"
          name="q"
          className="header-search-input"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={frame('searchPlaceholder')}
          maxLength={300}
          autoComplete="off"
          enterKeyHint="search"
        />
        <button type="submit" className="header-search-button">
          <SearchIcon size={18} />
          <span className="visually-hidden">{frame('search')}</span>
        </button>
      </form>
    </search>
  );
}

/** The menu links of the docking pages: the inbox for members, the terminology base for its editors. */
export function DockingNavLinks({ user }: { user: User | null }) {
  const frame = useDockingFrame();
  if (!user) return null;
  return (
    <>
      <li>
        <NavLink to="/inbox">{frame('inbox')}</NavLink>
      </li>
      {user.platformRole ? (
        <li>
          <NavLink to="/terminology">{frame('terminology')}</NavLink>
        </li>
      ) : null}
    </>
  );
}
