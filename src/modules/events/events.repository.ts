import type { Queryable } from '../../db/database.js';
import type { Country, Language, MultilingualText, OrganisationKind } from '../../domain/vocabulary.js';
import type { EventStatus } from './events.policy.js';
import type { EventKind, VenueMode } from './events.schema.js';

/** An organising organisation as events show it. */
export interface EventOrganiser {
  id: string;
  slug: string;
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
}

/** An event row as the services see it. */
export interface EventRecord {
  id: string;
  kind: EventKind;
  status: EventStatus;
  originalLanguage: Language;
  title: MultilingualText;
  description: MultilingualText;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  venueMode: VenueMode;
  venueName: string;
  venueAddress: string;
  city: string;
  country: Country | null;
  onlineUrl: string | null;
  meetingRoomBaseUrl: string;
  roomSecret: string;
  capacity: number | null;
  requiresApproval: boolean;
  registrationDeadline: Date | null;
  maxMeetingsPerParticipant: number;
  requestExpiryHours: number;
  tableCount: number;
  tableLabels: string[];
  cancelReason: string;
  createdBy: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  organisers: EventOrganiser[];
}

const EVENT_COLUMNS = `e.id, e.kind, e.status, e.original_language AS "originalLanguage", e.title, e.description,
  e.time_zone AS "timeZone", e.starts_at AS "startsAt", e.ends_at AS "endsAt", e.venue_mode AS "venueMode",
  e.venue_name AS "venueName", e.venue_address AS "venueAddress", e.city, e.country, e.online_url AS "onlineUrl",
  e.meeting_room_base_url AS "meetingRoomBaseUrl", e.room_secret AS "roomSecret", e.capacity,
  e.requires_approval AS "requiresApproval", e.registration_deadline AS "registrationDeadline",
  e.max_meetings_per_participant AS "maxMeetingsPerParticipant", e.request_expiry_hours AS "requestExpiryHours",
  e.table_count AS "tableCount", e.table_labels AS "tableLabels", e.cancel_reason AS "cancelReason",
  e.created_by AS "createdBy", e.version, e.created_at AS "createdAt", e.updated_at AS "updatedAt",
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('id', o.id, 'slug', o.slug, 'name', o.name, 'kind', o.kind,
     'country', o.country) ORDER BY eo.position), '[]'::jsonb)
   FROM event_organisers eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.event_id = e.id) AS organisers`;

