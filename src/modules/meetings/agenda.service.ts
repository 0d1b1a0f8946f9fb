import { stringify } from 'csv-stringify/sync';
import QRCode from 'qrcode';
import type { AppContext } from '../../app-context.js';
import type { Queryable } from '../../db/database.js';
import type { Language } from '../../domain/vocabulary.js';
import { type MessageKey, translate } from '../../i18n/server/index.js';
import { CorridorError } from '../../platform/errors.js';
import type { PdfRenderer } from '../../platform/pdf.js';
import type { Actor } from '../auth/actor.js';
import { pickText } from '../events/event-mail.js';
import { type EventTime, eventTime, formatOffset, offsetMinutes } from '../events/event-time.js';
import { type EventRecord, listSessions, listSlots, type SlotRecord } from '../events/events.repository.js';
import { loadAuthorizedEvent } from '../events/events.service.js';
import { allRegistrations, type RegistrationRecord } from '../events/registrations.repository.js';
import { loadAuthorizedRegistration } from '../events/registrations.service.js';
import { checkInUrl } from '../events/registrations.view.js';
import { renderCalendar } from './agenda-ics.js';
import { agendaHtml, tablePlanHtml } from './meeting-documents.js';
import { allMeetings, type MeetingRecord } from './meetings.repository.js';
import { MEETING_STATUSES } from './meetings.schema.js';
import { type MeetingPlacementView, placementView } from './meetings.view.js';
import {
  changesOf,
  findPublishedSchedule,
  findSchedule,
  placementsOf,
  type ScheduleRecord,
} from './schedules.repository.js';
import { scheduleChangeTexts } from './schedules.service.js';

/** What a document endpoint answers: JSON, or a file with its type and name. */
export type DocumentResult =
  | { kind: 'json'; body: unknown }
  | { kind: 'file'; contentType: string; fileName: string; body: string | Buffer };

/** A partner in a meeting, as an agenda names it. */
interface AgendaPartner {
  registrationId: string;
  organisationName: string;
  country: string;
  delegates: string[];
}

/** One entry of a personal agenda: a meeting or a programme session. */
export interface AgendaItem {
  kind: 'meeting' | 'session';
  id: string;
  startsAt: EventTime;
  endsAt: EventTime;
  /** In the agenda's language: "Meeting with ..." or the session's title. */
  title: string;
  /** The table (or "online meeting room") of a meeting, the room of a session. */
  place: string;
  meeting?: MeetingPlacementView & { partner: AgendaPartner; attendance: MeetingRecord['attendance'] };
}

export interface Agenda {
  event: { id: string; title: string; timeZone: string; offset: string; venue: string };
  participant: { registrationId: string; organisationName: string; country: string; delegates: string[] };
  language: Language;
  schedule: {
    published: boolean;
    version: number | null;
    /**
     * What the published schedule changed for this participant against the one it replaced (moved,
     * added, dropped meetings), one sentence each in the agenda's language; empty for a first schedule.
     */
    changes: string[];
  };
  items: AgendaItem[];
}

function t(language: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(language, key, params);
}

function zoneOffset(event: EventRecord): string {
  return formatOffset(offsetMinutes(event.startsAt, event.timeZone));
}

function slotLookup(slots: readonly SlotRecord[]): Map<number, SlotRecord> {
  return new Map(slots.map((s) => [s.slotNumber, s]));
}

