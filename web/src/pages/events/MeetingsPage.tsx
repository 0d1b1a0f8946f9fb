import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import {
  type CorridorEvent,
  eventsApi,
  type Meeting,
  type Participant,
  type Registration,
  type SuggestionReason,
  useMeetings,
  useParticipants,
  useSuggestions,
} from '../../api/events';
import { FormAlert, SubmitButton, TextArea } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import {
  CheckboxField,
  LocalText,
  MeetingStatusBadge,
  ParticipantPage,
  useErrorMessage,
} from '../../features/events/components';
import { type EventsT, useEventsT } from '../../features/events/i18n';
import { useTimeText } from '../../features/events/time';
import { localText, useLanguage } from '../../i18n/format';
import { useSectorLabels, useVocab } from '../../i18n/vocab';

const TABS = ['partners', 'received', 'sent'] as const;
type Tab = (typeof TABS)[number];

function useRefreshMeetings(eventId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: ['event', eventId, 'meetings'] });
    void client.invalidateQueries({ queryKey: ['event', eventId, 'suggestions'] });
    void client.invalidateQueries({ queryKey: ['event', eventId, 'agenda'] });
  };
}

function reasonText(reason: SuggestionReason, t: EventsT, sectorLabel: (code: string) => string): string {
  switch (reason.kind) {
    case 'shared_sector':
      return t('meetings.reasons.shared_sector', { sector: sectorLabel(reason.sector) });
    case 'shared_keyword':
      return t('meetings.reasons.shared_keyword', { keyword: reason.keyword });
    case 'related_sector':
    case 'offers_what_you_seek':
    case 'seeks_what_you_offer':
    case 'docking_match':
      return t(`meetings.reasons.${reason.kind}`);
    case 'text_match':
      // Matched by the docking engine across languages; the concepts both texts name, when any.
      return reason.terms.length > 0
        ? t(`meetings.reasons.text_${reason.direction}`, { terms: reason.terms.join(', ') })
        : t(`meetings.reasons.${reason.direction}`);
    default:
      // A kind of reason this page does not know yet (the ranking grows): left out rather than shown raw.
      return '';
  }
}

function RequestForm({
  event,
  participant,
  onSent,
}: {
  event: CorridorEvent;
  participant: Participant;
  onSent: (message: string) => void;
}) {
  const t = useEventsT();
  const language = useLanguage();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshMeetings(event.id);
  const [message, setMessage] = useState('');
  const [mustMeet, setMustMeet] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const organisation = localText(participant.organisation.name, language);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      await eventsApi.requestMeeting(event.id, {
        toRegistrationId: participant.id,
        message,
        mustMeet,
      });
      refresh();
      onSent(t('meetings.sent', { organisation }));
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('meetings.requestWith', { organisation })}
      data-testid="request-form"
    >
      <FormAlert message={error} />
      <TextArea
        label={t('meetings.message')}
        hint={t('meetings.messageHint')}
        value={message}
        onChange={setMessage}
        maxLength={2000}
        rows={3}
      />
      <CheckboxField
        label={t('meetings.mustMeet')}
        hint={t('meetings.mustMeetHint')}
        checked={mustMeet}
        onChange={setMustMeet}
        testId="must-meet"
      />
      <SubmitButton pending={pending} testId="send-request">
        {t('meetings.send')}
      </SubmitButton>
    </form>
  );
}

