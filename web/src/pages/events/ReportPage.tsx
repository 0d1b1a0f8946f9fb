import { useParams } from 'react-router';
import {
  type CorridorEvent,
  type EventReport,
  eventDocuments,
  REGISTRATION_STATUSES,
  useReport,
} from '../../api/events';
import { ErrorState, Loading } from '../../components/States';
import { BarChart } from '../../features/events/BarChart';
import { OrganiserPage } from '../../features/events/components';
import { useEventsT } from '../../features/events/i18n';
import { useTimeText } from '../../features/events/time';
import { useFormat, useLanguage } from '../../i18n/format';
import { useVocab } from '../../i18n/vocab';

const MEETING_MEASURES = [
  'requests',
  'pending',
  'accepted',
  'declined',
  'expired',
  'cancelled',
  'scheduled',
  'held',
  'noShows',
  'followUpsWanted',
  'mutualFollowUps',
] as const;

/** The figures per group (country, organisation kind) as a table: registered, approved, checked in. */
function GroupTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: Array<{ key: string; label: string; registered: number; approved: number; checkedIn: number }>;
  testId: string;
}) {
  const t = useEventsT();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.group')}</th>
            <th scope="col" className="number">
              {t('report.registered')}
            </th>
            <th scope="col" className="number">
              {t('report.approved')}
            </th>
            <th scope="col" className="number">
              {t('report.checkedIn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{format.number(row.registered)}</td>
              <td className="number">{format.number(row.approved)}</td>
              <td className="number">{format.number(row.checkedIn)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CountTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: Array<{ key: string; label: string; value: number }>;
  testId: string;
}) {
  const t = useEventsT();
  const format = useFormat();
  return (
    <div className="table-scroll">
      <table className="data-table" data-testid={testId}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.group')}</th>
            <th scope="col" className="number">
              {t('report.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-measure={row.key}>
              <th scope="row">{row.label}</th>
              <td className="number">{format.number(row.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ReportBody({ event, report }: { event: CorridorEvent; report: EventReport }) {
  const t = useEventsT();
  const vocab = useVocab();
  const format = useFormat();
  const language = useLanguage();
  const timeText = useTimeText();
  const statusRows = REGISTRATION_STATUSES.map((s) => ({
    key: s,
    label: t(`registrationStatus.${s}`),
    value: report.registrations.byStatus[s],
  }));
  const meetingRows = MEETING_MEASURES.map((m) => ({
    key: m,
    label: t(`report.measure.${m}`),
    value: report.meetings[m],
  }));
  const countryRows = report.byCountry.map((g) => ({
    key: g.country,
    label: vocab.country(g.country),
    ...g,
  }));
  const kindRows = report.byOrganisationKind.map((g) => ({
    key: g.kind,
    label: vocab.organisationKind(g.kind),
    ...g,
  }));
  const figures = [
    { key: 'registered', label: t('report.registered'), value: report.registrations.registered },
    { key: 'checkedIn', label: t('report.checkedIn'), value: report.registrations.checkedIn },
    { key: 'requests', label: t('report.measure.requests'), value: report.meetings.requests },
    { key: 'held', label: t('report.measure.held'), value: report.meetings.held },
    { key: 'noShows', label: t('report.measure.noShows'), value: report.meetings.noShows },
    {
      key: 'mutualFollowUps',
      label: t('report.measure.mutualFollowUps'),
      value: report.meetings.mutualFollowUps,
    },
  ];
  return (
    <div className="stack">
      <p className="muted">
        {t('report.generated', { time: timeText(report.generatedAt, null, event.timeZone) })}
      </p>
      <section className="panel" aria-labelledby="report-downloads">
        <h2 id="report-downloads" className="panel-title">
          {t('report.downloads')}
        </h2>
        <ul className="plain-list actions">
          <li>
            <a
              href={eventDocuments.report(event.id, 'csv', language)}
              download
              className="button button-small"
            >
              {t('report.csv')}
            </a>
          </li>
          <li>
            <a
              href={eventDocuments.report(event.id, 'pdf', language)}
              download
              className="button button-small"
            >
              {t('report.pdf')}
            </a>
          </li>
          <li>
            <a
              href={eventDocuments.report(event.id, 'html', language)}
              target="_blank"
              rel="noopener"
              className="button button-small"
            >
              {t('report.print')}
            </a>
          </li>
        </ul>
      </section>
      <dl className="report-figures" data-testid="report-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="figure" data-measure={figure.key}>
            <dt>{figure.label}</dt>
            <dd>{format.number(figure.value)}</dd>
          </div>
        ))}
      </dl>
      <div className="split">
        <BarChart title={t('report.meetingFunnel')} bars={meetingRows} testId="chart-meetings" />
        <BarChart title={t('report.byStatus')} bars={statusRows} testId="chart-status" />
      </div>
      <div className="split">
        <BarChart
          title={t('report.byCountry')}
          bars={countryRows.map((r) => ({ label: r.label, value: r.registered }))}
        />
        <BarChart
          title={t('report.byKind')}
          bars={kindRows.map((r) => ({ label: r.label, value: r.registered }))}
        />
      </div>
      <CountTable caption={t('report.meetingFunnel')} rows={meetingRows} testId="report-meetings" />
      <CountTable caption={t('report.byStatus')} rows={statusRows} testId="report-statuses" />
      <GroupTable caption={t('report.byCountry')} rows={countryRows} testId="report-countries" />
      <GroupTable caption={t('report.byKind')} rows={kindRows} testId="report-kinds" />
    </div>
  );
}

function Report({ event }: { event: CorridorEvent }) {
  const report = useReport(event.id);
  if (report.isPending) return <Loading />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => void report.refetch()} />;
  return <ReportBody event={event} report={report.data} />;
}

/** `/events/:id/manage/report`: the event's figures as charts and tables, with CSV and PDF exports. */
export function ReportPage() {
  const { id = '' } = useParams();
  return (
    <OrganiserPage id={id} heading="report.title">
      {(event) => <Report event={event} />}
    </OrganiserPage>
  );
}
