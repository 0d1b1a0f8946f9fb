import { createHmac } from 'node:crypto';

/**
 * The online room of a meeting: `<base>/corridor-<24 hex digits>`, the digits an HMAC-SHA256 of the
 * meeting id under the event's secret. The same meeting always gets the same room (so the address
 * in a calendar stays valid after rescheduling), and nobody can guess another meeting's room from
 * its id. The base is the event's `meetingRoomBaseUrl` (a Jitsi Meet server by default, where any
 * room name opens a room; any service addressing rooms by path works).
 */
export function meetingRoomUrl(baseUrl: string, roomSecret: string, meetingId: string): string {
  const room = createHmac('sha256', roomSecret).update(meetingId).digest('hex').slice(0, 24);
  return `${baseUrl.replace(/\/+$/, '')}/corridor-${room}`;
}

/** A meeting is online when the whole event is, or when either side takes part online. */
export function isOnlineMeeting(
  venueMode: 'venue' | 'online' | 'hybrid',
  sides: ReadonlyArray<{ attendanceMode: 'on_site' | 'online' }>,
): boolean {
  return venueMode === 'online' || sides.some((s) => s.attendanceMode === 'online');
}

/** The name of a table: the organiser's label when there is one, else its number. */
export function tableLabel(labels: readonly string[], table: number): string {
  return labels[table - 1] ?? String(table);
}