/** The participant's published meetings and attended sessions, in time order, in `language`. */
async function buildAgenda(
  db: Queryable,
  event: EventRecord,
  registration: RegistrationRecord,
  language: Language,
): Promise<{
  agenda: Agenda;
  published: ScheduleRecord | null;
  entries: Array<{ item: AgendaItem; start: Date; end: Date }>;
}> {
  const [published, slots, sessions, meetings, participants] = await Promise.all([
    findPublishedSchedule(db, event.id),
    listSlots(db, event.id),
    listSessions(db, event.id),
    allMeetings(db, event.id, MEETING_STATUSES),
    allRegistrations(db, event.id, ['approved', 'pending', 'waitlisted', 'declined', 'cancelled']),
  ]);
  const slotMap = slotLookup(slots);
  const byId = new Map(participants.map((p) => [p.id, p]));
  const entries: Array<{ item: AgendaItem; start: Date; end: Date }> = [];
  if (published) {
    const mine = new Map(
      meetings
        .filter(
          (m) =>
            m.status === 'accepted' &&
            (m.requester.registrationId === registration.id ||
              m.recipient.registrationId === registration.id),
        )
        .map((m) => [m.id, m]),
    );
    for (const placement of await placementsOf(db, published.id)) {
      const meeting = mine.get(placement.meetingId);
      const slot = slotMap.get(placement.slot);
      if (!meeting || !slot) continue;
      const otherSide =
        meeting.requester.registrationId === registration.id ? meeting.recipient : meeting.requester;
      const other = byId.get(otherSide.registrationId);
      const partnerName = pickText(otherSide.organisationName, language);
      const where = placementView(event, slotMap, meeting, placement.slot, placement.table);
      entries.push({
        start: slot.startsAt,
        end: slot.endsAt,
        item: {
          kind: 'meeting',
          id: meeting.id,
          startsAt: eventTime(slot.startsAt, event.timeZone),
          endsAt: eventTime(slot.endsAt, event.timeZone),
          title: t(language, 'agenda.meetingWith', { partner: partnerName }),
          place: where.online
            ? t(language, 'agenda.onlineRoom')
            : t(language, 'agenda.table', { table: where.tableLabel }),
          meeting: {
            ...where,
            partner: {
              registrationId: otherSide.registrationId,
              organisationName: partnerName,
              country: otherSide.country,
              delegates: other?.delegates.map((d) => d.displayName) ?? [],
            },
            attendance: meeting.attendance,
          },
        },
      });
    }
  }
  const attending = new Set(registration.sessionIds);
  for (const session of sessions) {
    if (!attending.has(session.id)) continue;
    entries.push({
      start: session.startsAt,
      end: session.endsAt,
      item: {
        kind: 'session',
        id: session.id,
        startsAt: eventTime(session.startsAt, event.timeZone),
        endsAt: eventTime(session.endsAt, event.timeZone),
        title: pickText(session.title, language),
        place: session.location,
      },
    });
  }
  entries.sort((a, b) => a.start.getTime() - b.start.getTime() || a.item.kind.localeCompare(b.item.kind));
  // A schedule that replaced a published one keeps what it changed for each participant.
  const change =
    published && published.basedOnId !== null
      ? (await changesOf(db, published.id)).find((c) => c.participantId === registration.id)
      : undefined;
  const changes = change
    ? scheduleChangeTexts(language, change, event, slotMap, new Map(meetings.map((m) => [m.id, m])))
    : [];
  const agenda: Agenda = {
    event: {
      id: event.id,
      title: pickText(event.title, language),
      timeZone: event.timeZone,
      offset: zoneOffset(event),
      venue: [event.venueName, event.city].filter(Boolean).join(', '),
    },
    participant: {
      registrationId: registration.id,
      organisationName: pickText(registration.organisationName, language),
      country: registration.organisationCountry,
      delegates: registration.delegates.map((d) => d.displayName),
    },
    language,
    schedule: { published: published !== null, version: published?.version ?? null, changes },
    items: entries.map((e) => e.item),
  };
  return { agenda, published, entries };
}

/**
 * A participant's personal agenda as JSON, an iCalendar file, a printable page or a PDF, in the
 * participant's language unless another is asked for.
 */
export async function participantAgenda(
  ctx: AppContext,
  pdf: PdfRenderer,
  actor: Actor,
  eventId: string,
  registrationId: string,
  format: 'json' | 'ics' | 'pdf' | 'html',
  lang: Language | undefined,
): Promise<DocumentResult> {
  const { event, registration } = await loadAuthorizedRegistration(
    ctx.db,
    actor,
    eventId,
    registrationId,
    'read',
  );
  const language = lang ?? registration.language;
  const { agenda, published, entries } = await buildAgenda(ctx.db, event, registration, language);
  const baseName = `agenda-${registration.organisationSlug}`;
  if (format === 'json') return { kind: 'json', body: agenda };
  if (format === 'ics') {
    const body = renderCalendar({
      name: `${agenda.event.title}: ${t(language, 'agenda.title', { participant: agenda.participant.organisationName })}`,
      timeZone: event.timeZone,
      language,
      sequence: published?.version ?? 0,
      generatedAt: ctx.clock.now(),
      entries: entries.map(({ item, start, end }) => ({
        uid: `${item.kind}-${item.id}-${registration.id}@corridor`,
        startsAt: start,
        endsAt: end,
        summary: item.kind === 'meeting' ? `${item.title} · ${item.place}` : item.title,
        description: item.meeting
          ? [item.meeting.partner.organisationName, item.meeting.partner.delegates.join(', ')]
              .filter(Boolean)
              .join('\n')
          : '',
        location: [item.place, agenda.event.venue].filter(Boolean).join(', '),
        url: item.meeting?.roomUrl ?? null,
      })),
    });
    return { kind: 'file', contentType: 'text/calendar; charset=utf-8', fileName: `${baseName}.ics`, body };
  }
  const html = agendaHtml({
    language,
    eventTitle: agenda.event.title,
    participantName: agenda.participant.organisationName,
    timeZone: event.timeZone,
    offset: agenda.event.offset,
    published: agenda.schedule.published,
    items: agenda.items.map((item) => ({
      kind: item.kind,
      startsAt: item.startsAt,
      endsAt: item.endsAt,
      title: item.title,
      place: item.place,
      detail: item.meeting
        ? [item.meeting.partner.delegates.join(', '), item.meeting.roomUrl ?? ''].filter(Boolean).join(' · ')
        : '',
    })),
    checkInSvg:
      registration.status === 'approved'
        ? await QRCode.toString(checkInUrl(ctx.config.publicUrl, registration), { type: 'svg', margin: 1 })
        : null,
  });
  if (format === 'html') {
    return {
      kind: 'file',
      contentType: 'text/html; charset=utf-8',
      fileName: `${baseName}.html`,
      body: html,
    };
  }
  return {
    kind: 'file',
    contentType: 'application/pdf',
    fileName: `${baseName}.pdf`,
    body: await pdf.render(html),
  };
}