export async function findEvent(db: Queryable, id: string, forUpdate = false): Promise<EventRecord | null> {
  const { rows } = await db.query<EventRecord>(
    `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = $1${forUpdate ? ' FOR UPDATE OF e' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** The writable columns of an event. */
export interface EventContentRow {
  kind: EventKind;
  originalLanguage: Language;
  title: MultilingualText;
  description: MultilingualText;
  timeZone: string;
  startsAt: Date;
  endsAt: Date;
  venueMode: VenueMode;
  venueName: string;
  venueAddress: string;
  city: string;
  country: Country | null;
  onlineUrl: string | null;
  meetingRoomBaseUrl: string;
  capacity: number | null;
  requiresApproval: boolean;
  registrationDeadline: Date | null;
  maxMeetingsPerParticipant: number;
  requestExpiryHours: number;
  tableCount: number;
  tableLabels: string[];
}

function contentParams(c: EventContentRow): unknown[] {
  return [
    c.kind,
    c.originalLanguage,
    JSON.stringify(c.title),
    JSON.stringify(c.description),
    c.timeZone,
    c.startsAt,
    c.endsAt,
    c.venueMode,
    c.venueName,
    c.venueAddress,
    c.city,
    c.country,
    c.onlineUrl,
    c.meetingRoomBaseUrl,
    c.capacity,
    c.requiresApproval,
    c.registrationDeadline,
    c.maxMeetingsPerParticipant,
    c.requestExpiryHours,
    c.tableCount,
    c.tableLabels,
  ];
}

export async function insertEvent(
  db: Queryable,
  row: EventContentRow & { roomSecret: string; createdBy: string; now: Date },
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO events (kind, original_language, title, description, time_zone, starts_at, ends_at, venue_mode,
       venue_name, venue_address, city, country, online_url, meeting_room_base_url, capacity, requires_approval,
       registration_deadline, max_meetings_per_participant, request_expiry_hours, table_count, table_labels,
       room_secret, created_by, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
       $22, $23, $24, $24)
     RETURNING id`,
    [...contentParams(row), row.roomSecret, row.createdBy, row.now],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into events returned no row');
  return inserted.id;
}

export async function insertOrganisers(db: Queryable, eventId: string, organisationIds: readonly string[]) {
  for (const [position, organisationId] of organisationIds.entries()) {
    await db.query('INSERT INTO event_organisers (event_id, organisation_id, position) VALUES ($1, $2, $3)', [
      eventId,
      organisationId,
      position,
    ]);
  }
}

/** Adds an organising organisation after the others; nothing happens when it already organises. */
export async function addOrganiser(db: Queryable, eventId: string, organisationId: string): Promise<void> {
  await db.query(
    `INSERT INTO event_organisers (event_id, organisation_id, position)
     SELECT $1, $2, COALESCE(MAX(position) + 1, 0) FROM event_organisers WHERE event_id = $1
     ON CONFLICT (event_id, organisation_id) DO NOTHING`,
    [eventId, organisationId],
  );
}

/** Removes an organising organisation; the number of rows removed (0 when it did not organise). */
export async function removeOrganiser(
  db: Queryable,
  eventId: string,
  organisationId: string,
): Promise<number> {
  const { rowCount } = await db.query(
    'DELETE FROM event_organisers WHERE event_id = $1 AND organisation_id = $2',
    [eventId, organisationId],
  );
  return rowCount;
}

/** Marks the event changed (its organisers are part of it): bumps the version and the time. */
export async function touchEvent(db: Queryable, eventId: string, now: Date): Promise<void> {
  await db.query('UPDATE events SET version = version + 1, updated_at = $2 WHERE id = $1', [eventId, now]);
}

export async function updateEventContent(
  db: Queryable,
  id: string,
  content: EventContentRow,
  now: Date,
): Promise<void> {
  await db.query(
    `UPDATE events SET kind = $1, original_language = $2, title = $3, description = $4, time_zone = $5,
       starts_at = $6, ends_at = $7, venue_mode = $8, venue_name = $9, venue_address = $10, city = $11,
       country = $12, online_url = $13, meeting_room_base_url = $14, capacity = $15, requires_approval = $16,
       registration_deadline = $17, max_meetings_per_participant = $18, request_expiry_hours = $19,
       table_count = $20, table_labels = $21, updated_at = $22, version = version + 1
     WHERE id = $23`,
    [...contentParams(content), now, id],
  );
}

export async function setEventStatus(
  db: Queryable,
  id: string,
  status: EventStatus,
  now: Date,
  cancelReason?: string,
): Promise<void> {
  await db.query(
    `UPDATE events SET status = $2, updated_at = $3, version = version + 1,
       cancel_reason = COALESCE($4, cancel_reason) WHERE id = $1`,
    [id, status, now, cancelReason ?? null],
  );
}

/** Filters for listing events, already resolved to what the reader may see. */
export interface EventFilter {
  kinds?: readonly string[] | undefined;
  countries?: readonly string[] | undefined;
  statuses: readonly string[];
  organisationId?: string | undefined;
  endsAfter?: Date | undefined;
  /** Drafts are shown for events organised by these organisations, or all of them (administrators). */
  visibility: { all: boolean; organiserOf: readonly string[] };
}

const SORT_KEY = `to_char(e.starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;

function buildWhere(filter: EventFilter, params: unknown[]): string {
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const conditions = [`e.status = ANY(${bind(filter.statuses)}::text[])`];
  if (!filter.visibility.all) {
    conditions.push(`(e.status <> 'draft' OR EXISTS (SELECT 1 FROM event_organisers v
      WHERE v.event_id = e.id AND v.organisation_id = ANY(${bind(filter.visibility.organiserOf)}::uuid[])))`);
  }
  if (filter.kinds?.length) conditions.push(`e.kind = ANY(${bind(filter.kinds)}::text[])`);
  if (filter.countries?.length) conditions.push(`e.country = ANY(${bind(filter.countries)}::text[])`);
  if (filter.organisationId) {
    conditions.push(`EXISTS (SELECT 1 FROM event_organisers f WHERE f.event_id = e.id
      AND f.organisation_id = ${bind(filter.organisationId)}::uuid)`);
  }
  if (filter.endsAfter) conditions.push(`e.ends_at >= ${bind(filter.endsAfter)}`);
  return conditions.join(' AND ');
}

/** One page of events, soonest first, after the cursor position. */
export async function listEvents(
  db: Queryable,
  filter: EventFilter,
  after: { key: string; id: string } | null,
  limit: number,
): Promise<Array<EventRecord & { sortKey: string }>> {
  const params: unknown[] = [];
  let where = buildWhere(filter, params);
  if (after) {
    params.push(after.key, after.id);
    where += ` AND (${SORT_KEY}, e.id) > ($${params.length - 1}, $${params.length}::uuid)`;
  }
  params.push(limit);
  const { rows } = await db.query<EventRecord & { sortKey: string }>(
    `SELECT ${EVENT_COLUMNS}, ${SORT_KEY} AS "sortKey" FROM events e WHERE ${where}
     ORDER BY ${SORT_KEY}, e.id LIMIT $${params.length}`,
    params,
  );
  return rows;
}

export async function countEvents(db: Queryable, filter: EventFilter): Promise<number> {
  const params: unknown[] = [];
  const where = buildWhere(filter, params);
  const { rows } = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM events e WHERE ${where}`,
    params,
  );
  return rows[0]?.n ?? 0;
}

