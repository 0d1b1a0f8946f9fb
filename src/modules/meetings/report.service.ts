import { stringify } from 'csv-stringify/sync';
import type { AppContext } from '../../app-context.js';
import type { Country, Language, OrganisationKind } from '../../domain/vocabulary.js';
import { type MessageKey, translate } from '../../i18n/server/index.js';
import type { PdfRenderer } from '../../platform/pdf.js';
import type { Actor } from '../auth/actor.js';
import { pickText } from '../events/event-mail.js';
import { eventTime } from '../events/event-time.js';
import { loadAuthorizedEvent } from '../events/events.service.js';
import { REGISTRATION_STATUSES } from '../events/registrations.schema.js';
import type { DocumentResult } from './agenda.service.js';
import { reportHtml } from './meeting-documents.js';
import {
  type MeetingFigures,
  meetingFigures,
  registrationsBy,
  registrationsByStatus,
} from './report.repository.js';

const MEETING_MEASURES: ReadonlyArray<keyof MeetingFigures> = [
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
];

/** The figures of the event report, as JSON. */
async function reportData(ctx: AppContext, eventId: string) {
  const [statuses, byCountry, byKind, meetings] = await Promise.all([
    registrationsByStatus(ctx.db, eventId),
    registrationsBy(ctx.db, eventId, 'country'),
    registrationsBy(ctx.db, eventId, 'kind'),
    meetingFigures(ctx.db, eventId),
  ]);
  const count = (status: string) => statuses.find((s) => s.status === status)?.n ?? 0;
  const byStatus = Object.fromEntries(
    REGISTRATION_STATUSES.map((status) => [status, count(status)]),
  ) as Record<(typeof REGISTRATION_STATUSES)[number], number>;
  return {
    registrations: {
      registered: byStatus.pending + byStatus.approved + byStatus.waitlisted,
      byStatus,
      checkedIn: statuses.find((s) => s.status === 'approved')?.checkedIn ?? 0,
    },
    byCountry: byCountry.map(({ key, ...figures }) => ({ country: key as Country, ...figures })),
    byOrganisationKind: byKind.map(({ key, ...figures }) => ({ kind: key as OrganisationKind, ...figures })),
    meetings,
  };
}

/**
 * The event report for organisers: registrations by status, country and organisation kind, and the
 * meeting funnel from requests to follow-ups; as JSON, CSV, a printable page or PDF.
 */
export async function eventReport(
  ctx: AppContext,
  pdf: PdfRenderer,
  actor: Actor,
  eventId: string,
  format: 'json' | 'csv' | 'pdf' | 'html',
  lang: Language | undefined,
): Promise<DocumentResult> {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'read_report');
  const language = lang ?? actor.language;
  const data = await reportData(ctx, eventId);
  const generatedAt = eventTime(ctx.clock.now(), event.timeZone);
  if (format === 'json') {
    return {
      kind: 'json',
      body: { event: { id: event.id, title: event.title, timeZone: event.timeZone }, generatedAt, ...data },
    };
  }
  const t = (key: MessageKey) => translate(language, key);
  const registrationRows = [
    { item: 'registered', label: t('report.reg.registered'), value: data.registrations.registered },
    ...REGISTRATION_STATUSES.map((status) => ({
      item: status,
      label: t(`report.reg.${status}`),
      value: data.registrations.byStatus[status],
    })),
    { item: 'checked_in', label: t('report.reg.checkedIn'), value: data.registrations.checkedIn },
  ];
  const meetingRows = MEETING_MEASURES.map((measure) => ({
    item: measure,
    label: t(`report.measure.${measure}`),
    value: data.meetings[measure],
  }));
  const countryLabel = (country: Country) => t(`report.country.${country}`);
  const kindLabel = (kind: OrganisationKind) => t(`report.organisationKind.${kind}`);
  if (format === 'csv') {
    const rows: Array<Array<string | number>> = [['section', 'item', 'measure', 'value', 'label']];
    for (const row of registrationRows) rows.push(['registrations', row.item, 'count', row.value, row.label]);
    for (const group of data.byCountry) {
      for (const measure of ['registered', 'approved', 'checkedIn'] as const) {
        rows.push(['by_country', group.country, measure, group[measure], countryLabel(group.country)]);
      }
    }
    for (const group of data.byOrganisationKind) {
      for (const measure of ['registered', 'approved', 'checkedIn'] as const) {
        rows.push(['by_organisation_kind', group.kind, measure, group[measure], kindLabel(group.kind)]);
      }
    }
    for (const row of meetingRows) rows.push(['meetings', row.item, 'count', row.value, row.label]);
    return {
      kind: 'file',
      contentType: 'text/csv; charset=utf-8',
      fileName: `event-report-${event.id}.csv`,
      body: `\uFEFF${stringify(rows)}`,
    };
  }
  const html = reportHtml({
    language,
    eventTitle: pickText(event.title, language),
    generatedAt,
    registrations: registrationRows,
    byCountry: data.byCountry.map((g) => ({ ...g, label: countryLabel(g.country) })),
    byKind: data.byOrganisationKind.map((g) => ({ ...g, label: kindLabel(g.kind) })),
    meetings: meetingRows,
  });
  if (format === 'html') {
    return {
      kind: 'file',
      contentType: 'text/html; charset=utf-8',
      fileName: `event-report-${event.id}.html`,
      body: html,
    };
  }
  return {
    kind: 'file',
    contentType: 'application/pdf',
    fileName: `event-report-${event.id}.pdf`,
    body: await pdf.render(html),
  };
}