/** One table in one slot of the plan. */
interface PlannedTable {
  table: number;
  tableLabel: string;
  meetingId: string;
  participants: Array<{ registrationId: string; organisationName: string; country: string }>;
  online: boolean;
  roomUrl: string | null;
}

/**
 * The organisers' table plan: for every slot, which participants sit at which table. From the
 * published schedule, or from a draft named by `scheduleId`.
 */
export async function tablePlan(
  ctx: AppContext,
  pdf: PdfRenderer,
  actor: Actor,
  eventId: string,
  scheduleId: string | undefined,
  format: 'json' | 'csv' | 'pdf' | 'html',
  lang: Language | undefined,
): Promise<DocumentResult> {
  const event = await loadAuthorizedEvent(ctx.db, actor, eventId, 'schedule');
  const language = lang ?? actor.language;
  const schedule = scheduleId
    ? await findSchedule(ctx.db, eventId, scheduleId)
    : await findPublishedSchedule(ctx.db, eventId);
  if (!schedule) throw new CorridorError(scheduleId ? 'ScheduleNotFound' : 'ScheduleNotPublished');
  const [placements, slots, meetings] = await Promise.all([
    placementsOf(ctx.db, schedule.id),
    listSlots(ctx.db, eventId),
    allMeetings(ctx.db, eventId, ['accepted']),
  ]);
  const slotMap = slotLookup(slots);
  const meetingMap = new Map(meetings.map((m) => [m.id, m]));
  const plan = slots.map((slot) => ({
    slot: slot.slotNumber,
    startsAt: eventTime(slot.startsAt, event.timeZone),
    endsAt: eventTime(slot.endsAt, event.timeZone),
    tables: [] as PlannedTable[],
  }));
  const planBySlot = new Map(plan.map((p) => [p.slot, p]));
  for (const placement of placements) {
    const meeting = meetingMap.get(placement.meetingId);
    const entry = planBySlot.get(placement.slot);
    if (!meeting || !entry) continue;
    const where = placementView(event, slotMap, meeting, placement.slot, placement.table);
    entry.tables.push({
      table: placement.table,
      tableLabel: where.tableLabel,
      meetingId: meeting.id,
      participants: [meeting.requester, meeting.recipient].map((side) => ({
        registrationId: side.registrationId,
        organisationName: pickText(side.organisationName, language),
        country: side.country,
      })),
      online: where.online,
      roomUrl: where.roomUrl,
    });
  }
  for (const entry of plan) entry.tables.sort((a, b) => a.table - b.table);
  const used = plan.filter((entry) => entry.tables.length > 0);
  const eventTitle = pickText(event.title, language);
  const fileBase = `table-plan-v${schedule.version}`;
  if (format === 'json') {
    return {
      kind: 'json',
      body: {
        event: { id: event.id, title: eventTitle, timeZone: event.timeZone },
        schedule: { id: schedule.id, version: schedule.version, status: schedule.status },
        slots: plan,
      },
    };
  }
  if (format === 'csv') {
    const header = [
      t(language, 'tablePlan.column.slot'),
      t(language, 'agenda.column.time'),
      t(language, 'tablePlan.column.table'),
      `${t(language, 'tablePlan.column.participants')} 1`,
      `${t(language, 'tablePlan.column.participants')} 2`,
      t(language, 'agenda.onlineRoom'),
    ];
    const rows = used.flatMap((entry) =>
      entry.tables.map((table) => [
        entry.slot,
        `${entry.startsAt.local}/${entry.endsAt.local}`,
        table.tableLabel,
        table.participants[0]?.organisationName ?? '',
        table.participants[1]?.organisationName ?? '',
        table.roomUrl ?? '',
      ]),
    );
    // A byte-order mark lets spreadsheet programs read the Lao, Khmer, Burmese and Thai names as UTF-8.
    const body = `\uFEFF${stringify([header, ...rows])}`;
    return { kind: 'file', contentType: 'text/csv; charset=utf-8', fileName: `${fileBase}.csv`, body };
  }
  const html = tablePlanHtml({
    language,
    eventTitle,
    timeZone: event.timeZone,
    offset: zoneOffset(event),
    slots: used.map((entry) => ({
      slot: entry.slot,
      startsAt: entry.startsAt,
      endsAt: entry.endsAt,
      tables: entry.tables.map((table) => ({
        tableLabel: table.tableLabel,
        participants: table.participants.map((p) => p.organisationName),
        online: table.online,
      })),
    })),
  });
  if (format === 'html') {
    return {
      kind: 'file',
      contentType: 'text/html; charset=utf-8',
      fileName: `${fileBase}.html`,
      body: html,
    };
  }
  return {
    kind: 'file',
    contentType: 'application/pdf',
    fileName: `${fileBase}.pdf`,
    body: await pdf.render(html, { landscape: true }),
  };
}
