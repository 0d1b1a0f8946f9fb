import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { SEARCH_FIRST_RESULTS, SEARCH_MAX_RESULTS, useSearch } from '../../api/docking';
import { SearchIcon } from '../../components/Icons';
import { usePageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { COUNTRIES, PROFILE_KINDS } from '../../domain';
import { ConceptPairs, ProfileHit } from '../../features/docking/components';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { useUrlFilters } from '../../features/url-state';
import { useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';

/**
 * `/search?q=`: one query across the seven languages (GET /search). Each result says in which
 * language it is written and why it was found; kind and country narrow the results, and the
 * opportunities page remains the place for every other filter.
 */
function Search() {
  const t = useDockingT();
  const vocab = useVocab();
  const language = useLanguage();
  const id = useId();
  const [params, setParams] = useUrlFilters();
  const q = params.get('q') ?? '';
  const kind = params.get('kind') ?? '';
  const country = params.get('country') ?? '';
  const [query, setQuery] = useState(q);
  useEffect(() => setQuery(q), [q]);
  // A new query or filter starts again from the first results.
  const [limit, setLimit] = useState(SEARCH_FIRST_RESULTS);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the limit resets whenever the search changes
  useEffect(() => setLimit(SEARCH_FIRST_RESULTS), [q, kind, country]);
  const results = useSearch({ q, kind, country }, language, limit);
  usePageTitle(q ? t('search.titleFor', { query: q }) : t('search.title'));

  const update = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update('q', query.trim());
  };

  return (
    <div className="container page" data-testid="search-page">
      <div className="page-head">
        <h1>{q ? t('search.titleFor', { query: q }) : t('search.title')}</h1>
        <p className="lead-small">{t('search.lead')}</p>
      </div>
      <search>
        <form className="search-form" onSubmit={onSubmit}>
          <div className="search-bar search-bar-compact">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              {t('search.label')}
            </label>
            <SearchIcon />
            <input
              id={`${id}-q`}
              type="search"
              className="search-input"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('search.label')}
              maxLength={300}
              data-testid="search-input"
            />
            <button type="submit" className="button button-primary">
              {t('frame.search')}
            </button>
          </div>
          <div className="search-filters">
            <div className="field">
              <label htmlFor={`${id}-kind`} className="field-label">
                {t('search.kind')}
              </label>
              <select
                id={`${id}-kind`}
                className="input select"
                value={kind}
                onChange={(e) => update('kind', e.target.value)}
              >
                <option value="">{t('search.any')}</option>
                {PROFILE_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {vocab.profileKind(value)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-country`} className="field-label">
                {t('search.country')}
              </label>
              <select
                id={`${id}-country`}
                className="input select"
                value={country}
                onChange={(e) => update('country', e.target.value)}
              >
                <option value="">{t('search.any')}</option>
                {COUNTRIES.map((value) => (
                  <option key={value} value={value}>
                    {vocab.country(value)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </form>
      </search>

      {!q ? (
        <EmptyState title={t('search.prompt')} />
      ) : results.isPending ? (
        <Loading label={t('search.searching')} />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.length === 0 ? (
        <EmptyState title={t('search.noResults', { query: q })}>
          <p className="muted">{t('search.noResultsHint')}</p>
          <Link to={`/opportunities?q=${encodeURIComponent(q)}`}>{t('search.browse')}</Link>
        </EmptyState>
      ) : (
        <>
          <div className="results-head">
            <p className="results-count" role="status" data-testid="search-count">
              {t('search.count', { count: results.data.length })}
            </p>
            <Link to="/opportunities">{t('search.browse')}</Link>
          </div>
          <ol className="hit-list" data-testid="search-results">
            {results.data.map((hit) => (
              <li key={hit.profile.id}>
                <ProfileHit profile={hit.profile}>
                  {hit.sharedConcepts.length > 0 ? (
                    <ConceptPairs concepts={hit.sharedConcepts} title={t('search.why')} />
                  ) : (
                    <p className="muted hit-text-match">{t('search.textMatch')}</p>
                  )}
                </ProfileHit>
              </li>
            ))}
          </ol>
          {results.data.length >= limit && limit < SEARCH_MAX_RESULTS ? (
            <div className="load-more">
              <button
                type="button"
                className="button"
                onClick={() => setLimit(SEARCH_MAX_RESULTS)}
                disabled={results.isFetching}
                aria-busy={results.isFetching || undefined}
                data-testid="search-more"
              >
                {t('search.more')}
              </button>
            </div>
          ) : results.data.length >= SEARCH_MAX_RESULTS ? (
            <p className="muted load-more">{t('search.refine', { count: SEARCH_MAX_RESULTS })}</p>
          ) : null}
        </>
      )}
    </div>
  );
}

export function SearchPage() {
  return (
    <DockingCatalogueGate>
      <Search />
    </DockingCatalogueGate>
  );
}
