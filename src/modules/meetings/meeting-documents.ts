import type { Language } from '../../domain/vocabulary.js';
import { translate } from '../../i18n/server/index.js';
import type { EventTime } from '../events/event-time.js';

/**
 * Self-contained printable HTML (no scripts, no external resources) for agendas, table plans and the
 * event report, in the reader's language. PdfRenderer turns it into PDF; the fonts are named, not
 * embedded: the Noto families of the corridor's scripts, installed with the server's Chromium.
 */

const SCRIPT_FONT: Record<Language, string> = {
  en: 'Noto Sans',
  vi: 'Noto Sans',
  zh: 'Noto Sans CJK SC',
  lo: 'Noto Sans Lao',
  th: 'Noto Sans Thai',
  km: 'Noto Sans Khmer',
  my: 'Noto Sans Myanmar',
};
const ALL_FONTS = [
  'Noto Sans',
  'Noto Sans Lao',
  'Noto Sans Khmer',
  'Noto Sans Myanmar',
  'Noto Sans Thai',
  'Noto Sans CJK SC',
];

/** Latin first (digits and names), then the reader's script, then every other corridor script. */
export function fontStack(language: Language): string {
  const ordered = ['Noto Sans', SCRIPT_FONT[language], ...ALL_FONTS];
  return [...new Set(ordered)]
    .map((font) => `"${font}"`)
    .concat('sans-serif')
    .join(', ');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function page(language: Language, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: ${fontStack(language)}; font-size: 10.5pt; color: #111; margin: 0; }
  h1 { font-size: 17pt; margin: 0 0 4pt; }
  h2 { font-size: 13pt; margin: 14pt 0 6pt; }
  p.note { color: #444; margin: 2pt 0 8pt; }
  table { border-collapse: collapse; width: 100%; margin-bottom: 8pt; }
  th, td { border: 0.6pt solid #999; padding: 4pt 6pt; text-align: left; vertical-align: top; }
  th { background: #eef2f5; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .table-no { font-size: 14pt; font-weight: 700; }
  .muted { color: #555; }
  .qr { float: right; width: 32mm; height: 32mm; margin-left: 8mm; }
  .qr svg { width: 100%; height: 100%; }
  tr { page-break-inside: avoid; }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** '09:20' from an event time's local part. */
function clock(time: EventTime | null): string {
  return time ? time.local.slice(11, 16) : '';
}

function day(time: EventTime): string {
  return time.local.slice(0, 10);
}

/** One line of a personal agenda. */
export interface AgendaDocumentItem {
  kind: 'meeting' | 'session';
  startsAt: EventTime;
  endsAt: EventTime;
  title: string;
  place: string;
  detail: string;
}

export interface AgendaDocument {
  language: Language;
  eventTitle: string;
  participantName: string;
  timeZone: string;
  offset: string;
  published: boolean;
  items: readonly AgendaDocumentItem[];
  /** The participant's check-in QR code (SVG), printed in the corner. */
  checkInSvg: string | null;
}

export function agendaHtml(doc: AgendaDocument): string {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(doc.language, key, params);
  const title = t('agenda.title', { participant: doc.participantName });
  const rows: string[] = [];
  let currentDay = '';
  for (const item of doc.items) {
    if (day(item.startsAt) !== currentDay) {
      currentDay = day(item.startsAt);
      rows.push(`<tr><th colspan="3">${escapeHtml(currentDay)}</th></tr>`);
    }
    const place =
      item.kind === 'meeting'
        ? `<span class="table-no">${escapeHtml(item.place)}</span>`
        : escapeHtml(item.place);
    rows.push(
      `<tr><td>${clock(item.startsAt)}–${clock(item.endsAt)}</td><td>${escapeHtml(item.title)}${
        item.detail ? `<br><span class="muted">${escapeHtml(item.detail)}</span>` : ''
      }</td><td>${place}</td></tr>`,
    );
  }
  const body = `
${doc.checkInSvg ? `<div class="qr" title="${escapeHtml(t('agenda.checkIn'))}">${doc.checkInSvg}</div>` : ''}
<h1>${escapeHtml(title)}</h1>
<p><strong>${escapeHtml(doc.eventTitle)}</strong></p>
<p class="note">${escapeHtml(t('agenda.timesIn', { timeZone: doc.timeZone, offset: doc.offset }))}</p>
${doc.checkInSvg ? `<p class="note">${escapeHtml(t('agenda.checkIn'))}</p>` : ''}
${doc.published ? '' : `<p class="note">${escapeHtml(t('agenda.notPublished'))}</p>`}
${
  doc.items.length === 0
    ? `<p>${escapeHtml(t('agenda.empty'))}</p>`
    : `<table><thead><tr><th>${escapeHtml(t('agenda.column.time'))}</th><th>${escapeHtml(
        t('agenda.column.activity'),
      )}</th><th>${escapeHtml(t('agenda.column.place'))}</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`
}`;
  return page(doc.language, title, body);
}

export interface TablePlanDocument {
  language: Language;
  eventTitle: string;
  timeZone: string;
  offset: string;
  slots: ReadonlyArray<{
    slot: number;
    startsAt: EventTime | null;
    endsAt: EventTime | null;
    tables: ReadonlyArray<{ tableLabel: string; participants: readonly string[]; online: boolean }>;
  }>;
}

export function tablePlanHtml(doc: TablePlanDocument): string {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(doc.language, key, params);
  const title = t('tablePlan.title', { event: doc.eventTitle });
  const sections = doc.slots.map((slot) => {
    const heading = `${t('tablePlan.slot', { slot: slot.slot })}${
      slot.startsAt ? ` · ${day(slot.startsAt)} ${clock(slot.startsAt)}–${clock(slot.endsAt)}` : ''
    }`;
    const rows = slot.tables
      .map(
        (table) =>
          `<tr><td class="table-no">${escapeHtml(table.tableLabel)}</td><td>${table.participants
            .map(escapeHtml)
            .join(
              ' ↔ ',
            )}${table.online ? ` <span class="muted">(${escapeHtml(t('tablePlan.online'))})</span>` : ''}</td></tr>`,
      )
      .join('\n');
    return `<h2>${escapeHtml(heading)}</h2><table><thead><tr><th style="width:18%">${escapeHtml(
      t('tablePlan.column.table'),
    )}</th><th>${escapeHtml(t('tablePlan.column.participants'))}</th></tr></thead><tbody>${rows}</tbody></table>`;
  });
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(t('agenda.timesIn', { timeZone: doc.timeZone, offset: doc.offset }))}</p>
${sections.length === 0 ? `<p>${escapeHtml(t('tablePlan.empty'))}</p>` : sections.join('\n')}`;
  return page(doc.language, title, body);
}

export interface ReportDocument {
  language: Language;
  eventTitle: string;
  generatedAt: EventTime;
  registrations: ReadonlyArray<{ label: string; value: number }>;
  byCountry: ReadonlyArray<{ label: string; registered: number; approved: number; checkedIn: number }>;
  byKind: ReadonlyArray<{ label: string; registered: number; approved: number; checkedIn: number }>;
  meetings: ReadonlyArray<{ label: string; value: number }>;
}

export function reportHtml(doc: ReportDocument): string {
  const t = (key: Parameters<typeof translate>[1], params: Record<string, string | number> = {}) =>
    translate(doc.language, key, params);
  const title = t('report.title', { event: doc.eventTitle });
  const figures = (rows: ReadonlyArray<{ label: string; value: number }>) =>
    `<table><tbody>${rows
      .map((r) => `<tr><td>${escapeHtml(r.label)}</td><td class="num">${r.value}</td></tr>`)
      .join('')}</tbody></table>`;
  const breakdown = (
    heading: string,
    column: string,
    rows: ReadonlyArray<{ label: string; registered: number; approved: number; checkedIn: number }>,
  ) =>
    `<h2>${escapeHtml(heading)}</h2><table><thead><tr><th>${escapeHtml(column)}</th><th>${escapeHtml(
      t('report.column.registered'),
    )}</th><th>${escapeHtml(t('report.column.approved'))}</th><th>${escapeHtml(
      t('report.column.checkedIn'),
    )}</th></tr></thead><tbody>${rows
      .map(
        (r) =>
          `<tr><td>${escapeHtml(r.label)}</td><td class="num">${r.registered}</td><td class="num">${r.approved}</td><td class="num">${r.checkedIn}</td></tr>`,
      )
      .join('')}</tbody></table>`;
  const body = `<h1>${escapeHtml(title)}</h1>
<p class="note">${escapeHtml(t('report.generated', { date: `${day(doc.generatedAt)} ${clock(doc.generatedAt)} (UTC${doc.generatedAt.offset})` }))}</p>
<h2>${escapeHtml(t('report.registrations'))}</h2>
${figures(doc.registrations)}
${breakdown(t('report.byCountry'), t('report.column.country'), doc.byCountry)}
${breakdown(t('report.byKind'), t('report.column.kind'), doc.byKind)}
<h2>${escapeHtml(t('report.meetings'))}</h2>
${figures(doc.meetings)}`;
  return page(doc.language, title, body);
}
