import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import {
  type CorridorEvent,
  eventDocuments,
  eventsApi,
  MEETING_ATTENDANCE,
  type MeetingAttendance,
  useMeetings,
  useTablePlan,
} from '../../api/events';
import { FormAlert } from '../../components/Form';
import { EmptyState, ErrorState, Loading } from '../../components/States';
import { OrganiserPage, useErrorMessage } from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { TimeSpan } from '../../features/events/time';
import { useLanguage } from '../../i18n/format';

/** Whether a meeting took place, or who did not come: recorded by the organisers during the event. */
function AttendanceSelect({
  event,
  meetingId,
  value,
  label,
}: {
  event: CorridorEvent;
  meetingId: string;
  value: MeetingAttendance | null;
  label: string;
}) {
  const t = useEventsT();
  const id = useId();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const change = async (attendance: MeetingAttendance) => {
    setPending(true);
    setError(null);
    try {
      await eventsApi.markAttendance(event.id, meetingId, attendance);
      await client.invalidateQueries({ queryKey: ['event', event.id, 'meetings'] });
    } catch (cause) {
      setError(errorMessage(cause));
    } finally {
      setPending(false);
    }
  };
  return (
    <div>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="input select"
        value={value ?? ''}
        disabled={pending}
        aria-busy={pending || undefined}
        onChange={(e) => void change(e.target.value as MeetingAttendance)}
        data-testid="attendance-select"
      >
        <option value="" disabled>
          {t('meetingAttendance.unmarked')}
        </option>
        {MEETING_ATTENDANCE.map((a) => (
          <option key={a} value={a}>
            {t(`meetingAttendance.${a}`)}
          </option>
        ))}
      </select>
      <FormAlert message={error} />
    </div>
  );
}

function Plan({ event }: { event: CorridorEvent }) {
  const t = useEventsT();
  const language = useLanguage();
  const plan = useTablePlan(event.id, language);
  const meetings = useMeetings(event.id, null);
  if (plan.isPending) return <Loading />;
  if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
  if (!plan.data) return <EmptyState title={t('tablePlan.notPublished')} />;
  const attendance = new Map((meetings.data ?? []).map((m) => [m.id, m.attendance]));
  const used = plan.data.slots.filter((slot) => slot.tables.length > 0);
  return (
    <div className="stack">
      <section className="panel" aria-labelledby="plan-downloads">
        <h2 id="plan-downloads" className="panel-title">
          {t('tablePlan.downloads')}
        </h2>
        <ul className="plain-list actions">
          <li>
            <a
              href={eventDocuments.tablePlan(event.id, 'csv', language)}
              download
              className="button button-small"
            >
              {t('tablePlan.csv')}
            </a>
          </li>
          <li>
            <a
              href={eventDocuments.tablePlan(event.id, 'pdf', language)}
              download
              className="button button-small"
            >
              {t('tablePlan.pdf')}
            </a>
          </li>
          <li>
            <a
              href={eventDocuments.tablePlan(event.id, 'html', language)}
              target="_blank"
              rel="noopener"
              className="button button-small"
            >
              {t('tablePlan.print')}
            </a>
          </li>
        </ul>
      </section>
      {used.map((slot) => (
        <section key={slot.slot} aria-labelledby={`slot-${slot.slot}`}>
          <h2 id={`slot-${slot.slot}`} className="panel-title">
            {t('slots.slot', { number: slot.slot })} ·{' '}
            <TimeSpan start={slot.startsAt} end={slot.endsAt} zone={event.timeZone} />
          </h2>
          <div className="table-scroll">
            <table className="data-table" data-testid="table-plan">
              <thead>
                <tr>
                  <th scope="col">{t('schedule.tableColumn')}</th>
                  <th scope="col">{t('schedule.participantsColumn')}</th>
                  <th scope="col">{t('tablePlan.attendanceLabel')}</th>
                </tr>
              </thead>
              <tbody>
                {slot.tables.map((table) => (
                  <tr key={table.meetingId} data-testid="table-plan-row">
                    <td>
                      <strong>{table.online ? t('agenda.onlineRoom') : table.tableLabel}</strong>
                    </td>
                    <td>
                      {table.participants.map((p) => (
                        <span key={p.registrationId} className="block">
                          {p.organisationName}
                        </span>
                      ))}
                    </td>
                    <td>
                      <AttendanceSelect
                        event={event}
                        meetingId={table.meetingId}
                        value={attendance.get(table.meetingId) ?? null}
                        label={t('tablePlan.attendance', { table: table.tableLabel, slot: slot.slot })}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}

/** `/events/:id/manage/table-plan`: who sits at which table in every slot; attendance and no-shows. */
export function TablePlanPage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="tablePlan.title">
      {(event) => <Plan event={event} />}
    </OrganiserPage>
  );
}
