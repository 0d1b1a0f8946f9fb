import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import type { User } from '../api/types';
import { useSessionReady, useUser } from '../session/session';
import { Loading } from './States';

/**
 * Renders its children for a signed-in person; a visitor is sent to sign in and brought back after.
 * With `verified`, an unverified account is asked to confirm its address first.
 */
export function RequireUser({
  children,
  verified = false,
}: {
  children: (user: User) => ReactNode;
  verified?: boolean;
}) {
  const ready = useSessionReady();
  const user = useUser();
  const location = useLocation();
  const { t } = useTranslation();
  if (!ready) return <Loading />;
  if (!user) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (verified && !user.emailVerified) {
    return (
      <div className="state state-empty">
        <p className="state-title">{t('auth.verifyFirst')}</p>
        <Link to="/account" className="button">
          {t('nav.account')}
        </Link>
      </div>
    );
  }
  return <>{children(user)}</>;
}
