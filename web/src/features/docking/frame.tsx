import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation, useNavigate } from 'react-router';
import { api } from '../../api/client';
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
export function useDockingFrame(): (key: keyof DockingFrame, options?: Record<string, unknown>) => string {
  registerFrameStrings();
  const { t } = useTranslation();
  const loose = t as unknown as LooseT;
  return useCallback((key, options) => loose(`frame.${key}`, { ...options, ns: DOCKING_NS }), [loose]);
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
    // An empty box takes the typing (on the collapsed box, its button opens it).
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

/** What waits in the inbox (`GET /interests/summary`); asked again every minute and on focus. */
export interface InboxSummary {
  pendingReceived: number;
  unreadConversations: number;
}

/** How often the header asks whether something new arrived in the inbox. */
const INBOX_SUMMARY_POLL_MS = 60_000;

function useInboxSummary(enabled: boolean) {
  return useQuery({
    queryKey: ['docking', 'interests', 'summary'],
    queryFn: ({ signal }) => api<InboxSummary>('/interests/summary', { signal }),
    enabled,
    refetchInterval: INBOX_SUMMARY_POLL_MS,
    refetchOnWindowFocus: true,
  });
}

/**
 * The menu links of the docking pages: the inbox for members, with how many expressions of interest
 * wait for an answer plus conversations with unread messages, and the terminology base for its editors.
 */
export function DockingNavLinks({ user }: { user: User | null }) {
  const frame = useDockingFrame();
  const summary = useInboxSummary(user !== null);
  if (!user) return null;
  const waiting = summary.data ? summary.data.pendingReceived + summary.data.unreadConversations : 0;
  return (
    <>
      <li>
        <NavLink to="/inbox" data-testid="nav-inbox">
          {frame('inbox')}
          {waiting > 0 ? (
            <span className="nav-count" data-testid="inbox-waiting">
              <span aria-hidden="true">{waiting}</span>
              <span className="visually-hidden">{frame('unread', { count: waiting })}</span>
            </span>
          ) : null}
        </NavLink>
      </li>
      {user.platformRole ? (
        <li>
          <NavLink to="/terminology">{frame('terminology')}</NavLink>
        </li>
      ) : null}
    </>
  );
}
