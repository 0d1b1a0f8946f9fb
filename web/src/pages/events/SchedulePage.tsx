import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import {
  type CorridorEvent,
  eventKeys,
  eventsApi,
  type MeetingSide,
  type Schedule,
  type ScheduleSummary,
  useMeetings,
  useSchedule,
  useSchedules,
} from '../../api/events';
import { FormAlert, SubmitButton } from '../../components/Form';
import { ErrorState, Loading } from '../../components/States';
import { InputField, OrganiserPage, useErrorMessage } from '../../features/events/components';
import { type EventsT, useEventsT } from '../../features/events/i18n';
import { TimeSpan, useTimeText } from '../../features/events/time';
import { localText, useFormat, useLanguage } from '../../i18n/format';

function statusLabel(status: ScheduleSummary['status'], t: EventsT): string {
  if (status === 'draft') return t('schedule.statusDraft');
  if (status === 'published') return t('schedule.statusPublished');
  return t('schedule.statusSuperseded');
}

function useSideNames() {
  const language = useLanguage();
  return (sides: MeetingSide[]) => sides.map((s) => localText(s.organisationName, language)).join(' – ');
}

function ScheduleDetail({ event, schedule }: { event: CorridorEvent; schedule: Schedule }) {
  const t = useEventsT();
  const format = useFormat();
  const names = useSideNames();
  const language = useLanguage();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const placements = [...schedule.placements].sort((a, b) => a.slot - b.slot || a.table - b.table);
  const publish = async () => {
    setPending(true);
    setMessage(null);
    try {
      const published = await eventsApi.publishSchedule(event.id, schedule.id);
      client.setQueryData(eventKeys.schedule(event.id, schedule.id), published);
      void client.invalidateQueries({ queryKey: eventKeys.schedules(event.id) });
      void client.invalidateQueries({ queryKey: ['event', event.id] });
      setMessage({ tone: 'success', text: t('schedule.published') });
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
    } finally {
      setPending(false);
    }
  };
  return (
    <section className="stack" aria-labelledby="schedule-detail-title" data-testid="schedule-detail">
      <h2 id="schedule-detail-title">
        {t('schedule.version', { version: schedule.version })} · {statusLabel(schedule.status, t)}
      </h2>
      <p data-testid="schedule-score">
        {t('schedule.placed', {
          placed: format.number(schedule.score.placed),
          requested: format.number(schedule.score.requested),
        })}
        {' · '}
        {t('schedule.breaks', { count: format.number(schedule.score.totalBreaks) })}
      </p>
      <FormAlert tone={message?.tone} message={message?.text} />
      {schedule.status === 'draft' ? (
        <div className="form-card">
          <p>{t('schedule.publishHint')}</p>
          <button
            type="button"
            className="button button-primary"
            disabled={pending}
            onClick={() => void publish()}
            data-testid="publish-schedule"
          >
            {t('schedule.publish')}
          </button>
        </div>
      ) : null}
      <div className="table-scroll">
        <table className="data-table" data-testid="placements">
          <caption>{t('schedule.placements')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('schedule.slotColumn')}</th>
              <th scope="col">{t('schedule.timeColumn')}</th>
              <th scope="col">{t('schedule.tableColumn')}</th>
              <th scope="col">{t('schedule.participantsColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {placements.map((p) => (
              <tr key={p.meetingId}>
                <td>{format.number(p.slot)}</td>
                <td>
                  {p.startsAt ? <TimeSpan start={p.startsAt} end={p.endsAt} zone={event.timeZone} /> : null}
                </td>
                <td>{p.online ? t('agenda.onlineRoom') : p.tableLabel}</td>
                <td>{names(p.participants)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <section aria-labelledby="unplaced-title">
        <h3 id="unplaced-title">{t('schedule.unplaced')}</h3>
        {schedule.unplaced.length === 0 ? (
          <p className="muted" data-testid="no-unplaced">
            {t('schedule.noUnplaced')}
          </p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="unplaced">
              <thead>
                <tr>
                  <th scope="col">{t('schedule.participantsColumn')}</th>
                  <th scope="col">{t('schedule.reasonColumn')}</th>
                </tr>
              </thead>
              <tbody>
                {schedule.unplaced.map((u) => (
                  <tr key={u.meetingId}>
                    <td>{names(u.participants)}</td>
                    <td>{t(`unplacedReason.${u.reason}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {schedule.changes.length > 0 ? (
        <section aria-labelledby="changes-title">
          <h3 id="changes-title">{t('schedule.changes')}</h3>
          <ul>
            {schedule.changes.map((c) => (
              <li key={c.registrationId}>
                {t('schedule.changeLine', {
                  organisation: localText(c.organisationName, language),
                  moved: c.moved.length,
                  added: c.added.length,
                  dropped: c.dropped.length,
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

function Scheduling({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const format = useFormat();
  const timeText = useTimeText();
  const client = useQueryClient();
  const meetings = useMeetings(event.id, null);
  const schedules = useSchedules(event.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [seed, setSeed] = useState('1');
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorMessage = useErrorMessage();
  const shown = selected ?? schedules.data?.[0]?.id ?? null;
  const detail = useSchedule(event.id, shown);
  const accepted = (meetings.data ?? []).filter((m) => m.status === 'accepted').length;
  const run = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const schedule = await eventsApi.runScheduler(event.id, Number(seed) || 1);
      client.setQueryData(eventKeys.schedule(event.id, schedule.id), schedule);
      await client.invalidateQueries({ queryKey: eventKeys.schedules(event.id) });
      setSelected(schedule.id);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="stack">
      <p className="lead-small">{t('schedule.lead')}</p>
      <form className="form-card" onSubmit={(e) => void run(e)} noValidate data-testid="run-scheduler">
        <p data-testid="accepted-count">{t('schedule.accepted', { count: accepted })}</p>
        <FormAlert message={error} />
        <InputField type="number" label={t('schedule.seed')} value={seed} onChange={setSeed} min="0" />
        <div className="actions">
          <SubmitButton pending={pending} testId="run-scheduler-button">
            {t('schedule.run')}
          </SubmitButton>
        </div>
      </form>
      <section aria-labelledby="runs-title">
        <h2 id="runs-title">{t('schedule.runs')}</h2>
        {schedules.isPending ? (
          <Loading />
        ) : schedules.isError ? (
          <ErrorState error={schedules.error} />
        ) : schedules.data.length === 0 ? (
          <p className="muted">{t('schedule.noRuns')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('schedule.versionColumn')}</th>
                  <th scope="col">{t('schedule.timeColumn')}</th>
                  <th scope="col">{t('schedule.placements')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('schedule.view')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {schedules.data.map((s) => (
                  <tr key={s.id} aria-current={s.id === shown ? 'true' : undefined}>
                    <td>
                      {format.number(s.version)} · {statusLabel(s.status, t)}
                    </td>
                    <td>{timeText(s.createdAt, null, event.timeZone)}</td>
                    <td>
                      {t('schedule.placed', {
                        placed: format.number(s.score.placed),
                        requested: format.number(s.score.requested),
                      })}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-small"
                        onClick={() => setSelected(s.id)}
                        disabled={s.id === shown}
                      >
                        {t('schedule.view')}
                        <span className="visually-hidden">
                          {' '}
                          {t('schedule.version', { version: s.version })}
                        </span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {shown && detail.isPending ? <Loading /> : null}
      {detail.isError ? <ErrorState error={detail.error} /> : null}
      {detail.data ? <ScheduleDetail event={event} schedule={detail.data} /> : null}
    </div>
  );
}

/** `/events/:id/manage/schedule`: run the meeting scheduler, see what could not be placed and why, publish. */
export function SchedulePage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="schedule.title">
      {(event) => <Scheduling event={event} />}
    </OrganiserPage>
  );
}
