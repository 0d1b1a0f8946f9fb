import { useMemo } from 'react';
import { Link } from 'react-router';
import { useEvents } from '../../api/events';
import { ErrorState, Loading } from '../../components/States';
import { EventCard } from './EventCard';
import { EventsScope, useEventsT } from './i18n';

/**
 * The home page's "upcoming events" block. The home page loads it lazily, so the events catalogue
 * and this code stay out of the home page's first download.
 */
function Upcoming() {
  const t = useEventsT();
  // Rounded to the minute so the query key stays the same across re-renders.
  const now = useMemo(() => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString(), []);
  const events = useEvents({ endsAfter: now, limit: '3' });
  return (
    <section
      className="section container"
      aria-labelledby="upcoming-events-title"
      data-testid="upcoming-events"
    >
      <div className="section-head">
        <h2 id="upcoming-events-title">{t('home.title')}</h2>
        <Link to="/events">{t('home.seeAll')}</Link>
      </div>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <p className="muted">{t('home.none')}</p>
      ) : (
        <div className="card-grid">
          {events.data.items.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </div>
      )}
    </section>
  );
}

export default function UpcomingEvents() {
  return (
    <EventsScope>
      <Upcoming />
    </EventsScope>
  );
}
