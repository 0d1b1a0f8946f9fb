import { Link } from 'react-router';
import type { CorridorEvent } from '../../api/events';
import { localText, pickText, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';
import { EventKindChip, EventStatusBadge } from './components';
import { useEventsT } from './i18n';
import { TimeSpan } from './time';

/** One event in a list: kind, name, when, where, who organises it and whether registration is open. */
export function EventCard({ event, headingLevel = 3 }: { event: CorridorEvent; headingLevel?: 2 | 3 }) {
  const t = useEventsT();
  const language = useLanguage();
  const vocab = useVocab();
  const title = pickText(event.title, language);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const place =
    event.venue.mode === 'online'
      ? t('page.online')
      : [event.venue.city, event.venue.country ? vocab.country(event.venue.country) : '']
          .filter(Boolean)
          .join(', ');
  return (
    <article className="card event-card" data-testid="event-card">
      <div className="card-top">
        <EventKindChip kind={event.kind} />
        {event.status !== 'published' ? <EventStatusBadge status={event.status} /> : null}
        {event.status === 'published' ? (
          <span className={`badge ${event.registration.open ? 'badge-success' : 'badge-neutral'}`}>
            {event.registration.open ? t('list.registrationOpen') : t('list.registrationClosed')}
          </span>
        ) : null}
      </div>
      <Heading className="card-title">
        <Link to={`/events/${event.id}`} lang={title.language ?? undefined}>
          {title.text}
        </Link>
      </Heading>
      <TimeSpan start={event.startsAt} end={event.endsAt} zone={event.timeZone} />
      {place ? <p className="card-summary">{place}</p> : null}
      <p className="card-meta">
        {t('list.organisedBy', {
          names: event.organisers.map((o) => localText(o.name, language)).join(', '),
        })}
      </p>
    </article>
  );
}
