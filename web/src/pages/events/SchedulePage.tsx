import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useParams } from 'react-router';
import {
  type CorridorEvent,
  eventKeys,
  eventsApi,
  type Meeting,
  type MeetingSide,
  type Schedule,
  type ScheduleSummary,
  useMeetings,
  useSchedule,
  useScheduleRun,
  useScheduleRuns,
  useSchedules,
} from '../../api/events';
import { FormAlert, SelectField, SubmitButton } from '../../components/Form';
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

/** The name of table `table`: its label when the organisers named it, else its number. */
function tableName(event: CorridorEvent, table: number): string {
  return event.meetings.tableLabels[table - 1] ?? String(table);
}

/**
 * Pins: the organiser fixes an accepted meeting to a slot (and, if wished, a table) before the
 * scheduler runs; the scheduler keeps it there. Lists the pins, each removable.
 */
function Pins({ event, meetings }: { event: CorridorEvent; meetings: Meeting[] }) {
  const t = useEventsT();
  const timeText = useTimeText();
  const names = useSideNames();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [meetingId, setMeetingId] = useState('');
  const [slot, setSlot] = useState('');
  const [table, setTable] = useState('');
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [fieldError, setFieldError] = useState<{ meeting?: string; slot?: string }>({});
  const slots = event.slots ?? [];
  const accepted = meetings.filter((m) => m.status === 'accepted');
  const pinned = accepted.filter((m) => m.pins.fixedSlot !== null || m.pins.fixedTable !== null);
  const slotLabel = (number: number) => {
    const found = slots.find((s) => s.slot === number);
    const label = t('slots.slot', { number });
    return found ? `${label} · ${timeText(found.startsAt, found.endsAt, event.timeZone)}` : label;
  };
  const save = async (
    meeting: Meeting,
    pins: { fixedSlot: number | null; fixedTable: number | null },
    done: string,
  ) => {
    setPending(true);
    setMessage(null);
    try {
      await eventsApi.pinMeeting(event.id, meeting.id, pins);
      await client.invalidateQueries({ queryKey: eventKeys.meetings(event.id, null) });
      setMessage({ tone: 'success', text: done });
      return true;
    } catch (error) {
      setMessage({ tone: 'error', text: errorMessage(error) });
      return false;
    } finally {
      setPending(false);
    }
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const meeting = accepted.find((m) => m.id === meetingId);
    const errors = {
      ...(meeting ? {} : { meeting: t('pins.chooseMeeting') }),
      ...(slot ? {} : { slot: t('pins.chooseSlot') }),
    };
    setFieldError(errors);
    if (!meeting || !slot) return;
    const ok = await save(
      meeting,
      { fixedSlot: Number(slot), fixedTable: table ? Number(table) : null },
      t('pins.saved', { participants: names([meeting.requester, meeting.recipient]) }),
    );
    if (ok) {
      setMeetingId('');
      setSlot('');
      setTable('');
    }
  };
  return (
    <section className="stack" aria-labelledby="pins-title" data-testid="pins">
      <h2 id="pins-title">{t('pins.title')}</h2>
      <p className="field-hint">{t('pins.hint')}</p>
      <FormAlert tone={message?.tone} message={message?.text} />
      {accepted.length === 0 ? (
        <p className="muted">{t('pins.noAccepted')}</p>
      ) : slots.length === 0 ? (
        <p className="muted">{t('pins.noSlots')}</p>
      ) : (
        <form className="form-card stack" onSubmit={(e) => void submit(e)} noValidate data-testid="pin-form">
          <div className="form-grid">
            <SelectField
              label={t('pins.meeting')}
              value={meetingId}
              onChange={setMeetingId}
              placeholder={t('pins.chooseMeeting')}
              options={accepted.map((m) => ({ value: m.id, label: names([m.requester, m.recipient]) }))}
              error={fieldError.meeting}
              required
            />
            <SelectField
              label={t('pins.slot')}
              value={slot}
              onChange={setSlot}
              placeholder={t('pins.chooseSlot')}
              options={slots.map((s) => ({ value: String(s.slot), label: slotLabel(s.slot) }))}
              error={fieldError.slot}
              required
            />
            <SelectField
              label={t('pins.table')}
              value={table}
              onChange={setTable}
              placeholder={t('pins.anyTable')}
              options={Array.from({ length: event.meetings.tableCount }, (_, i) => ({
                value: String(i + 1),
                label: t('agenda.table', { table: tableName(event, i + 1) }),
              }))}
            />
          </div>
          <div className="actions">
            <SubmitButton pending={pending} testId="pin-meeting">
              {t('pins.pin')}
            </SubmitButton>
          </div>
        </form>
      )}
      {pinned.length === 0 ? (
        <p className="muted" data-testid="no-pins">
          {t('pins.none')}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table" data-testid="pin-list">
            <caption>{t('pins.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('schedule.participantsColumn')}</th>
                <th scope="col">{t('schedule.slotColumn')}</th>
                <th scope="col">{t('schedule.tableColumn')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('pins.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {pinned.map((m) => {
                const participants = names([m.requester, m.recipient]);
                return (
                  <tr key={m.id} data-testid="pin-row">
                    <td>{participants}</td>
                    <td>{m.pins.fixedSlot !== null ? slotLabel(m.pins.fixedSlot) : t('pins.anySlot')}</td>
                    <td>
                      {m.pins.fixedTable !== null ? tableName(event, m.pins.fixedTable) : t('pins.anyTable')}
                    </td>
                    <td>
                      <button
                        type="button"
                        className="button button-ghost button-small"
                        disabled={pending}
                        aria-label={t('pins.removeLabel', { participants })}
                        data-testid="remove-pin"
                        onClick={() =>
                          void save(
                            m,
                            { fixedSlot: null, fixedTable: null },
                            t('pins.removed', { participants }),
                          )
                        }
                      >
                        {t('pins.remove')}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function ScheduleDetail({
  event,
  schedule,
  pinnedIds,
}: {
  event: CorridorEvent;
  schedule: Schedule;
  pinnedIds: ReadonlySet<string>;
}) {
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
              <tr key={p.meetingId} data-testid="placement-row">
                <td>
                  {format.number(p.slot)}
                  {pinnedIds.has(p.meetingId) ? (
                    <>
                      {' '}
                      <span className="badge badge-info" data-testid="pinned-badge">
                        {t('pins.badge')}
                      </span>
                    </>
                  ) : null}
                </td>
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
  // The background run asked for on this page, followed until it has a draft or a reason it failed.
  const [runId, setRunId] = useState<string | null>(null);
  const run = useScheduleRun(event.id, runId);
  const errorMessage = useErrorMessage();
  // A run still going when the page opens (asked before a reload or elsewhere) is followed again, once.
  const recentRuns = useScheduleRuns(event.id);
  const [resumeChecked, setResumeChecked] = useState(false);
  useEffect(() => {
    if (resumeChecked || !recentRuns.data) return;
    setResumeChecked(true);
    const active = recentRuns.data.find((r) => r.status === 'queued' || r.status === 'running');
    if (active) setRunId((current) => current ?? active.id);
  }, [recentRuns.data, resumeChecked]);
  useEffect(() => {
    const status = run.data?.status;
    if (runId === null || (status !== 'done' && status !== 'failed' && !run.isError)) return;
    setRunId(null);
    if (run.isError) setError(errorMessage(run.error));
    else if (status === 'failed') setError(run.data?.error?.message ?? null);
    else if (run.data?.scheduleId) {
      const scheduleId = run.data.scheduleId;
      void client.invalidateQueries({ queryKey: eventKeys.schedules(event.id) });
      setSelected(scheduleId);
    }
  }, [run.data, run.isError, run.error, runId, client, event.id, errorMessage]);
  const running = runId !== null;
  const shown = selected ?? schedules.data?.[0]?.id ?? null;
  const detail = useSchedule(event.id, shown);
  const accepted = (meetings.data ?? []).filter((m) => m.status === 'accepted').length;
  const pinnedIds = new Set(
    (meetings.data ?? [])
      .filter((m) => m.status === 'accepted' && (m.pins.fixedSlot !== null || m.pins.fixedTable !== null))
      .map((m) => m.id),
  );
  const requestRun = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(null);
    try {
      const queued = await eventsApi.requestScheduleRun(event.id, Number(seed) || 1);
      client.setQueryData(eventKeys.scheduleRun(event.id, queued.id), queued);
      setRunId(queued.id);
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="stack">
      <p className="lead-small">{t('schedule.lead')}</p>
      <form className="form-card" onSubmit={(e) => void requestRun(e)} noValidate data-testid="run-scheduler">
        <p data-testid="accepted-count">{t('schedule.accepted', { count: accepted })}</p>
        <FormAlert message={error} />
        <InputField type="number" label={t('schedule.seed')} value={seed} onChange={setSeed} min="0" />
        <div className="actions">
          <SubmitButton pending={pending || running} testId="run-scheduler-button">
            {t('schedule.run')}
          </SubmitButton>
        </div>
        <p role="status" className="muted" data-testid="scheduler-run-status">
          {running && run.data
            ? t(run.data.status === 'queued' ? 'schedule.runQueued' : 'schedule.runRunning', {
                time: timeText(run.data.startedAt ?? run.data.requestedAt, null, event.timeZone),
              })
            : ''}
        </p>
      </form>
      {meetings.isError ? <ErrorState error={meetings.error} /> : null}
      {meetings.data ? <Pins event={event} meetings={meetings.data} /> : null}
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
      {detail.data ? <ScheduleDetail event={event} schedule={detail.data} pinnedIds={pinnedIds} /> : null}
    </div>
  );
}

/**
 * `/events/:id/manage/schedule`: pin meetings to slots and tables, run the meeting scheduler, see what
 * could not be placed and why, publish.
 */
export function SchedulePage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="schedule.title">
      {(event) => <Scheduling event={event} />}
    </OrganiserPage>
  );
}