/** A programme session. */
export interface SessionRecord {
  id: string;
  eventId: string;
  title: MultilingualText;
  description: MultilingualText;
  location: string;
  startsAt: Date;
  endsAt: Date;
}

const SESSION_COLUMNS = `s.id, s.event_id AS "eventId", s.title, s.description, s.location,
  s.starts_at AS "startsAt", s.ends_at AS "endsAt"`;

export async function listSessions(db: Queryable, eventId: string): Promise<SessionRecord[]> {
  const { rows } = await db.query<SessionRecord>(
    `SELECT ${SESSION_COLUMNS} FROM event_sessions s WHERE s.event_id = $1 ORDER BY s.starts_at, s.id`,
    [eventId],
  );
  return rows;
}

export async function findSession(db: Queryable, eventId: string, id: string): Promise<SessionRecord | null> {
  const { rows } = await db.query<SessionRecord>(
    `SELECT ${SESSION_COLUMNS} FROM event_sessions s WHERE s.event_id = $1 AND s.id = $2`,
    [eventId, id],
  );
  return rows[0] ?? null;
}

export async function insertSession(db: Queryable, row: Omit<SessionRecord, 'id'>): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO event_sessions (event_id, title, description, location, starts_at, ends_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      row.eventId,
      JSON.stringify(row.title),
      JSON.stringify(row.description),
      row.location,
      row.startsAt,
      row.endsAt,
    ],
  );
  const inserted = rows[0];
  if (!inserted) throw new Error('insert into event_sessions returned no row');
  return inserted.id;
}

export async function updateSession(db: Queryable, row: SessionRecord): Promise<void> {
  await db.query(
    `UPDATE event_sessions SET title = $3, description = $4, location = $5, starts_at = $6, ends_at = $7
     WHERE event_id = $1 AND id = $2`,
    [
      row.eventId,
      row.id,
      JSON.stringify(row.title),
      JSON.stringify(row.description),
      row.location,
      row.startsAt,
      row.endsAt,
    ],
  );
}

export async function deleteSession(db: Queryable, eventId: string, id: string): Promise<number> {
  const result = await db.query('DELETE FROM event_sessions WHERE event_id = $1 AND id = $2', [eventId, id]);
  return result.rowCount;
}

/** A 1:1 meeting slot. */
export interface SlotRecord {
  slotNumber: number;
  startsAt: Date;
  endsAt: Date;
}

export async function listSlots(db: Queryable, eventId: string): Promise<SlotRecord[]> {
  const { rows } = await db.query<SlotRecord>(
    `SELECT slot_number AS "slotNumber", starts_at AS "startsAt", ends_at AS "endsAt"
     FROM event_meeting_slots WHERE event_id = $1 ORDER BY slot_number`,
    [eventId],
  );
  return rows;
}

/** Replaces the slots, clearing what referred to the old slot numbers: blocked slots and slot pins. */
export async function replaceSlots(
  db: Queryable,
  eventId: string,
  slots: readonly SlotRecord[],
): Promise<void> {
  await db.query('DELETE FROM event_meeting_slots WHERE event_id = $1', [eventId]);
  await db.query(`UPDATE event_registrations SET unavailable_slots = '{}' WHERE event_id = $1`, [eventId]);
  await db.query('UPDATE meeting_requests SET fixed_slot = NULL WHERE event_id = $1', [eventId]);
  for (const slot of slots) {
    await db.query(
      'INSERT INTO event_meeting_slots (event_id, slot_number, starts_at, ends_at) VALUES ($1, $2, $3, $4)',
      [eventId, slot.slotNumber, slot.startsAt, slot.endsAt],
    );
  }
}

/** Whether the event has ever had a schedule published (slots and tables are then fixed). */
export async function hasPublishedSchedule(db: Queryable, eventId: string): Promise<boolean> {
  const { rows } = await db.query(
    `SELECT 1 FROM event_schedules WHERE event_id = $1 AND status IN ('published', 'superseded') LIMIT 1`,
    [eventId],
  );
  return rows.length > 0;
}

/** Unanswered requests of the event expire `hours` after they were sent. */
export async function updatePendingRequestExpiry(
  db: Queryable,
  eventId: string,
  hours: number,
): Promise<void> {
  await db.query(
    `UPDATE meeting_requests SET expires_at = created_at + make_interval(hours => $2::int)
     WHERE event_id = $1 AND status = 'pending'`,
    [eventId, hours],
  );
}
