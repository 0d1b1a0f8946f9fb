import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useReviewQueue } from '../api/queries';
import type { User } from '../api/types';
import { DemoBadge, KindChip } from '../components/Chips';
import { usePageTitle } from '../components/PageTitle';
import { RequireUser } from '../components/RequireUser';
import { EmptyState, ErrorState, Loading, NotAllowed } from '../components/States';
import { localText, pickText, useFormat, useLanguage } from '../i18n/format';
import { ENDONYMS } from '../i18n/languages';
import { useVocab } from '../i18n/vocab';

function Queue({ user }: { user: User }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const format = useFormat();
  const vocab = useVocab();
  const allowed = user.platformRole === 'coordinator' || user.platformRole === 'administrator';
  const queue = useReviewQueue(allowed);
  if (!allowed) return <NotAllowed message={t('review.onlyCoordinators')} />;
  if (queue.isPending) return <Loading />;
  if (queue.isError) return <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  if (queue.data.length === 0) return <EmptyState title={t('review.empty')} />;
  return (
    <ul className="queue" data-testid="review-queue">
      {queue.data.map((profile) => {
        const title = pickText(profile.title, language);
        return (
          <li key={profile.id} className="card queue-item">
            <div className="card-top">
              <KindChip kind={profile.kind} />
              {profile.isDemo ? <DemoBadge /> : null}
            </div>
            <h2 className="card-title">
              <Link to={`/opportunities/${profile.id}`} lang={title.language ?? undefined}>
                {title.text}
              </Link>
            </h2>
            <p className="card-meta">
              {localText(profile.organisation.name, language)} · {vocab.country(profile.organisation.country)}
              {profile.submittedAt ? (
                <>
                  {' · '}
                  {t('review.submittedOn', { date: format.date(profile.submittedAt) })}
                </>
              ) : null}
            </p>
            <p className="muted">
              {t('review.languages')}:{' '}
              {profile.languages.map((l) => (
                <span key={l} lang={l} className="language-tag">
                  {ENDONYMS[l]}
                </span>
              ))}
            </p>
            <Link to={`/opportunities/${profile.id}`} className="button button-small">
              {t('review.open')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

export function ReviewQueuePage() {
  const { t } = useTranslation();
  usePageTitle(t('review.title'));
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('review.title')}</h1>
        <p className="lead-small">{t('review.lead')}</p>
      </div>
      <RequireUser>{(user) => <Queue user={user} />}</RequireUser>
    </div>
  );
}
