import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { type CorridorEvent, useMyRegistration } from '../../api/events';
import { usePageTitle } from '../../components/PageTitle';
import { LANGUAGES, type Language } from '../../domain';
import {
  EventKindChip,
  EventStatusBadge,
  LocalText,
  RegistrationStatusBadge,
  WithEvent,
} from '../../features/events/components';
import { EventsScope, useEventsT } from '../../features/events/i18n';
import { TimeSpan, viewerTimeZone } from '../../features/events/time';
import { localText, pickText, useFormat, useLanguage } from '../../i18n/format';
import { ENDONYMS } from '../../i18n/languages';
import { useVocab } from '../../i18n/vocab';
import { useUser } from '../../session/session';

function Paragraphs({ text, lang }: { text: string; lang: Language }) {
  return (
    <div className="prose" lang={lang}>
      {text.split(/\n{2,}/).map((paragraph, index) => (
        // Paragraphs of one fixed text: their order never changes.
        // biome-ignore lint/suspicious/noArrayIndexKey: see above
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
}

/** Registration state and the way forward for the reader: sign in, register, or their own participation. */
function RegistrationBox({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const user = useUser();
  const mine = useMyRegistration(event.id, user !== null && event.status !== 'draft');
  const registration = mine.data && mine.data.status !== 'cancelled' ? mine.data : null;
  return (
    <section
      className="panel panel-highlight"
      aria-labelledby="registration-title"
      data-testid="registration-box"
    >
      <h2 id="registration-title" className="panel-title">
        {registration ? t('page.yourRegistration') : t('form.registrationSection')}
      </h2>
      {registration ? (
        <>
          <p>
            <RegistrationStatusBadge status={registration.status} />
          </p>
          <ul className="plain-list stack">
            <li>
              <Link to={`/events/${event.id}/participation`}>{t('participantNav.participation')}</Link>
            </li>
            <li>
              <Link to={`/events/${event.id}/meetings`}>{t('participantNav.meetings')}</Link>
            </li>
            <li>
              <Link to={`/events/${event.id}/agenda`}>{t('participantNav.agenda')}</Link>
            </li>
          </ul>
        </>
      ) : event.registration.open ? (
        <>
          {event.registration.requiresApproval ? <p className="muted">{t('page.approvalNeeded')}</p> : null}
          {event.registration.deadline ? (
            <p>
              <span className="block muted">{t('page.deadline')}</span>
              <TimeSpan start={event.registration.deadline} zone={event.timeZone} />
            </p>
          ) : null}
          {user ? (
            <Link
              to={`/events/${event.id}/register`}
              className="button button-primary"
              data-testid="register-link"
            >
              {t('page.register')}
            </Link>
          ) : (
            <Link
              to={`/sign-in?next=${encodeURIComponent(`/events/${event.id}/register`)}`}
              className="button button-primary"
            >
              {t('page.signInToRegister')}
            </Link>
          )}
        </>
      ) : (
        <p>{t('page.registrationClosed')}</p>
      )}
      {event.viewer.organiser ? (
        <div className="actions">
          <Link to={`/events/${event.id}/manage`} className="button" data-testid="organiser-console-link">
            {t('page.manage')}
          </Link>
        </div>
      ) : null}
    </section>
  );
}

function EventBody({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const vocab = useVocab();
  const format = useFormat();
  const language = useLanguage();
  const [chosen, setChosen] = useState<Language | null>(null);
  const title = pickText(event.title, chosen ?? language);
  usePageTitle(title.text);
  const shown = title.language ?? event.originalLanguage;
  const versions = LANGUAGES.filter((l) => event.title[l] || event.description[l]);
  const description = event.description[shown] ?? pickText(event.description, shown).text;
  const sessions = event.sessions ?? [];
  const slots = event.slots ?? [];
  const firstSlot = slots[0];
  const minutes = firstSlot
    ? Math.round(
        (new Date(firstSlot.endsAt.utc).getTime() - new Date(firstSlot.startsAt.utc).getTime()) / 60_000,
      )
    : 0;
  const place = [
    event.venue.name,
    event.venue.address,
    event.venue.city,
    event.venue.country ? vocab.country(event.venue.country) : '',
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <>
      <div className="page-head">
        <div className="chips">
          <EventKindChip kind={event.kind} />
          {event.status !== 'published' ? <EventStatusBadge status={event.status} /> : null}
        </div>
        <h1 lang={shown} data-testid="event-title">
          {title.text}
        </h1>
        {shown !== language ? (
          <p className="muted">{t('page.shownIn', { language: vocab.language(shown) })}</p>
        ) : null}
        {versions.length > 1 ? (
          <div className="version-switch">
            <span className="muted">{t('page.otherVersions')} </span>
            {versions
              .filter((l) => l !== shown)
              .map((l) => (
                <button key={l} type="button" className="link-button" lang={l} onClick={() => setChosen(l)}>
                  {ENDONYMS[l]}
                </button>
              ))}
          </div>
        ) : null}
      </div>
      {event.status === 'draft' ? <p className="alert alert-info">{t('page.draftNotice')}</p> : null}
      {event.status === 'cancelled' ? (
        <div className="alert alert-warning" role="status">
          <p>{t('page.cancelled')}</p>
          {event.cancelReason ? <p>{t('page.cancelledReason', { reason: event.cancelReason })}</p> : null}
        </div>
      ) : null}
      <div className="event-layout">
        <div className="stack">
          {description ? (
            <section aria-labelledby="about-title">
              <h2 id="about-title">{t('page.description')}</h2>
              <Paragraphs text={description} lang={shown} />
            </section>
          ) : null}
          <section aria-labelledby="programme-title">
            <h2 id="programme-title">{t('page.programme')}</h2>
            {sessions.length === 0 ? (
              <p className="muted">{t('page.noProgramme')}</p>
            ) : (
              <ul className="event-list" data-testid="programme">
                {sessions.map((session) => (
                  <li key={session.id}>
                    <LocalText text={session.title} as="p" className="event-list-title" />
                    <TimeSpan start={session.startsAt} end={session.endsAt} zone={event.timeZone} />
                    {session.location ? <p className="muted">{session.location}</p> : null}
                    <LocalText text={session.description} as="p" />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {slots.length > 0 && firstSlot ? (
            <section aria-labelledby="slots-title">
              <h2 id="slots-title">{t('page.meetingSlots')}</h2>
              <p>
                {t('page.meetingSlotsText', {
                  count: slots.length,
                  minutes: format.number(minutes),
                  tables: format.number(event.meetings.tableCount),
                })}
              </p>
              <p>
                <TimeSpan
                  start={firstSlot.startsAt}
                  end={slots[slots.length - 1]?.endsAt ?? firstSlot.endsAt}
                  zone={event.timeZone}
                />
              </p>
            </section>
          ) : null}
        </div>
        <aside className="stack">
          <RegistrationBox event={event} />
          <section className="panel" aria-labelledby="facts-title">
            <h2 id="facts-title" className="visually-hidden">
              {t('page.when')}
            </h2>
            <dl className="event-facts">
              <div>
                <dt>{t('page.when')}</dt>
                <dd>
                  <TimeSpan start={event.startsAt} end={event.endsAt} zone={event.timeZone} />
                </dd>
              </div>
              <div>
                <dt>{t('page.where')}</dt>
                <dd>
                  {event.venue.mode !== 'online' ? <span className="block">{place}</span> : null}
                  {event.venue.mode !== 'venue' ? (
                    <span className="block">
                      {t(`venueMode.${event.venue.mode}`)}
                      {event.venue.onlineUrl ? (
                        <>
                          {' · '}
                          <a href={event.venue.onlineUrl} rel="noopener noreferrer">
                            {event.venue.onlineUrl}
                          </a>
                        </>
                      ) : null}
                    </span>
                  ) : null}
                </dd>
              </div>
              <div>
                <dt>{t('page.organisers')}</dt>
                <dd>
                  {event.organisers.map((o) => (
                    <Link key={o.id} to={`/organisations/${o.slug}`} className="block">
                      {localText(o.name, language)}
                    </Link>
                  ))}
                </dd>
              </div>
              <div>
                <dt>{t('page.capacity')}</dt>
                <dd>
                  {event.registration.capacity !== null
                    ? t('page.capacityLeft', {
                        approved: format.number(event.registration.approved ?? 0),
                        capacity: format.number(event.registration.capacity),
                      })
                    : `${t('page.unlimited')} · ${t('page.approvedCount', { count: event.registration.approved ?? 0 })}`}
                </dd>
              </div>
            </dl>
            <p className="field-hint">{t('time.zoneNote', { zone: viewerTimeZone() })}</p>
          </section>
        </aside>
      </div>
    </>
  );
}

/** `/events/:id`: the public event page, in the reader's language when the organisers wrote one. */
export function EventPage() {
  const { id = '' } = useParams();
  return (
    <div className="container page events-page">
      <EventsScope>
        <WithEvent id={id}>{(event) => <EventBody event={event} />}</WithEvent>
      </EventsScope>
    </div>
  );
}
