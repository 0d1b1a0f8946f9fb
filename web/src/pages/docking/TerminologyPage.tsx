import { type FormEvent, useEffect, useId, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { type Concept, useConcepts } from '../../api/docking';
import { Chip } from '../../components/Chips';
import { SearchIcon } from '../../components/Icons';
import { usePageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { LANGUAGES } from '../../domain';
import { LanguageCode } from '../../features/docking/components';
import { DockingCatalogueGate, useDockingT } from '../../features/docking/i18n';
import { canEditTerminology } from '../../features/docking/terminology';
import { useUrlFilters } from '../../features/url-state';
import { useLanguage } from '../../i18n/format';
import { useSectorLabels } from '../../i18n/vocab';
import { useUser } from '../../session/session';

function ConceptRow({ concept }: { concept: Concept }) {
  const language = useLanguage();
  const sectors = useSectorLabels();
  const own = concept.terms[language]?.[0];
  return (
    <li className="card concept-card" data-testid="concept-card" data-concept-id={concept.id}>
      <h2 className="card-title">
        <Link to={`/terminology/${encodeURIComponent(concept.id)}`} lang={own ? language : 'en'}>
          {own ?? concept.terms.en?.[0] ?? concept.id}
        </Link>
      </h2>
      <p className="muted concept-id">
        <code>{concept.id}</code>
      </p>
      <ul className="preferred-terms">
        {LANGUAGES.filter((l) => l !== language).map((l) => (
          <li key={l}>
            <LanguageCode language={l} /> <span lang={l}>{concept.terms[l]?.[0] ?? '—'}</span>
          </li>
        ))}
      </ul>
      {concept.sectors.length > 0 ? (
        <div className="chips">
          {concept.sectors.map((code) => (
            <Chip key={code}>{sectors.label(code)}</Chip>
          ))}
        </div>
      ) : null}
    </li>
  );
}

function Terminology() {
  const t = useDockingT();
  const id = useId();
  const user = useUser();
  const location = useLocation();
  const language = useLanguage();
  const sectors = useSectorLabels();
  const [params, setParams] = useUrlFilters();
  const q = params.get('q') ?? '';
  const sector = params.get('sector') ?? '';
  const [query, setQuery] = useState(q);
  useEffect(() => setQuery(q), [q]);
  const concepts = useConcepts({ q: q || undefined, sector: sector || undefined });
  const retired = (location.state as { retired?: string } | null)?.retired;
  usePageTitle(t('terminology.title'));

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
  const items = concepts.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <div className="container page" data-testid="terminology">
      <div className="page-head page-head-row">
        <div>
          <h1>{t('terminology.title')}</h1>
          <p className="lead-small">{t('terminology.lead')}</p>
        </div>
        {canEditTerminology(user) ? (
          <Link to="/terminology/new" className="button button-primary" data-testid="add-concept">
            {t('terminology.add')}
          </Link>
        ) : null}
      </div>
      {retired ? (
        <div className="alert alert-success" role="status">
          {t('retire.done', { id: retired })}
        </div>
      ) : null}
      <search>
        <form className="terminology-search" onSubmit={onSubmit}>
          <div className="search-bar search-bar-compact">
            <label htmlFor={`${id}-q`} className="visually-hidden">
              {t('terminology.search')}
            </label>
            <SearchIcon />
            <input
              id={`${id}-q`}
              type="search"
              className="search-input"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={t('terminology.search')}
              maxLength={120}
              data-testid="terminology-search"
            />
            <button type="submit" className="button button-primary">
              {t('terminology.submit')}
            </button>
          </div>
          <div className="field">
            <label htmlFor={`${id}-sector`} className="field-label">
              {t('terminology.sector')}
            </label>
            <select
              id={`${id}-sector`}
              className="input select"
              value={sector}
              onChange={(e) => update('sector', e.target.value)}
            >
              <option value="">{t('terminology.anySector')}</option>
              {sectors.groups.map((group) => {
                const name = group.labels[language] || group.labels.en;
                return (
                  <optgroup key={group.code} label={name}>
                    <option value={group.code}>{t('terminology.allOfGroup', { group: name })}</option>
                    {group.children.map((child) => (
                      <option key={child.code} value={child.code}>
                        {child.labels[language] || child.labels.en}
                      </option>
                    ))}
                  </optgroup>
                );
              })}
            </select>
          </div>
        </form>
      </search>
      {concepts.isPending ? (
        <Loading />
      ) : concepts.isError ? (
        <ErrorState error={concepts.error} onRetry={() => void concepts.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t('terminology.empty')} />
      ) : (
        <>
          <ul className="concept-list">
            {items.map((concept) => (
              <ConceptRow key={concept.id} concept={concept} />
            ))}
          </ul>
          <div className="load-more">
            <p className="muted" aria-live="polite">
              {t('terminology.shown', { count: items.length })}
            </p>
            {concepts.hasNextPage ? (
              <button
                type="button"
                className="button"
                onClick={() => void concepts.fetchNextPage()}
                disabled={concepts.isFetchingNextPage}
                aria-busy={concepts.isFetchingNextPage || undefined}
              >
                {t('terminology.more')}
              </button>
            ) : null}
          </div>
        </>
      )}
    </div>
  );
}

/** `/terminology`: the terminology base, searchable in any language and by sector. */
export function TerminologyPage() {
  return (
    <DockingCatalogueGate>
      <Terminology />
    </DockingCatalogueGate>
  );
}
