import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type OrganisationQuery, useOrganisations } from '../api/queries';
import type { Organisation } from '../api/types';
import { Chip, DemoBadge } from '../components/Chips';
import { SearchIcon } from '../components/Icons';
import { usePageTitle } from '../components/PageTitle';
import { EmptyState, ErrorState, Loading, LoadMore } from '../components/States';
import { COUNTRIES, ORGANISATION_KINDS } from '../domain';
import { useUrlFilters } from '../features/url-state';
import { localText, useFormat, useLanguage } from '../i18n/format';
import { useVocab } from '../i18n/vocab';

function OrganisationCard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const vocab = useVocab();
  const format = useFormat();
  const description = localText(organisation.description, language);
  return (
    <article className="card org-card" data-testid="organisation-card">
      <div className="card-top">
        <Chip tone="org">{vocab.organisationKind(organisation.kind)}</Chip>
        {organisation.isDemo ? <DemoBadge /> : null}
      </div>
      <h2 className="card-title">
        <Link to={`/organisations/${organisation.slug}`}>{localText(organisation.name, language)}</Link>
      </h2>
      {description ? <p className="card-summary">{description}</p> : null}
      <p className="card-meta">
        {[organisation.city, vocab.country(organisation.country)].filter(Boolean).join(', ')}
        {organisation.publishedProfiles !== undefined ? (
          <>
            {' · '}
            {t('organisations.published', {
              count: organisation.publishedProfiles,
              formatted: format.number(organisation.publishedProfiles),
            })}
          </>
        ) : null}
      </p>
    </article>
  );
}

export function OrganisationsPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const id = useId();
  const [params, setFilters] = useUrlFilters();
  const [q, setQ] = useState(params.get('q') ?? '');
  usePageTitle(t('organisations.title'));
  const query: OrganisationQuery = {
    country: params.get('country') ?? undefined,
    kind: params.get('kind') ?? undefined,
    q: params.get('q') ?? undefined,
  };
  const organisations = useOrganisations(query);
  const update = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setFilters(next);
  };
  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update('q', q.trim());
  };
  const items = organisations.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <div className="container page">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('organisations.title')}</h1>
          <p className="lead-small">{t('organisations.lead')}</p>
        </div>
        <Link to="/organisations/new" className="button button-primary">
          {t('nav.createOrganisation')}
        </Link>
      </div>
      <search>
        <form className="filter-bar" onSubmit={onSearch}>
          <div className="filter-search">
            <label htmlFor={`${id}-q`} className="field-label">
              {t('organisations.search')}
            </label>
            <div className="search-bar search-bar-compact">
              <SearchIcon />
              <input
                id={`${id}-q`}
                type="search"
                className="search-input"
                value={q}
                onChange={(e) => setQ(e.target.value)}
                maxLength={200}
              />
              <button type="submit" className="button button-primary">
                {t('browse.search')}
              </button>
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-country`} className="field-label">
              {t('browse.country')}
            </label>
            <select
              id={`${id}-country`}
              className="input select"
              value={query.country ?? ''}
              onChange={(e) => update('country', e.target.value)}
            >
              <option value="">{t('browse.any')}</option>
              {COUNTRIES.map((c) => (
                <option key={c} value={c}>
                  {vocab.country(c)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-kind`} className="field-label">
              {t('orgForm.kind')}
            </label>
            <select
              id={`${id}-kind`}
              className="input select"
              value={query.kind ?? ''}
              onChange={(e) => update('kind', e.target.value)}
            >
              <option value="">{t('browse.any')}</option>
              {ORGANISATION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {vocab.organisationKind(k)}
                </option>
              ))}
            </select>
          </div>
        </form>
      </search>
      {organisations.isPending ? (
        <Loading />
      ) : organisations.isError ? (
        <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('organisations.empty')} />
      ) : (
        <>
          <div className="card-grid">
            {items.map((organisation) => (
              <OrganisationCard key={organisation.id} organisation={organisation} />
            ))}
          </div>
          <LoadMore
            hasMore={organisations.hasNextPage}
            loading={organisations.isFetchingNextPage}
            onLoad={() => void organisations.fetchNextPage()}
            shown={items.length}
          />
        </>
      )}
    </div>
  );
}
