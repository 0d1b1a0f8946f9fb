import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ProfileQuery, useProfiles } from '../api/queries';
import { CheckboxGroup, type Option } from '../components/Form';
import { FilterIcon, SearchIcon } from '../components/Icons';
import { usePageTitle } from '../components/PageTitle';
import { ProfileCard } from '../components/ProfileCard';
import { EmptyState, ErrorState, Loading, LoadMore } from '../components/States';
import { COOPERATION_TYPES, COUNTRIES, LANGUAGES, PROFILE_KINDS } from '../domain';
import { useUrlFilters } from '../features/url-state';
import { useFormat, useLanguage } from '../i18n/format';
import { ENDONYMS } from '../i18n/languages';
import { useSectorLabels, useVocab } from '../i18n/vocab';

/** The filters kept in the address, so a search can be bookmarked, shared and reloaded. */
const LIST_PARAMS = ['kind', 'country', 'cooperationType', 'language'] as const;
const SINGLE_PARAMS = ['q', 'sector', 'trlMin', 'trlMax', 'sort'] as const;
const SORTS = ['newest', 'oldest', 'deadline', 'title'] as const;
const TRLS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

function listOf(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '').split(',').filter(Boolean);
}

export function BrowsePage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const format = useFormat();
  const language = useLanguage();
  const sectors = useSectorLabels();
  const [params, setFilters] = useUrlFilters();
  const [query, setQuery] = useState(params.get('q') ?? '');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const searchId = useId();
  usePageTitle(t('browse.title'));

  const apiQuery = useMemo(() => {
    const result: ProfileQuery = { limit: '20' };
    for (const name of [...LIST_PARAMS, ...SINGLE_PARAMS]) {
      const value = params.get(name);
      if (value) result[name] = value;
    }
    return result;
  }, [params]);
  const profiles = useProfiles(apiQuery);

  const update = (name: string, value: string | string[] | null) => {
    const next = new URLSearchParams(params);
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text) next.set(name, text);
    else next.delete(name);
    setFilters(next);
  };

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    update('q', query.trim() || null);
  };

  const active: Array<{ key: string; label: string; remove: () => void }> = [];
  for (const name of LIST_PARAMS) {
    for (const value of listOf(params, name)) {
      const label =
        name === 'kind'
          ? vocab.profileKind(value as (typeof PROFILE_KINDS)[number])
          : name === 'country'
            ? vocab.country(value as (typeof COUNTRIES)[number])
            : name === 'cooperationType'
              ? vocab.cooperation(value as (typeof COOPERATION_TYPES)[number])
              : vocab.language(value as (typeof LANGUAGES)[number]);
      active.push({
        key: `${name}:${value}`,
        label,
        remove: () =>
          update(
            name,
            listOf(params, name).filter((v) => v !== value),
          ),
      });
    }
  }
  const sector = params.get('sector');
  if (sector)
    active.push({ key: 'sector', label: sectors.label(sector), remove: () => update('sector', null) });
  const trlMin = params.get('trlMin');
  const trlMax = params.get('trlMax');
  if (trlMin || trlMax) {
    active.push({
      key: 'trl',
      label: t('browse.trlRange', { min: trlMin ?? '1', max: trlMax ?? '9' }),
      remove: () => {
        const next = new URLSearchParams(params);
        next.delete('trlMin');
        next.delete('trlMax');
        setFilters(next);
      },
    });
  }
  const q = params.get('q');
  if (q)
    active.push({
      key: 'q',
      label: `“${q}”`,
      remove: () => {
        setQuery('');
        update('q', null);
      },
    });

  const options = (values: readonly string[], label: (v: string) => string): Option[] =>
    values.map((value) => ({ value, label: label(value) }));
  const items = profiles.data?.pages.flatMap((p) => p.items) ?? [];
  const total = profiles.data?.pages[0]?.total;

  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('browse.title')}</h1>
        <p className="lead-small">{t('browse.lead')}</p>
      </div>
      <search>
        <form className="search-bar" onSubmit={onSearch}>
          <label htmlFor={searchId} className="visually-hidden">
            {t('browse.searchLabel')}
          </label>
          <SearchIcon />
          <input
            id={searchId}
            type="search"
            className="search-input"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            placeholder={t('browse.searchPlaceholder')}
            maxLength={200}
          />
          <button type="submit" className="button button-primary">
            {t('browse.search')}
          </button>
        </form>
      </search>

      <div className="browse-layout">
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={() => setFiltersOpen((v) => !v)}
        >
          <FilterIcon size={18} /> {t('browse.filters')}
          {active.length > 0 ? <span className="count-pill">{format.number(active.length)}</span> : null}
        </button>
        <aside
          id="filters"
          className={`filters${filtersOpen ? ' is-open' : ''}`}
          aria-label={t('browse.filters')}
        >
          <CheckboxGroup
            legend={t('browse.kind')}
            options={options(PROFILE_KINDS, (v) => vocab.profileKind(v as (typeof PROFILE_KINDS)[number]))}
            values={listOf(params, 'kind')}
            onChange={(values) => update('kind', values)}
          />
          <CheckboxGroup
            legend={t('browse.country')}
            options={options(COUNTRIES, (v) => vocab.country(v as (typeof COUNTRIES)[number]))}
            values={listOf(params, 'country')}
            onChange={(values) => update('country', values)}
          />
          <div className="field">
            <label htmlFor={`${searchId}-sector`} className="field-label">
              {t('browse.sector')}
            </label>
            <select
              id={`${searchId}-sector`}
              className="input select"
              value={sector ?? ''}
              onChange={(e) => update('sector', e.target.value || null)}
            >
              <option value="">{t('browse.any')}</option>
              {sectors.groups.map((group) => (
                <optgroup key={group.code} label={group.labels[language] || group.labels.en}>
                  <option value={group.code}>
                    {t('browse.allOfGroup', { group: group.labels[language] || group.labels.en })}
                  </option>
                  {group.children.map((child) => (
                    <option key={child.code} value={child.code}>
                      {child.labels[language] || child.labels.en}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <fieldset className="fieldset">
            <legend className="field-label">{t('browse.trl')}</legend>
            <p className="field-hint">{t('browse.trlHint')}</p>
            <div className="inline-fields">
              <label className="inline-field">
                <span>{t('browse.from')}</span>
                <select
                  className="input select"
                  value={trlMin ?? ''}
                  onChange={(e) => update('trlMin', e.target.value || null)}
                >
                  <option value="">1</option>
                  {TRLS.slice(1).map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
              <label className="inline-field">
                <span>{t('browse.to')}</span>
                <select
                  className="input select"
                  value={trlMax ?? ''}
                  onChange={(e) => update('trlMax', e.target.value || null)}
                >
                  <option value="">9</option>
                  {TRLS.slice(0, -1).map((v) => (
                    <option key={v} value={v}>
                      {v}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          </fieldset>
          <details className="filter-more" open={listOf(params, 'cooperationType').length > 0 || undefined}>
            <summary>{t('browse.cooperationType')}</summary>
            <CheckboxGroup
              legend={<span className="visually-hidden">{t('browse.cooperationType')}</span>}
              options={options(COOPERATION_TYPES, (v) =>
                vocab.cooperation(v as (typeof COOPERATION_TYPES)[number]),
              )}
              values={listOf(params, 'cooperationType')}
              onChange={(values) => update('cooperationType', values)}
            />
          </details>
          <CheckboxGroup
            legend={t('browse.language')}
            hint={t('browse.languageHint')}
            options={LANGUAGES.map((value) => ({ value, label: ENDONYMS[value], lang: value }))}
            values={listOf(params, 'language')}
            onChange={(values) => update('language', values)}
            columns
          />
        </aside>

        <section className="results" aria-labelledby="results-title">
          <div className="results-head">
            <h2 id="results-title" className="results-count" aria-live="polite">
              {total !== undefined
                ? t('browse.resultCount', { count: total, formatted: format.number(total) })
                : t('common.loading')}
            </h2>
            <label className="sort">
              <span>{t('browse.sort')}</span>
              <select
                className="input select"
                value={params.get('sort') ?? 'newest'}
                onChange={(e) => update('sort', e.target.value === 'newest' ? null : e.target.value)}
              >
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`browse.sorts.${sort}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {active.length > 0 ? (
            <ul className="active-filters" aria-label={t('browse.activeFilters')}>
              {active.map((filter) => (
                <li key={filter.key}>
                  <button type="button" className="chip chip-removable" onClick={filter.remove}>
                    {filter.label}
                    <span aria-hidden="true"> ×</span>
                    <span className="visually-hidden"> ({t('browse.removeFilter')})</span>
                  </button>
                </li>
              ))}
              <li>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => {
                    setQuery('');
                    setFilters(new URLSearchParams());
                  }}
                >
                  {t('browse.clearAll')}
                </button>
              </li>
            </ul>
          ) : null}
          {profiles.isPending ? (
            <Loading />
          ) : profiles.isError ? (
            <ErrorState error={profiles.error} onRetry={() => void profiles.refetch()} />
          ) : items.length === 0 ? (
            <EmptyState title={t('browse.noResults')}>
              <p>{t('browse.noResultsHint')}</p>
            </EmptyState>
          ) : (
            <>
              <div className="card-list">
                {items.map((profile) => (
                  <ProfileCard key={profile.id} profile={profile} />
                ))}
              </div>
              <LoadMore
                hasMore={profiles.hasNextPage}
                loading={profiles.isFetchingNextPage}
                onLoad={() => void profiles.fetchNextPage()}
                shown={items.length}
                total={total}
              />
            </>
          )}
        </section>
      </div>
    </div>
  );
}
