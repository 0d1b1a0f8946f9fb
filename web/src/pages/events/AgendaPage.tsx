import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type AgendaItem,
  type CorridorEvent,
  eventDocuments,
  eventsApi,
  type Meeting,
  type Registration,
  useAgenda,
  useMeetings,
} from '../../api/events';
import { FormAlert, SubmitButton, TextArea } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { ParticipantPage, useErrorMessage } from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { hasBegun, TimeSpan } from '../../features/events/time';
import { useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';

/** A yes/no question as two radio buttons in a fieldset. */
function YesNo({
  legend,
  value,
  onChange,
  name,
}: {
  legend: string;
  value: boolean | null;
  onChange: (value: boolean) => void;
  name: string;
}) {
  const t = useEventsT();
  return (
    <fieldset className="plain-fieldset">
      <legend className="field-label">{legend}</legend>
      <div className="radio-row">
        <label>
          <input type="radio" name={name} checked={value === true} onChange={() => onChange(true)} />
          {t('agenda.followUp.yes')}
        </label>
        <label>
          <input type="radio" name={name} checked={value === false} onChange={() => onChange(false)} />
          {t('agenda.followUp.no')}
        </label>
      </div>
    </fieldset>
  );
}

/** After a meeting: did it happen, does the participant want to follow up with the partner. */
function FollowUpForm({
  event,
  meeting,
  registration,
}: {
  event: CorridorEvent;
  meeting: Meeting;
  registration: Registration;
}) {
  const t = useEventsT();
  const id = useId();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const mine = meeting.followUps.find((f) => f.registrationId === registration.id);
  const [happened, setHappened] = useState<boolean | null>(mine?.happened ?? null);
  const [followUp, setFollowUp] = useState<boolean | null>(mine?.followUp ?? null);
  const [comment, setComment] = useState(mine?.comment ?? '');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (happened === null || followUp === null) return;
    setPending(true);
    setMessage(null);
    try {
      await eventsApi.followUp(event.id, meeting.id, {
        registrationId: registration.id,
        happened,
        followUp,
        comment,
      });
      setMessage({ tone: 'success', text: t('agenda.followUp.saved') });
      void client.invalidateQueries({ queryKey: ['event', event.id, 'meetings'] });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <form
      className="inline-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-labelledby={`${id}-title`}
      data-testid="follow-up-form"
    >
      <h4 id={`${id}-title`}>{t('agenda.followUp.title')}</h4>
      {meeting.followUpAgreed ? (
        <p className="alert alert-success">
          {meeting.cooperationId ? (
            // The cooperation the follow-up opened, in the pipeline.
            <Link to={`/cooperations/${meeting.cooperationId}`} data-testid="meeting-cooperation">
              {t('agenda.followUp.agreed')}
            </Link>
          ) : (
            t('agenda.followUp.agreed')
          )}
        </p>
      ) : null}
      <YesNo
        legend={t('agenda.followUp.happened')}
        value={happened}
        onChange={setHappened}
        name={`${id}-happened`}
      />
      <YesNo
        legend={t('agenda.followUp.wantFollowUp')}
        value={followUp}
        onChange={setFollowUp}
        name={`${id}-follow-up`}
      />
      <TextArea
        label={t('agenda.followUp.comment')}
        value={comment}
        onChange={setComment}
        maxLength={2000}
        rows={2}
      />
      <FormAlert tone={message?.tone} message={message?.text} />
      {happened !== null && followUp !== null ? (
        <SubmitButton pending={pending} testId="send-follow-up">
          {t('agenda.followUp.submit')}
        </SubmitButton>
      ) : null}
    </form>
  );
}

function AgendaEntry({
  event,
  item,
  meeting,
  registration,
}: {
  event: CorridorEvent;
  item: AgendaItem;
  meeting: Meeting | undefined;
  registration: Registration;
}) {
  const t = useEventsT();
  const vocab = useVocab();
  const details = item.meeting;
  return (
    <li data-testid="agenda-item" data-kind={item.kind}>
      <div className="agenda-item">
        <div>
          <p className="agenda-kind">{item.kind === 'meeting' ? t('agenda.meeting') : t('agenda.session')}</p>
          {details ? (
            <p className="agenda-place" data-testid="agenda-table">
              {details.online ? t('agenda.onlineRoom') : t('agenda.table', { table: details.tableLabel })}
            </p>
          ) : item.place ? (
            <p className="agenda-place">{item.place}</p>
          ) : null}
        </div>
        <div>
          <p className="event-list-title">
            {details ? t('agenda.with', { organisation: details.partner.organisationName }) : item.title}
          </p>
          <TimeSpan start={item.startsAt} end={item.endsAt} zone={event.timeZone} />
          {details ? (
            <>
              <p className="muted">
                {vocab.country(details.partner.country)}
                {details.partner.delegates.length > 0
                  ? ` · ${t('agenda.delegates', { names: details.partner.delegates.join(', ') })}`
                  : ''}
              </p>
              {details.roomUrl ? (
                <p>
                  <a href={details.roomUrl} rel="noopener noreferrer">
                    {t('agenda.joinRoom')}
                  </a>
                </p>
              ) : null}
              {details.attendance ? (
                <p className="muted">
                  {t('agenda.attendance', { attendance: t(`meetingAttendance.${details.attendance}`) })}
                </p>
              ) : null}
              {meeting ? (
                hasBegun(item.startsAt) ? (
                  <FollowUpForm event={event} meeting={meeting} registration={registration} />
                ) : (
                  <p className="field-hint">{t('agenda.followUp.notYet')}</p>
                )
              ) : null}
            </>
          ) : null}
        </div>
      </div>
    </li>
  );
}

function Agenda({ event, registration }: { event: CorridorEvent; registration: Registration }) {
  const t = useEventsT();
  const language = useLanguage();
  const agenda = useAgenda(event.id, registration.id, language, true);
  const meetings = useMeetings(event.id, registration.id);
  if (agenda.isPending) return <Loading />;
  if (agenda.isError) return <ErrorState error={agenda.error} onRetry={() => void agenda.refetch()} />;
  const byId = new Map((meetings.data ?? []).map((m) => [m.id, m]));
  const data = agenda.data;
  return (
    <div className="event-layout">
      <div className="stack">
        {!data.schedule.published ? (
          <p className="alert alert-info">{t('agenda.notPublished')}</p>
        ) : data.schedule.version !== null ? (
          <p className="muted">{t('agenda.version', { version: data.schedule.version })}</p>
        ) : null}
        {data.schedule.published && data.schedule.version !== null && data.schedule.changes.length > 0 ? (
          <section
            className="alert alert-info"
            aria-labelledby="agenda-changes-title"
            data-testid="agenda-changes"
          >
            <h2 id="agenda-changes-title">{t('agenda.changesTitle', { version: data.schedule.version })}</h2>
            <ul>
              {data.schedule.changes.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        ) : null}
        {data.items.length === 0 ? (
          <EmptyState title={t('agenda.empty')} />
        ) : (
          <ul className="event-list" data-testid="agenda">
            {data.items.map((item) => (
              <AgendaEntry
                key={`${item.kind}-${item.id}`}
                event={event}
                item={item}
                meeting={item.kind === 'meeting' ? byId.get(item.id) : undefined}
                registration={registration}
              />
            ))}
          </ul>
        )}
      </div>
      <aside className="stack">
        <section className="panel" aria-labelledby="downloads-title">
          <h2 id="downloads-title" className="panel-title">
            {t('agenda.downloads')}
          </h2>
          <ul className="plain-list stack">
            <li>
              <a
                href={eventDocuments.agenda(event.id, registration.id, 'ics', language)}
                download
                data-testid="agenda-ics"
              >
                {t('agenda.ics')}
              </a>
            </li>
            <li>
              <a href={eventDocuments.agenda(event.id, registration.id, 'pdf', language)} download>
                {t('agenda.pdf')}
              </a>
            </li>
            <li>
              <a
                href={eventDocuments.agenda(event.id, registration.id, 'html', language)}
                target="_blank"
                rel="noopener"
              >
                {t('agenda.print')}
              </a>
            </li>
          </ul>
        </section>
        {registration.status === 'approved' ? (
          <section className="panel" aria-labelledby="agenda-check-in-title">
            <h2 id="agenda-check-in-title" className="panel-title">
              {t('participation.checkIn')}
            </h2>
            <p className="field-hint">{t('participation.checkInHint')}</p>
            <img
              className="check-in-code"
              src={eventDocuments.checkInCode(event.id, registration.id)}
              alt={t('participation.checkInCode', { organisation: data.participant.organisationName })}
              width={220}
              height={220}
            />
          </section>
        ) : null}
      </aside>
    </div>
  );
}

/** `/events/:id/agenda`: the participant's meetings with tables and sessions, downloads, follow-ups. */
export function AgendaPage() {
  const { id = '' } = useParams();
  return (
    <ParticipantPage id={id} heading="agenda.title">
      {(event, registration) => <Agenda event={event} registration={registration} />}
    </ParticipantPage>
  );
}
