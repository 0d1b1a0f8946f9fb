import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { isApiError } from '../api/client';
import { usePageTitle } from '../components/PageTitle';

/** A chunk that no longer exists on the server (a new release went out while the page was open). */
function isStaleChunk(error: unknown): boolean {
  return (
    error instanceof TypeError &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/** Shown instead of a page that crashed: what happened, in the reader's language, and ways out. */
export function ErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  usePageTitle(t('errorPage.title'));
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundContent />;
  const detail = isApiError(error) ? error.message : isStaleChunk(error) ? t('errorPage.staleRelease') : null;
  return (
    <div className="container narrow page-message" data-testid="error-page">
      <h1>{t('errorPage.title')}</h1>
      <p>{t('errorPage.text')}</p>
      {detail ? <p className="alert alert-error">{detail}</p> : null}
      <div className="actions">
        <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
          {t('errorPage.reload')}
        </button>
        <Link to="/" className="button">
          {t('nav.home')}
        </Link>
      </div>
    </div>
  );
}

export function NotFoundContent() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <div className="container narrow page-message" data-testid="not-found">
      <p className="page-message-code" aria-hidden="true">
        404
      </p>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <div className="actions">
        <Link to="/" className="button button-primary">
          {t('nav.home')}
        </Link>
        <Link to="/opportunities" className="button">
          {t('nav.opportunities')}
        </Link>
      </div>
    </div>
  );
}
