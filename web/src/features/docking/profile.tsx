import { type KeyboardEvent, lazy, type ReactNode, Suspense, useId, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { Profile } from '../../api/types';
import { Loading } from '../../components/States';
import { useDockingFrame } from './frame';
import './profile.css';

/*
 * What a profile's page (pages/OpportunityPage.tsx) shows of the docking: this module is small and
 * part of that page's chunk; the Matches tab and the expression-of-interest panel are chunks of
 * their own, fetched when shown, so the public page's first download hardly grows.
 */
const MatchesPanel = lazy(() => import('./MatchesPanel'));
const ExpressInterestPanel = lazy(() => import('./ExpressInterestPanel'));

const TABS = ['details', 'matches'] as const;
type Tab = (typeof TABS)[number];

/**
 * The profile's sections as tabs (ARIA tabs pattern: arrow keys, Home and End move between tabs).
 * The chosen tab is kept in the address (`?tab=matches`), so it can be linked and survives a reload.
 */
export function ProfileTabs({ profile, children }: { profile: Profile; children: ReactNode }) {
  const frame = useDockingFrame();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const active: Tab = params.get('tab') === 'matches' ? 'matches' : 'details';
  const refs = useRef(new Map<Tab, HTMLButtonElement>());
  const choose = (tab: Tab) => {
    const next = new URLSearchParams(params);
    if (tab === 'details') next.delete('tab');
    else next.set('tab', tab);
    setParams(next, { replace: true, preventScrollReset: true });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    let next = index;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    else return;
    event.preventDefault();
    const tab = TABS[next];
    if (!tab) return;
    choose(tab);
    refs.current.get(tab)?.focus();
  };
  return (
    <div className="profile-tabs">
      <div role="tablist" aria-label={frame('sections')} className="tablist profile-tablist">
        {TABS.map((tab, index) => (
          <button
            key={tab}
            ref={(el) => {
              if (el) refs.current.set(tab, el);
              else refs.current.delete(tab);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab}`}
            aria-selected={tab === active}
            aria-controls={`${id}-panel-${tab}`}
            tabIndex={tab === active ? 0 : -1}
            className="tab"
            onClick={() => choose(tab)}
            onKeyDown={(e) => onKeyDown(e, index)}
            data-testid={`tab-${tab}`}
          >
            {frame(tab)}
          </button>
        ))}
      </div>
      <div
        role="tabpanel"
        id={`${id}-panel-${active}`}
        aria-labelledby={`${id}-tab-${active}`}
        className="profile-tabpanel"
      >
        {active === 'details' ? (
          children
        ) : (
          <Suspense fallback={<Loading />}>
            <MatchesPanel profile={profile} />
          </Suspense>
        )}
      </div>
    </div>
  );
}

/** "Express interest" for a published profile; its panel loads after the page has shown. */
export function ExpressInterestSlot({ profile }: { profile: Profile }) {
  if (profile.status !== 'published') return null;
  return (
    <Suspense fallback={null}>
      <ExpressInterestPanel profile={profile} />
    </Suspense>
  );
}
