import { type ReactNode, useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { isApiError } from '../../api/client';
import {
  type CorridorEvent,
  type EventKind,
  type EventStatus,
  type MeetingStatus,
  type Registration,
  type RegistrationStatus,
  useEvent,
  useMyRegistration,
} from '../../api/events';
import type { User } from '../../api/types';
import { NotFoundContent } from '../../app/ErrorPage';
import { usePageTitle } from '../../components/PageTitle';
import { RequireUser } from '../../components/RequireUser';
import { ErrorState, Loading, NotAllowed } from '../../components/States';
import type { Language, MultilingualText } from '../../domain';
import { pickText, useLanguage } from '../../i18n/format';
import { EventsScope, useEventsT } from './i18n';

/** A multilingual text shown in the reader's language (or the best fallback), marked with its language. */
export function LocalText({
  text,
  as: Tag = 'span',
  className,
}: {
  text: MultilingualText;
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div';
  className?: string;
}) {
  const language = useLanguage();
  const picked = pickText(text, language);
  if (!picked.text) return null;
  return (
    <Tag className={className} lang={picked.language ?? undefined}>
      {picked.text}
    </Tag>
  );
}

const KIND_TONES: Record<EventKind, string> = {
  brokerage_event: 'offer',
  roadshow: 'request',
  competition: 'research',
  training: 'trl',
  conference: 'country',
};

export function EventKindChip({ kind }: { kind: EventKind }) {
  const t = useEventsT();
  return <span className={`chip chip-${KIND_TONES[kind]}`}>{t(`kind.${kind}`)}</span>;
}

const EVENT_STATUS_TONES: Record<EventStatus, string> = {
  draft: 'neutral',
  published: 'success',
  cancelled: 'warning',
};

export function EventStatusBadge({ status }: { status: EventStatus }) {
  const t = useEventsT();
  return (
    <span className={`badge badge-${EVENT_STATUS_TONES[status]}`} data-testid="event-status">
      {t(`status.${status}`)}
    </span>
  );
}

const REGISTRATION_TONES: Record<RegistrationStatus, string> = {
  pending: 'info',
  approved: 'success',
  waitlisted: 'warning',
  declined: 'neutral',
  cancelled: 'neutral',
};

export function RegistrationStatusBadge({ status }: { status: RegistrationStatus }) {
  const t = useEventsT();
  return (
    <span
      className={`badge badge-${REGISTRATION_TONES[status]}`}
      data-testid="registration-status"
      data-status={status}
    >
      {t(`registrationStatus.${status}`)}
    </span>
  );
}

const MEETING_TONES: Record<MeetingStatus, string> = {
  pending: 'info',
  accepted: 'success',
  declined: 'neutral',
  expired: 'neutral',
  cancelled: 'neutral',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const t = useEventsT();
  return (
    <span className={`badge badge-${MEETING_TONES[status]}`} data-status={status}>
      {t(`meetingStatus.${status}`)}
    </span>
  );
}

/** The message of a failed request, in the reader's language. */
export function useErrorMessage() {
  const { t } = useTranslation();
  return useCallback((error: unknown) => (isApiError(error) ? error.message : t('errors.unexpected')), [t]);
}

/** Loads the event; the 404 page for a missing one (or a draft the reader may not see). */
export function WithEvent({ id, children }: { id: string; children: (event: CorridorEvent) => ReactNode }) {
  const event = useEvent(id);
  if (event.isPending) return <Loading />;
  if (event.isError) {
    if (isApiError(event.error) && event.error.status === 404) return <NotFoundContent />;
    return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  }
  return <>{children(event.data)}</>;
}

type OrganiserSection = 'details' | 'registrations' | 'schedule' | 'tablePlan' | 'checkIn' | 'report';

const ORGANISER_SECTIONS: ReadonlyArray<{ section: OrganiserSection; path: string }> = [
  { section: 'details', path: 'manage' },
  { section: 'registrations', path: 'manage/registrations' },
  { section: 'schedule', path: 'manage/schedule' },
  { section: 'tablePlan', path: 'manage/table-plan' },
  { section: 'checkIn', path: 'manage/check-in' },
  { section: 'report', path: 'manage/report' },
];

function OrganiserNav({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  return (
    <nav className="event-nav" aria-label={t('organiserNav.label')}>
      <ul>
        {ORGANISER_SECTIONS.map(({ section, path }) => (
          <li key={section}>
            <NavLink to={`/events/${event.id}/${path}`} end>
              {t(`organiserNav.${section}`)}
            </NavLink>
          </li>
        ))}
        <li>
          <NavLink to={`/events/${event.id}`} end>
            {t('organiserNav.publicPage')}
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** Header of an event's inner page: what the page is, the event's name, its status and the section menu. */
function EventPageHead({
  event,
  heading,
  nav,
  language,
}: {
  event: CorridorEvent;
  heading: string;
  nav: ReactNode;
  language: Language;
}) {
  const title = pickText(event.title, language);
  return (
    <>
      <div className="page-head">
        <p className="eyebrow-dark">
          <Link to={`/events/${event.id}`} lang={title.language ?? undefined}>
            {title.text}
          </Link>{' '}
          {event.status !== 'published' ? <EventStatusBadge status={event.status} /> : null}
        </p>
        <h1>{heading}</h1>
      </div>
      {nav}
    </>
  );
}

/**
 * The frame of an organiser page: signed in, the event loaded, the reader one of its organisers; then
 * the section menu and the page itself.
 */
export function OrganiserPage({
  id,
  heading,
  children,
}: {
  id: string;
  heading: EventsHeading;
  children: (event: CorridorEvent, user: User) => ReactNode;
}) {
  return (
    <div className="container page events-page">
      <EventsScope>
        <RequireUser verified>
          {(user) => (
            <WithEvent id={id}>
              {(event) => (
                <OrganiserFrame event={event} heading={heading}>
                  {children(event, user)}
                </OrganiserFrame>
              )}
            </WithEvent>
          )}
        </RequireUser>
      </EventsScope>
    </div>
  );
}

/** The catalogue keys a page heading may come from. */
export type EventsHeading =
  | 'manage.title'
  | 'registrations.title'
  | 'schedule.title'
  | 'tablePlan.title'
  | 'checkIn.deskTitle'
  | 'report.title'
  | 'participation.title'
  | 'meetings.title'
  | 'agenda.title';

function OrganiserFrame({
  event,
  heading,
  children,
}: {
  event: CorridorEvent;
  heading: EventsHeading;
  children: ReactNode;
}) {
  const t = useEventsT();
  const language = useLanguage();
  usePageTitle(`${t(heading)} · ${pickText(event.title, language).text}`);
  if (!event.viewer.organiser) return <NotAllowed message={t('errors.notOrganiser')} />;
  return (
    <>
      <EventPageHead
        event={event}
        heading={t(heading)}
        nav={<OrganiserNav event={event} />}
        language={language}
      />
      {children}
    </>
  );
}

type ParticipantSection = 'participation' | 'meetings' | 'agenda';

function ParticipantNav({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const sections: ParticipantSection[] = ['participation', 'meetings', 'agenda'];
  return (
    <nav className="event-nav" aria-label={t('participantNav.label')}>
      <ul>
        <li>
          <NavLink to={`/events/${event.id}`} end>
            {t('participantNav.event')}
          </NavLink>
        </li>
        {sections.map((section) => (
          <li key={section}>
            <NavLink to={`/events/${event.id}/${section}`} end>
              {t(`participantNav.${section}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of a participant page: signed in, the event loaded, a registration the reader acts for;
 * then the participant's menu and the page.
 */
export function ParticipantPage({
  id,
  heading,
  children,
}: {
  id: string;
  heading: EventsHeading;
  children: (event: CorridorEvent, registration: Registration, user: User) => ReactNode;
}) {
  return (
    <div className="container page events-page">
      <EventsScope>
        <RequireUser verified>
          {(user) => (
            <WithEvent id={id}>
              {(event) => (
                <ParticipantFrame event={event} heading={heading}>
                  {(registration) => children(event, registration, user)}
                </ParticipantFrame>
              )}
            </WithEvent>
          )}
        </RequireUser>
      </EventsScope>
    </div>
  );
}

function ParticipantFrame({
  event,
  heading,
  children,
}: {
  event: CorridorEvent;
  heading: EventsHeading;
  children: (registration: Registration) => ReactNode;
}) {
  const t = useEventsT();
  const language = useLanguage();
  const mine = useMyRegistration(event.id, true);
  usePageTitle(`${t(heading)} · ${pickText(event.title, language).text}`);
  let body: ReactNode;
  if (mine.isPending) body = <Loading />;
  else if (mine.isError) body = <ErrorState error={mine.error} onRetry={() => void mine.refetch()} />;
  else if (!mine.data || mine.data.status === 'cancelled') {
    body = (
      <div className="state state-empty">
        <p className="state-title">{t('participation.notRegistered')}</p>
        <Link to={`/events/${event.id}`} className="button">
          {t('participantNav.event')}
        </Link>
      </div>
    );
  } else body = children(mine.data);
  return (
    <>
      <EventPageHead
        event={event}
        heading={t(heading)}
        nav={<ParticipantNav event={event} />}
        language={language}
      />
      {body}
    </>
  );
}

/** A labelled input of a type the shared form components lack (date-time, number), with hint and error. */
export function InputField({
  label,
  value,
  onChange,
  type,
  hint,
  error,
  required,
  min,
  max,
  step,
  testId,
  list,
}: {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  type: 'datetime-local' | 'number' | 'text' | 'url';
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  min?: string;
  max?: string;
  step?: string;
  testId?: string;
  list?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id} className="field-label">
        {label}
        {required ? <span className="required-mark"> ({t('form.required')})</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={error ? true : undefined}
        aria-required={required || undefined}
        min={min}
        max={max}
        step={step}
        inputMode={type === 'number' ? 'numeric' : undefined}
        data-testid={testId}
        list={list}
      />
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** One checkbox with its label (and an optional hint under it). */
export function CheckboxField({
  label,
  checked,
  onChange,
  hint,
  testId,
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={hint ? `${id}-hint` : undefined}
          data-testid={testId}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
