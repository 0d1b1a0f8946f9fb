import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/client';
import { useOrganisation, useProfiles } from '../api/queries';
import { NotFoundContent } from '../app/ErrorPage';
import { Chip, DemoBadge } from '../components/Chips';
import { usePageTitle } from '../components/PageTitle';
import { ProfileCard } from '../components/ProfileCard';
import { EmptyState, ErrorState, Loading, LoadMore } from '../components/States';
import { localText, pickText, useLanguage } from '../i18n/format';
import { useVocab } from '../i18n/vocab';
import { useUser } from '../session/session';

export function OrganisationPage() {
  const { org = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  const user = useUser();
  const organisation = useOrganisation(org);
  const profiles = useProfiles(
    { organisationId: organisation.data?.id, limit: '12' },
    { enabled: Boolean(organisation.data) },
  );
  usePageTitle(organisation.data ? localText(organisation.data.name, language) : null);
  if (organisation.isPending) return <Loading />;
  if (organisation.isError) {
    if (isApiError(organisation.error) && organisation.error.status === 404) return <NotFoundContent />;
    return (
      <div className="container page">
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      </div>
    );
  }
  const data = organisation.data;
  const name = pickText(data.name, language);
  const description = pickText(data.description, language);
  const membership = user?.memberships.find((m) => m.organisationId === data.id);
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/organisations">{t('nav.organisations')}</Link>
      </nav>
      <div className="page-head page-head-row">
        <div>
          <div className="chips">
            <Chip tone="org">{vocab.organisationKind(data.kind)}</Chip>
            <Chip tone="country">{vocab.country(data.country)}</Chip>
            {data.isDemo ? <DemoBadge /> : null}
          </div>
          <h1 lang={name.language ?? undefined}>{name.text}</h1>
          <p className="muted">
            {data.city}
            {data.website ? (
              <>
                {data.city ? ' · ' : ''}
                <a href={data.website} rel="noopener noreferrer" target="_blank">
                  {data.website.replace(/^https?:\/\//, '')}
                </a>
              </>
            ) : null}
          </p>
        </div>
        {membership ? (
          <Link to={`/organisations/${data.slug}/manage`} className="button">
            {t('organisation.manage')}
          </Link>
        ) : null}
      </div>
      {description.text ? (
        <div className="prose" lang={description.language ?? undefined}>
          {description.text.split(/\n{2,}/).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      ) : null}
      <section className="section" aria-labelledby="org-profiles">
        <h2 id="org-profiles">{t('organisation.opportunities')}</h2>
        {profiles.isPending ? (
          <Loading />
        ) : profiles.isError ? (
          <ErrorState error={profiles.error} />
        ) : items.length === 0 ? (
          <EmptyState title={t('organisation.noOpportunities')} />
        ) : (
          <>
            <div className="card-grid">
              {items.map((profile) => (
                <ProfileCard key={profile.id} profile={profile} />
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
      </section>
    </div>
  );
}
