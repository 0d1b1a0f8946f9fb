import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { EVENT_KINDS, type EventKind, useEvents } from '../../api/events';
import { SelectField } from '../../components/Form';
import { usePageTitle } from '../../components/PageTitle';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { COUNTRIES } from '../../domain';
import { EventCard } from '../../features/events/EventCard';
import { EventsScope, useEventsT } from '../../features/events/i18n';
import { useVocab } from '../../i18n/vocab';
import { useUser } from '../../session/session';

function EventList() {
  const t = useEventsT();
  const vocab = useVocab();
  const user = useUser();
  usePageTitle(t('list.title'));
  const [search, setSearch] = useSearchParams();
  const filters = { kind: search.get('kind') ?? '', country: search.get('country') ?? '' };
  const setFilters = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setSearch(next, { replace: true });
  };
  const now = useMemo(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(), []);
  const params = { kind: filters.kind || undefined, country: filters.country || undefined };
  const upcoming = useEvents({ ...params, endsAfter: now, limit: '50' });
  const drafts = useEvents({ status: 'draft', limit: '50' }, user !== null);
  const canCreate = user?.memberships.some((m) => m.role === 'admin' || m.role === 'editor') ?? false;
  return (
    <>
      <div className="page-head page-head-row">
        <div>
          <h1>{t('list.title')}</h1>
          <p className="lead-small">{t('list.lead')}</p>
        </div>
        {canCreate ? (
          <Link to="/events/new" className="button button-primary">
            {t('list.create')}
          </Link>
        ) : null}
      </div>
      <div className="form-grid filter-bar">
        <SelectField
          label={t('list.filterKind')}
          value={filters.kind}
          onChange={(v) => setFilters({ kind: v || null })}
          placeholder={t('list.any')}
          options={EVENT_KINDS.map((k: EventKind) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <SelectField
          label={t('list.filterCountry')}
          value={filters.country}
          onChange={(v) => setFilters({ country: v || null })}
          placeholder={t('list.any')}
          options={COUNTRIES.map((c) => ({ value: c, label: vocab.country(c) }))}
        />
      </div>
      {user && drafts.data && drafts.data.items.length > 0 ? (
        <section className="section" aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('list.drafts')}</h2>
          <div className="card-grid">
            {drafts.data.items.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
        </section>
      ) : null}
      <section className="section" aria-labelledby="upcoming-title">
        <div className="section-head">
          <h2 id="upcoming-title">{t('list.upcoming')}</h2>
          {upcoming.data ? (
            <p className="muted" aria-live="polite">
              {t('list.count', { count: upcoming.data.total ?? upcoming.data.items.length })}
            </p>
          ) : null}
        </div>
        {upcoming.isPending ? (
          <Loading />
        ) : upcoming.isError ? (
          <ErrorState error={upcoming.error} onRetry={() => void upcoming.refetch()} />
        ) : upcoming.data.items.length === 0 ? (
          <EmptyState title={t('list.none')} />
        ) : (
          <div className="card-grid" data-testid="event-list">
            {upcoming.data.items.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </div>
        )}
      </section>
    </>
  );
}

/** `/events`: the published events still to come, filtered by kind and country; an organiser's drafts. */
export function EventListPage() {
  return (
    <div className="container page events-page">
      <EventsScope>
        <EventList />
      </EventsScope>
    </div>
  );
}
