import type { Language } from '../../domain/vocabulary.js';
import { offsetMinutes, wallClock } from '../events/event-time.js';

/**
 * An iCalendar file (RFC 5545) for a personal agenda: one VEVENT per meeting and per programme
 * session, times given as wall-clock times with the event's TZID (and a VTIMEZONE describing that
 * zone over the agenda's span), timestamps in UTC. Texts are in the participant's language and
 * marked with LANGUAGE. Pure: the caller passes in the clock reading.
 */

export interface CalendarEntry {
  /** Stable across re-publications, so calendars update the entry instead of adding a new one. */
  uid: string;
  startsAt: Date;
  endsAt: Date;
  summary: string;
  description: string;
  location: string;
  url: string | null;
}

export interface Calendar {
  name: string;
  timeZone: string;
  language: Language;
  /** Bumped when the schedule is republished (RFC 5545 SEQUENCE). */
  sequence: number;
  generatedAt: Date;
  entries: readonly CalendarEntry[];
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** 20261203T090000 in the zone. */
function localStamp(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.year, 4)}${pad(w.month)}${pad(w.day)}T${pad(w.hour)}${pad(w.minute)}${pad(w.second)}`;
}

/** 20261203T023000Z. */
function utcStamp(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

/** +0630, -0300: the UTC-OFFSET value type. */
function icsOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line into pieces of at most 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = pieces.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

/** The instants in [from, to] at which the zone's offset changes, found by a daily scan and bisection. */
function offsetTransitions(
  timeZone: string,
  from: Date,
  to: Date,
): Array<{ at: Date; before: number; after: number }> {
  const transitions: Array<{ at: Date; before: number; after: number }> = [];
  const day = 86_400_000;
  let previousTime = from.getTime();
  let previousOffset = offsetMinutes(from, timeZone);
  for (let t = previousTime + day; t <= to.getTime() + day; t += day) {
    const offset = offsetMinutes(new Date(t), timeZone);
    if (offset !== previousOffset) {
      let low = previousTime;
      let high = t;
      while (high - low > 60_000) {
        const middle = low + Math.floor((high - low) / 2);
        if (offsetMinutes(new Date(middle), timeZone) === previousOffset) low = middle;
        else high = middle;
      }
      // Offsets change on whole minutes: the first minute with the new offset is the transition.
      let minute = Math.floor(low / 60_000) * 60_000;
      while (offsetMinutes(new Date(minute), timeZone) === previousOffset) minute += 60_000;
      const at = new Date(minute);
      transitions.push({ at, before: previousOffset, after: offset });
      previousOffset = offset;
    }
    previousTime = t;
  }
  return transitions;
}

/** A VTIMEZONE valid over [from, to]: the offset in force at `from`, then each change within the span. */
function timeZoneComponent(timeZone: string, from: Date, to: Date): string[] {
  const initial = offsetMinutes(from, timeZone);
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    `DTSTART:${localStamp(from, timeZone)}`,
    `TZOFFSETFROM:${icsOffset(initial)}`,
    `TZOFFSETTO:${icsOffset(initial)}`,
    `TZNAME:${icsOffset(initial)}`,
    'END:STANDARD',
  ];
  for (const change of offsetTransitions(timeZone, from, to)) {
    const kind = change.after > change.before ? 'DAYLIGHT' : 'STANDARD';
    // DTSTART of an observance is the local time in the offset in force before it.
    const localBefore = new Date(change.at.getTime() + change.before * 60_000);
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${utcStamp(localBefore).slice(0, 15)}`,
      `TZOFFSETFROM:${icsOffset(change.before)}`,
      `TZOFFSETTO:${icsOffset(change.after)}`,
      `TZNAME:${icsOffset(change.after)}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/** The calendar as an RFC 5545 text (CRLF line ends, folded lines). */
export function renderCalendar(calendar: Calendar): string {
  const zone = calendar.timeZone;
  const starts = calendar.entries.map((e) => e.startsAt.getTime());
  const ends = calendar.entries.map((e) => e.endsAt.getTime());
  const from = new Date(
    (starts.length > 0 ? Math.min(...starts) : calendar.generatedAt.getTime()) - 86_400_000,
  );
  const to = new Date((ends.length > 0 ? Math.max(...ends) : calendar.generatedAt.getTime()) + 86_400_000);
  const lang = `;LANGUAGE=${calendar.language}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Corridor//Lancang-Mekong Innovation Corridor//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    `X-WR-TIMEZONE:${zone}`,
    ...timeZoneComponent(zone, from, to),
  ];
  for (const entry of calendar.entries) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${entry.uid}`,
      `DTSTAMP:${utcStamp(calendar.generatedAt)}`,
      `DTSTART;TZID=${zone}:${localStamp(entry.startsAt, zone)}`,
      `DTEND;TZID=${zone}:${localStamp(entry.endsAt, zone)}`,
      `SEQUENCE:${calendar.sequence}`,
      `SUMMARY${lang}:${escapeText(entry.summary)}`,
      ...(entry.description ? [`DESCRIPTION${lang}:${escapeText(entry.description)}`] : []),
      ...(entry.location ? [`LOCATION${lang}:${escapeText(entry.location)}`] : []),
      ...(entry.url ? [`URL:${entry.url}`] : []),
      'STATUS:CONFIRMED',
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
