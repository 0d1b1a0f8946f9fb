/**
 * Instants and an event's time zone. Instants are stored in UTC; the API returns each one in UTC and
 * as the event's wall-clock time with its offset, so a client can show the time in the viewer's zone
 * with the event's zone beside it. Inputs without an offset are wall-clock times in the event's zone.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for an IANA zone name the runtime knows, e.g. `Asia/Yangon`. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Wall-clock fields of an instant in a zone. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? 1970,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  };
}

/** The zone's offset from UTC at `instant`, in minutes (Asia/Yangon: 390). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/** '+06:30', '-03:00', '+00:00'. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads an ISO 8601 date-time: with `Z` or an offset it is that instant; without, it is a wall-clock
 * time in `timeZone` (in a gap left by a daylight-saving change, the later side is taken).
 */
export function parseEventTime(text: string, timeZone: string): Date {
  const local = LOCAL_PATTERN.exec(text);
  if (!local) return new Date(text);
  const [, y, mo, d, h, mi, s] = local;
  const asUtc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  // Two rounds settle the offset everywhere except inside a gap, where the second guess wins.
  let guess = asUtc - offsetMinutes(new Date(asUtc), timeZone) * 60_000;
  guess = asUtc - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}

/** An instant as the API returns it: UTC, the event's wall-clock time with offset, and the offset. */
export interface EventTime {
  /** The instant in UTC, e.g. `2026-12-03T02:30:00.000Z`. */
  utc: string;
  /** The same instant as the event's local time, e.g. `2026-12-03T09:00:00+06:30`. */
  local: string;
  /** The event zone's offset at that instant, e.g. `+06:30`. */
  offset: string;
}

export function eventTime(instant: Date, timeZone: string): EventTime {
  const wall = wallClock(instant, timeZone);
  const offset = formatOffset(offsetMinutes(instant, timeZone));
  return {
    utc: instant.toISOString(),
    local: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset}`,
    offset,
  };
}

/** 'YYYY-MM-DD' of an instant in a zone. */
export function localDate(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** 'HH:MM' of an instant in a zone. */
export function localTime(instant: Date, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** Whether two half-open intervals [a, b) and [c, d) overlap. */
export function overlaps(aStart: Date, aEnd: Date, bStart: Date, bEnd: Date): boolean {
  return aStart.getTime() < bEnd.getTime() && bStart.getTime() < aEnd.getTime();
}