function ParticipantCard({
  event,
  participant,
  open,
  reasons,
  canRequest,
}: {
  event: CorridorEvent;
  participant: Participant;
  open: Meeting | undefined;
  reasons?: SuggestionReason[];
  canRequest: boolean;
}) {
  const t = useEventsT();
  const vocab = useVocab();
  const sectors = useSectorLabels();
  const language = useLanguage();
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState<string | null>(null);
  const organisation = localText(participant.organisation.name, language);
  return (
    <li data-testid="participant-card" data-organisation={organisation}>
      <div className="event-list-head">
        <LocalText text={participant.organisation.name} as="h3" className="event-list-title" />
        {open ? (
          <MeetingStatusBadge status={open.status} />
        ) : canRequest && !asking ? (
          <button
            type="button"
            className="button button-small button-primary"
            onClick={() => setAsking(true)}
            aria-label={t('meetings.requestWith', { organisation })}
            data-testid="request-meeting"
          >
            {t('meetings.request')}
          </button>
        ) : null}
      </div>
      <div className="chips-tight">
        <span className="chip chip-country">{vocab.country(participant.organisation.country)}</span>
        <span className="chip">{vocab.organisationKind(participant.organisation.kind)}</span>
        <span className="chip">{t(`attendance.${participant.attendanceMode}`)}</span>
        {participant.sectors.slice(0, 3).map((code) => (
          <span key={code} className="chip">
            {sectors.label(code)}
          </span>
        ))}
      </div>
      {reasons && reasons.length > 0 ? (
        <p className="muted">
          {reasons
            .map((r) => reasonText(r, t, sectors.label))
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {Object.keys(participant.offer).length > 0 ? (
        <p>
          <strong>{t('meetings.offers')}: </strong>
          <LocalText text={participant.offer} />
        </p>
      ) : null}
      {Object.keys(participant.seek).length > 0 ? (
        <p>
          <strong>{t('meetings.seeks')}: </strong>
          <LocalText text={participant.seek} />
        </p>
      ) : null}
      {participant.keywords.length > 0 ? <p className="muted">{participant.keywords.join(', ')}</p> : null}
      <p className="muted">
        {t('meetings.delegates')}: {participant.delegates.map((d) => d.displayName).join(', ')}
      </p>
      <FormAlert tone="success" message={sent} />
      {asking && !open ? (
        <RequestForm
          event={event}
          participant={participant}
          onSent={(message) => {
            setSent(message);
            setAsking(false);
          }}
        />
      ) : null}
    </li>
  );
}

function Partners({
  event,
  registration,
  meetings,
  canRequest,
}: {
  event: CorridorEvent;
  registration: Registration;
  meetings: Meeting[];
  canRequest: boolean;
}) {
  const t = useEventsT();
  const approved = registration.status === 'approved';
  const participants = useParticipants(event.id, approved);
  const suggestions = useSuggestions(event.id, registration.id, approved);
  if (!approved) return <p className="alert alert-info">{t('meetings.notApproved')}</p>;
  const openWith = (id: string) =>
    meetings.find(
      (m) =>
        (m.status === 'pending' || m.status === 'accepted') &&
        (m.requester.registrationId === id || m.recipient.registrationId === id),
    );
  const others = (participants.data ?? []).filter((p) => p.id !== registration.id);
  return (
    <div className="stack">
      <section aria-labelledby="suggested-title">
        <h2 id="suggested-title">{t('meetings.suggested')}</h2>
        <p className="field-hint">{t('meetings.suggestedHint')}</p>
        {suggestions.isPending ? (
          <Loading />
        ) : suggestions.isError ? (
          <ErrorState error={suggestions.error} />
        ) : suggestions.data.items.length === 0 ? (
          <p className="muted">{t('meetings.noSuggestions')}</p>
        ) : (
          <ul className="event-list" data-testid="suggestions">
            {suggestions.data.items.map((s) => (
              <ParticipantCard
                key={s.participant.id}
                event={event}
                participant={s.participant}
                open={openWith(s.participant.id)}
                reasons={s.reasons}
                canRequest={canRequest}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="all-title">
        <h2 id="all-title">{t('meetings.allParticipants')}</h2>
        {participants.isPending ? (
          <Loading />
        ) : participants.isError ? (
          <ErrorState error={participants.error} />
        ) : others.length === 0 ? (
          <EmptyState title={t('meetings.noParticipants')} />
        ) : (
          <ul className="event-list" data-testid="participants">
            {others.map((p) => (
              <ParticipantCard
                key={p.id}
                event={event}
                participant={p}
                open={openWith(p.id)}
                canRequest={canRequest}
              />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function MeetingCard({
  event,
  meeting,
  direction,
}: {
  event: CorridorEvent;
  meeting: Meeting;
  direction: 'received' | 'sent';
}) {
  const t = useEventsT();
  const language = useLanguage();
  const timeText = useTimeText();
  const errorMessage = useErrorMessage();
  const refresh = useRefreshMeetings(event.id);
  const [mustMeet, setMustMeet] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const other = direction === 'received' ? meeting.requester : meeting.recipient;
  const organisation = localText(other.organisationName, language);
  const act = async (action: () => Promise<unknown>) => {
    setPending(true);
    setError(null);
    try {
      await action();
      refresh();
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  const mustMeetMarked = meeting.mustMeet.requester || meeting.mustMeet.recipient;
  return (
    <li data-testid="meeting-card" data-organisation={organisation} data-status={meeting.status}>
      <div className="event-list-head">
        <h3 className="event-list-title">
          {direction === 'received'
            ? t('meetings.from', { organisation })
            : t('meetings.to', { organisation })}
        </h3>
        <span>
          {mustMeetMarked ? <span className="badge badge-warning">{t('meetings.mustMeetBadge')}</span> : null}{' '}
          <MeetingStatusBadge status={meeting.status} />
        </span>
      </div>
      {meeting.message ? <p className="prose">{meeting.message}</p> : null}
      {meeting.status === 'pending' ? (
        <p className="muted">
          {t('meetings.expires', { time: timeText(meeting.expiresAt, null, event.timeZone) })}
        </p>
      ) : null}
      {meeting.response.reason ? (
        <p className="muted">{t('meetings.reasonGiven', { reason: meeting.response.reason })}</p>
      ) : null}
      {meeting.status === 'accepted' ? (
        <p>
          {meeting.placement?.startsAt
            ? meeting.placement.online
              ? t('meetings.scheduledOnline', {
                  time: timeText(meeting.placement.startsAt, meeting.placement.endsAt, event.timeZone),
                })
              : t('meetings.scheduled', {
                  time: timeText(meeting.placement.startsAt, meeting.placement.endsAt, event.timeZone),
                  table: meeting.placement.tableLabel,
                })
            : t('meetings.notScheduledYet')}
          {meeting.placement?.online && meeting.placement.roomUrl ? (
            <>
              {' '}
              <a
                href={meeting.placement.roomUrl}
                target="_blank"
                rel="noopener noreferrer"
                data-testid="meeting-room"
              >
                {t('agenda.joinRoom')}
              </a>
            </>
          ) : null}
        </p>
      ) : null}
      <FormAlert message={error} />
      {direction === 'received' && meeting.status === 'pending' ? (
        <div className="inline-form">
          <CheckboxField label={t('meetings.acceptMustMeet')} checked={mustMeet} onChange={setMustMeet} />
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              disabled={pending}
              onClick={() => void act(() => eventsApi.acceptMeeting(event.id, meeting.id, mustMeet))}
              data-testid="accept-meeting"
            >
              {t('meetings.accept')}
            </button>
            {!declining ? (
              <button type="button" className="button" onClick={() => setDeclining(true)}>
                {t('meetings.decline')}
              </button>
            ) : null}
          </div>
          {declining ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void act(() => eventsApi.declineMeeting(event.id, meeting.id, reason));
              }}
              noValidate
            >
              <TextArea
                label={t('meetings.declineReason')}
                value={reason}
                onChange={setReason}
                maxLength={2000}
                rows={2}
                required
              />
              <SubmitButton pending={pending}>{t('meetings.confirmDecline')}</SubmitButton>
            </form>
          ) : null}
        </div>
      ) : null}
      {direction === 'sent' && meeting.status === 'pending' ? (
        <div className="actions">
          <button
            type="button"
            className="button button-ghost button-small"
            disabled={pending}
            onClick={() => void act(() => eventsApi.cancelMeeting(event.id, meeting.id, ''))}
          >
            {t('meetings.withdraw')}
          </button>
        </div>
      ) : null}
      {meeting.status === 'accepted' ? (
        <div className="actions">
          <button
            type="button"
            className="button button-ghost button-small"
            disabled={pending}
            onClick={() => void act(() => eventsApi.cancelMeeting(event.id, meeting.id, ''))}
          >
            {t('meetings.callOff')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

function MeetingList({
  event,
  meetings,
  direction,
}: {
  event: CorridorEvent;
  meetings: Meeting[];
  direction: 'received' | 'sent';
}) {
  const t = useEventsT();
  if (meetings.length === 0) {
    return <EmptyState title={direction === 'received' ? t('meetings.noReceived') : t('meetings.noSent')} />;
  }
  // Requests waiting for an answer first, then the rest as they came.
  const ordered = [...meetings].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'),
  );
  return (
    <ul className="event-list" data-testid={`meetings-${direction}`}>
      {ordered.map((meeting) => (
        <MeetingCard key={meeting.id} event={event} meeting={meeting} direction={direction} />
      ))}
    </ul>
  );
}

function Meetings({ event, registration }: { event: CorridorEvent; registration: Registration }) {
  const t = useEventsT();
  const [params, setParams] = useSearchParams();
  const param = params.get('tab');
  const tab: Tab = (TABS as readonly string[]).includes(param ?? '') ? (param as Tab) : 'partners';
  const meetings = useMeetings(event.id, registration.id);
  if (meetings.isPending) return <Loading />;
  if (meetings.isError) return <ErrorState error={meetings.error} onRetry={() => void meetings.refetch()} />;
  const all = meetings.data;
  const received = all.filter((m) => m.recipient.registrationId === registration.id);
  const sent = all.filter((m) => m.requester.registrationId === registration.id);
  const used =
    all.filter((m) => m.status === 'accepted').length + sent.filter((m) => m.status === 'pending').length;
  const max = event.meetings.maxPerParticipant;
  const waiting = received.filter((m) => m.status === 'pending').length;
  return (
    <>
      <p className="muted" data-testid="meeting-usage">
        {t('meetings.usage', { used, max })}
      </p>
      <div className="segmented" role="tablist" aria-label={t('meetings.title')}>
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === tab}
            aria-controls="meetings-panel"
            className={name === tab ? 'is-current' : ''}
            onClick={() => setParams({ tab: name }, { replace: true })}
          >
            {t(`meetings.tabs.${name}`)}
            {name === 'received' && waiting > 0 ? <span className="count-pill">{waiting}</span> : null}
          </button>
        ))}
      </div>
      <div role="tabpanel" id="meetings-panel" aria-label={t(`meetings.tabs.${tab}`)}>
        {tab === 'partners' ? (
          <Partners event={event} registration={registration} meetings={all} canRequest={used < max} />
        ) : null}
        {tab === 'received' ? <MeetingList event={event} meetings={received} direction="received" /> : null}
        {tab === 'sent' ? <MeetingList event={event} meetings={sent} direction="sent" /> : null}
      </div>
    </>
  );
}

/** `/events/:id/meetings`: find partners, ask for meetings, answer requests. */
export function MeetingsPage() {
  const { id = '' } = useParams();
  return (
    <ParticipantPage id={id} heading="meetings.title">
      {(event, registration) => <Meetings event={event} registration={registration} />}
    </ParticipantPage>
  );
}
