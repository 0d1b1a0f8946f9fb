import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProfiles } from '../api/queries';
import type { User } from '../api/types';
import { usePageTitle } from '../components/PageTitle';
import { ProfileCard } from '../components/ProfileCard';
import { RequireUser } from '../components/RequireUser';
import { EmptyState, ErrorState, Loading, LoadMore } from '../components/States';
import { useUrlFilters } from '../features/url-state';
import { localText, useLanguage } from '../i18n/format';

/** Status groups an author thinks in, mapped to the API's statuses. */
const GROUPS = {
  all: 'draft,submitted,returned,published,expired,withdrawn,completed',
  drafts: 'draft,returned',
  review: 'submitted',
  published: 'published',
  closed: 'expired,withdrawn,completed',
} as const;
type Group = keyof typeof GROUPS;

function MyOpportunities({ user }: { user: User }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [params, setFilters] = useUrlFilters();
  const orgParam = params.get('organisation');
  const membership = user.memberships.find((m) => m.organisationId === orgParam) ?? user.memberships[0];
  const groupParam = params.get('status') ?? 'all';
  const group: Group = groupParam in GROUPS ? (groupParam as Group) : 'all';
  const profiles = useProfiles(
    { organisationId: membership?.organisationId, status: GROUPS[group], sort: 'newest', limit: '20' },
    { enabled: Boolean(membership) },
  );
  if (!membership) {
    return (
      <EmptyState title={t('newProfile.noOrganisation')}>
        <p>{t('newProfile.noOrganisationHint')}</p>
        <Link to="/organisations/new" className="button button-primary">
          {t('nav.createOrganisation')}
        </Link>
      </EmptyState>
    );
  }
  const set = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    next.set(name, value);
    setFilters(next);
  };
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <div className="toolbar">
        {user.memberships.length > 1 ? (
          <label className="inline-field">
            <span>{t('myProfiles.organisation')}</span>
            <select
              className="input select"
              value={membership.organisationId}
              onChange={(e) => set('organisation', e.target.value)}
            >
              {user.memberships.map((m) => (
                <option key={m.organisationId} value={m.organisationId}>
                  {localText(m.name, language)}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <p className="muted">{localText(membership.name, language)}</p>
        )}
        <Link to="/opportunities/new" className="button button-primary">
          {t('nav.publish')}
        </Link>
      </div>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('myProfiles.statusFilter')}</legend>
        {(Object.keys(GROUPS) as Group[]).map((g) => (
          <button
            key={g}
            type="button"
            aria-pressed={g === group}
            className={g === group ? 'is-current' : ''}
            onClick={() => set('status', g)}
          >
            {t(`myProfiles.groups.${g}`)}
          </button>
        ))}
      </fieldset>
      {profiles.isPending ? (
        <Loading />
      ) : profiles.isError ? (
        <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('myProfiles.empty')} />
      ) : (
        <>
          <div className="card-list">
            {items.map((profile) => (
              <ProfileCard key={profile.id} profile={profile} showStatus />
            ))}
          </div>
          <LoadMore
            hasMore={profiles.hasNextPage}
            loading={profiles.isFetchingNextPage}
            onLoad={() => void profiles.fetchNextPage()}
            shown={items.length}
            total={profiles.data.pages[0]?.total}
          />
        </>
      )}
    </>
  );
}

export function MyOpportunitiesPage() {
  const { t } = useTranslation();
  usePageTitle(t('myProfiles.title'));
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('myProfiles.title')}</h1>
      </div>
      <RequireUser>{(user) => <MyOpportunities user={user} />}</RequireUser>
    </div>
  );
}
