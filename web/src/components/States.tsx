import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../api/client';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

/** A failed request: the server's message in the reader's language, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const message = isApiError(error) ? error.message : t('errors.unexpected');
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <p className="state-title">{title}</p>
      {children}
    </div>
  );
}

/** A page that needs something the reader lacks (an account, a role), with the way forward. */
export function NotAllowed({ message }: { message: string }) {
  const { t } = useTranslation();
  return (
    <div className="state state-empty">
      <p className="state-title">{message}</p>
      <Link to="/" className="button">
        {t('nav.home')}
      </Link>
    </div>
  );
}

/** Cursor paging: the next page is fetched on request, which suits slow links better than endless scrolling. */
export function LoadMore({
  hasMore,
  loading,
  onLoad,
  shown,
  total,
}: {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
  shown: number;
  total?: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="load-more">
      <p className="muted" aria-live="polite">
        {total !== undefined ? t('list.shownOfTotal', { shown, total }) : t('list.shown', { shown })}
      </p>
      {hasMore ? (
        <button
          type="button"
          className="button"
          onClick={onLoad}
          disabled={loading}
          aria-busy={loading || undefined}
        >
          {loading ? t('common.loading') : t('list.loadMore')}
        </button>
      ) : null}
    </div>
  );
}
