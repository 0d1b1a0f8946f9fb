import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, isApiError } from '../api/client';
import { keys } from '../api/queries';
import { usePageTitle } from '../components/PageTitle';
import { Loading } from '../components/States';
import { useUser } from '../session/session';

/** Opened from the link in the confirmation mail: confirms the address at once. */
export function VerifyEmailPage() {
  const { t } = useTranslation();
  usePageTitle(t('verify.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const client = useQueryClient();
  const user = useUser();
  const started = useRef(false);
  const verify = useMutation({
    mutationFn: () => api('/auth/verify-email', { method: 'POST', body: { token } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.session }),
  });
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    verify.mutate();
  }, [token, verify]);
  return (
    <div className="container auth-page">
      <div className="auth-card" data-testid="verify-email">
        <h1>{t('verify.title')}</h1>
        {!token ? (
          <p className="alert alert-error">{t('verify.noToken')}</p>
        ) : verify.isPending || verify.isIdle ? (
          <Loading label={t('verify.checking')} />
        ) : verify.isSuccess ? (
          <>
            <p className="alert alert-success" role="status">
              {t('verify.done')}
            </p>
            <div className="actions">
              {user && user.memberships.length === 0 ? (
                <Link to="/organisations/new" className="button button-primary">
                  {t('nav.createOrganisation')}
                </Link>
              ) : null}
              <Link to={user ? '/opportunities/new' : '/sign-in'} className="button">
                {user ? t('nav.publish') : t('nav.signIn')}
              </Link>
            </div>
          </>
        ) : (
          <>
            <p className="alert alert-error" role="alert">
              {isApiError(verify.error) ? verify.error.message : t('errors.unexpected')}
            </p>
            <p>{t('verify.failedHint')}</p>
            <Link to="/account" className="button">
              {t('nav.account')}
            </Link>
          </>
        )}
      </div>
    </div>
  );
}
