import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { useSessionQuery } from '../api/queries';
import { DockingNavLinks, HeaderSearch } from '../features/docking/frame';
import { usePipelineNav } from '../features/pipeline/nav';
import { EVENTS_MENU_LABEL } from '../i18n/events/menu-label';
import { loadChineseFontWhenIdle } from '../i18n/fonts';
import { useLanguage } from '../i18n/format';
import { switchLanguage } from '../i18n/i18n';
import { AccountMenu } from './AccountMenu';
import { CloseIcon, MenuIcon } from './Icons';
import { LanguageSwitcher } from './LanguageSwitcher';
import { Loading } from './States';

/** A signed-in person's account language wins over this device's choice, once per sign-in. */
function useAccountLanguage(): void {
  const { data } = useSessionQuery();
  const language = useLanguage();
  const applied = useRef<string | null>(null);
  const user = data?.user ?? null;
  useEffect(() => {
    if (!user || applied.current === user.id) return;
    applied.current = user.id;
    if (user.preferredLanguage !== language) void switchLanguage(user.preferredLanguage, { remember: true });
  }, [user, language]);
}

/** After a page change, focus moves to the new page's content, so screen readers announce it. */
function useFocusOnNavigation(main: React.RefObject<HTMLElement | null>): void {
  const location = useLocation();
  const first = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the effect is meant to run on every page change
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (location.hash) return;
    main.current?.focus({ preventScroll: true });
  }, [location.pathname, location.hash, main]);
}

function Brand() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="brand">
      <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
        <rect width="32" height="32" rx="7" fill="currentColor" />
        <path
          d="M6 21c4-7 8-9 12-6s6 2 8-2"
          fill="none"
          stroke="#fff"
          strokeWidth="3"
          strokeLinecap="round"
        />
        <circle cx="24" cy="11" r="2.5" fill="#f4b942" />
      </svg>
      <span className="brand-text">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-sub">{t('app.region')}</span>
      </span>
    </Link>
  );
}

function Header() {
  const { t } = useTranslation();
  const language = useLanguage();
  const pipelineNav = usePipelineNav();
  const { data } = useSessionQuery();
  const user = data?.user ?? null;
  const [open, setOpen] = useState(false);
  const location = useLocation();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the page changes
  useEffect(() => setOpen(false), [location.pathname]);
  return (
    <header className="site-header">
      <div className="container header-inner">
        <Brand />
        <HeaderSearch />
        <div className="header-tools">
          <LanguageSwitcher />
          {user ? <AccountMenu user={user} /> : null}
          <button
            type="button"
            className="button button-ghost menu-toggle"
            aria-expanded={open}
            aria-controls="site-nav"
            onClick={() => setOpen((v) => !v)}
          >
            {open ? <CloseIcon /> : <MenuIcon />}
            <span className="visually-hidden">{open ? t('nav.closeMenu') : t('nav.openMenu')}</span>
          </button>
        </div>
        <nav id="site-nav" className={`site-nav${open ? ' is-open' : ''}`} aria-label={t('nav.main')}>
          <ul className="nav-links">
            <li>
              <NavLink to="/opportunities">{t('nav.opportunities')}</NavLink>
            </li>
            <li>
              <NavLink to="/organisations" end>
                {t('nav.organisations')}
              </NavLink>
            </li>
            <li>
              <NavLink to="/events">{EVENTS_MENU_LABEL[language]}</NavLink>
            </li>
            <li>
              <NavLink to="/dashboard">{pipelineNav('dashboard')}</NavLink>
            </li>
          </ul>
          {user ? (
            <ul className="nav-links nav-work" aria-label={t('nav.work')}>
              <li>
                <NavLink to="/cooperations">{pipelineNav('cooperations')}</NavLink>
              </li>
              {user.platformRole ? (
                <li>
                  <NavLink to="/review">{t('nav.review')}</NavLink>
                </li>
              ) : null}
              <DockingNavLinks user={user} />
            </ul>
          ) : null}
          <div className="nav-actions">
            <Link to="/opportunities/new" className="button button-primary button-small">
              {t('nav.publish')}
            </Link>
            {user ? null : (
              <>
                <NavLink to="/sign-in" className="nav-signin">
                  {t('nav.signIn')}
                </NavLink>
                <Link to="/sign-up" className="button button-secondary button-small">
                  {t('nav.signUp')}
                </Link>
              </>
            )}
          </div>
        </nav>
      </div>
    </header>
  );
}

function Footer() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <div>
          <p className="footer-title">{t('app.name')}</p>
          <p className="muted">{t('footer.about')}</p>
        </div>
        <ul className="footer-links">
          <li>
            <Link to="/opportunities">{t('nav.opportunities')}</Link>
          </li>
          <li>
            <Link to="/organisations">{t('nav.organisations')}</Link>
          </li>
          <li>
            <a href="/api/docs">{t('footer.api')}</a>
          </li>
        </ul>
        <p className="muted footer-note">{t('footer.demoNote')}</p>
      </div>
    </footer>
  );
}

/** The frame of every page: skip link, header, the page, footer. */
export function Layout() {
  const { t } = useTranslation();
  const main = useRef<HTMLElement>(null);
  useAccountLanguage();
  useFocusOnNavigation(main);
  useEffect(() => loadChineseFontWhenIdle(), []);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('nav.skipToContent')}
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className="site-main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
      <ScrollRestoration />
    </>
  );
}
