import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { api, isApiError } from '../api/client';
import { keys } from '../api/queries';
import type { Organisation } from '../api/types';
import { usePageTitle } from '../components/PageTitle';
import { Loading } from '../components/States';
import { localText, useLanguage } from '../i18n/format';
import { useSessionReady, useUser } from '../session/session';

/** Opened from an invitation mail: a signed-in person joins the organisation with one click. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('acceptInvitation.title'));
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const location = useLocation();
  const language = useLanguage();
  const ready = useSessionReady();
  const user = useUser();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => api<Organisation>('/invitations/accept', { method: 'POST', body: { token } }),
    onSuccess: () => void client.invalidateQueries({ queryKey: keys.session }),
  });
  const here = encodeURIComponent(`${location.pathname}${location.search}`);
  return (
    <div className="container auth-page">
      <div className="auth-card">
        <h1>{t('acceptInvitation.title')}</h1>
        {!token ? (
          <p className="alert alert-error">{t('verify.noToken')}</p>
        ) : !ready ? (
          <Loading />
        ) : !user ? (
          <>
            <p>{t('acceptInvitation.signInFirst')}</p>
            <div className="actions">
              <Link to={`/sign-in?next=${here}`} className="button button-primary">
                {t('nav.signIn')}
              </Link>
              <Link to={`/sign-up?next=${here}`} className="button">
                {t('nav.signUp')}
              </Link>
            </div>
          </>
        ) : accept.isSuccess ? (
          <>
            <p className="alert alert-success" role="status">
              {t('acceptInvitation.done', { organisation: localText(accept.data.name, language) })}
            </p>
            <Link to={`/organisations/${accept.data.slug}/manage`} className="button button-primary">
              {t('nav.myOrganisation')}
            </Link>
          </>
        ) : (
          <>
            <p>{t('acceptInvitation.text', { email: user.email })}</p>
            {accept.isError ? (
              <p className="alert alert-error" role="alert">
                {isApiError(accept.error) ? accept.error.message : t('errors.unexpected')}
              </p>
            ) : null}
            <button
              type="button"
              className="button button-primary"
              onClick={() => accept.mutate()}
              disabled={accept.isPending}
            >
              {accept.isPending ? t('common.working') : t('acceptInvitation.accept')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
