import { useTranslation } from 'react-i18next';
import type { EventTime } from '../../api/events';
import { type Formatter, useFormat } from '../../i18n/format';
import { useEventsT } from './i18n';

/**
 * Event times: every time is shown in the viewer's zone, with the event's own wall-clock time and zone
 * beside it ("09:30 (your time) · 10:30 Asia/Bangkok UTC+07:00"). When both zones have the same
 * offset the time is written once, with the event's zone.
 */

/** A calendar day (`YYYY-MM-DD`) and a time (`HH:MM`). */
interface WallTime {
  day: string;
  time: string;
}

const viewerParts = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The viewer's IANA zone, e.g. `Asia/Yangon`. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** `+07:00` for an offset of 420 minutes. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

function inViewerZone(utc: string): WallTime & { offset: string } {
  const date = new Date(utc);
  const parts: Record<string, string> = {};
  for (const part of viewerParts.formatToParts(date)) parts[part.type] = part.value;
  return {
    day: `${parts.year}-${parts.month}-${parts.day}`,
    time: `${parts.hour}:${parts.minute}`,
    offset: formatOffset(-date.getTimezoneOffset()),
  };
}

function inEventZone(at: EventTime): WallTime {
  return { day: at.local.slice(0, 10), time: at.local.slice(11, 16) };
}

/** The wall-clock value for a `datetime-local` input in the event's zone: `2026-12-03T09:00`. */
export function toLocalInput(at: EventTime | null | undefined): string {
  return at ? at.local.slice(0, 16) : '';
}

type MainT = (key: 'date.dateTime', options: { date: string; time: string }) => string;

function stamp(at: WallTime, format: Formatter, tMain: MainT): string {
  return tMain('date.dateTime', { date: format.date(at.day), time: at.time });
}

function span(
  start: WallTime,
  end: WallTime | null,
  withDate: boolean,
  format: Formatter,
  tMain: MainT,
  t: ReturnType<typeof useEventsT>,
): string {
  const first = withDate ? stamp(start, format, tMain) : start.time;
  if (!end) return first;
  if (end.day === start.day) return t('time.range', { start: first, end: end.time });
  return t('time.dateRange', { start: first, end: stamp(end, format, tMain) });
}

/**
 * A time or a span of time: in the viewer's zone, then in the event's zone with its offset.
 * `withDate` adds the calendar day (a slot in a list of one day's slots does without).
 */
export function TimeSpan({
  start,
  end = null,
  zone,
  withDate = true,
}: {
  start: EventTime;
  end?: EventTime | null;
  zone: string;
  withDate?: boolean;
}) {
  const t = useEventsT();
  const { t: tMain } = useTranslation();
  const format = useFormat();
  const viewerStart = inViewerZone(start.utc);
  const eventText = t('time.inZone', {
    time: span(inEventZone(start), end ? inEventZone(end) : null, withDate, format, tMain, t),
    zone,
    offset: start.offset,
  });
  if (viewerStart.offset === start.offset) {
    return (
      <time className="event-time" dateTime={start.utc}>
        {eventText}
      </time>
    );
  }
  const yours = span(viewerStart, end ? inViewerZone(end.utc) : null, withDate, format, tMain, t);
  return (
    <span className="event-time">
      <time dateTime={start.utc}>{t('time.yours', { time: yours })}</time>
      <span aria-hidden="true"> · </span>
      <span className="event-time-zone">{eventText}</span>
    </span>
  );
}

/** Plain text of a span, for places where markup cannot go (option labels, titles). */
export function useTimeText() {
  const t = useEventsT();
  const { t: tMain } = useTranslation();
  const format = useFormat();
  return (start: EventTime, end: EventTime | null, zone: string, withDate = true): string => {
    const viewerStart = inViewerZone(start.utc);
    const eventText = t('time.inZone', {
      time: span(inEventZone(start), end ? inEventZone(end) : null, withDate, format, tMain, t),
      zone,
      offset: start.offset,
    });
    if (viewerStart.offset === start.offset) return eventText;
    const yours = span(viewerStart, end ? inViewerZone(end.utc) : null, withDate, format, tMain, t);
    return `${t('time.yours', { time: yours })} · ${eventText}`;
  };
}

/** Whether an instant lies in the past. */
export function hasBegun(at: EventTime | null | undefined, now = Date.now()): boolean {
  return at ? new Date(at.utc).getTime() <= now : false;
}
