import { z } from 'zod';
import { COUNTRIES, LANGUAGES } from '../../domain/vocabulary.js';
import { cleanText, multilingualText, queryList } from '../../platform/validation.js';
import { isTimeZone } from './event-time.js';
import { EVENT_STATUSES } from './events.policy.js';

/** Docking fair / brokerage event, roadshow, competition, training, conference. */
export const EVENT_KINDS = ['brokerage_event', 'roadshow', 'competition', 'training', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** At a venue, online, or both. */
export const VENUE_MODES = ['venue', 'online', 'hybrid'] as const;
export type VenueMode = (typeof VENUE_MODES)[number];

/** Where online 1:1 meeting rooms live unless the organiser names another service. */
export const DEFAULT_MEETING_ROOM_BASE_URL = 'https://meet.jit.si';

export function uniqueList<T extends z.ZodType>(item: T, max: number, min = 0) {
  return z
    .array(item)
    .min(min)
    .max(max)
    .refine((list) => new Set(list.map((v) => JSON.stringify(v))).size === list.length, {
      params: { code: 'duplicate' },
    });
}

/**
 * An ISO 8601 date-time. With `Z` or an offset (`2026-12-03T02:30:00Z`, `...+06:30`) it is that
 * instant; without (`2026-12-03T09:00`) it is the wall-clock time in the event's time zone.
 */
export const eventTimeInput = z.iso.datetime({ offset: true, local: true });

/** An IANA time zone, e.g. `Asia/Yangon` (UTC+6:30) or `Asia/Bangkok` (UTC+7). */
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isTimeZone, { params: { code: 'not_allowed_value' } });

export const webUrl = z.url({ protocol: /^https?$/ }).max(500);

function requireOriginalTitle(
  value: { title?: Record<string, string | undefined>; originalLanguage?: string },
  ctx: z.RefinementCtx,
): void {
  if (value.title && value.originalLanguage && !value.title[value.originalLanguage]) {
    ctx.addIssue({
      code: 'custom',
      path: ['title', value.originalLanguage],
      params: { code: 'required' },
      message: 'required',
    });
  }
}

const eventContent = {
  kind: z.enum(EVENT_KINDS),
  /** The language the event page was written in; its title is required. */
  originalLanguage: z.enum(LANGUAGES),
  /** The event's name, in up to seven languages. */
  title: multilingualText(200),
  /** The event page, in up to seven languages. */
  description: multilingualText(20_000),
  /** IANA zone the event takes place in; times without an offset are read in it. */
  timeZone: timeZoneSchema,
  /** When the event begins (see eventTimeInput). */
  startsAt: eventTimeInput,
  /** When the event ends; after startsAt. */
  endsAt: eventTimeInput,
  venueMode: z.enum(VENUE_MODES),
  /** The venue's name, e.g. "Lao-ITECC Exhibition Centre". */
  venueName: cleanText(200),
  venueAddress: cleanText(500),
  city: cleanText(120),
  /** The venue's country; null for an online event. */
  country: z.enum(COUNTRIES).nullable(),
  /** Where the online part of the event is streamed or held. */
  onlineUrl: webUrl.nullable(),
  /** Base address of online 1:1 meeting rooms; each meeting gets a fixed room under it. */
  meetingRoomBaseUrl: webUrl,
  /** Most approved participants; null for no limit. Beyond it registrations join the waiting list. */
  capacity: z.number().int().min(1).max(100_000).nullable(),
  /** Registrations wait for an organiser's approval (true) or are approved at once (false). */
  requiresApproval: z.boolean(),
  /** Last moment to register; null: until the event starts. */
  registrationDeadline: eventTimeInput.nullable(),
  /** Most meetings (accepted, or requested and waiting) a participant may have. */
  maxMeetingsPerParticipant: z.number().int().min(1).max(200),
  /** Unanswered meeting requests expire after this many hours. */
  requestExpiryHours: z.number().int().min(1).max(2160),
  /** Tables (or meeting rooms) available in every meeting slot. */
  tableCount: z.number().int().min(1).max(1000),
  /** Optional names of the tables in order, e.g. ["A1", "A2"]; unnamed tables show their number. */
  tableLabels: uniqueList(cleanText(60).pipe(z.string().min(1)), 1000),
};

export const createEventBody = z
  .object({
    /** The organising organisations; you must be an admin or editor of each (administrators excepted). */
    organiserIds: uniqueList(z.uuid(), 10, 1),
    ...eventContent,
    description: eventContent.description.default({}),
    venueName: eventContent.venueName.default(''),
    venueAddress: eventContent.venueAddress.default(''),
    city: eventContent.city.default(''),
    country: eventContent.country.default(null),
    onlineUrl: eventContent.onlineUrl.default(null),
    meetingRoomBaseUrl: eventContent.meetingRoomBaseUrl.default(DEFAULT_MEETING_ROOM_BASE_URL),
    capacity: eventContent.capacity.default(null),
    requiresApproval: eventContent.requiresApproval.default(true),
    registrationDeadline: eventContent.registrationDeadline.default(null),
    maxMeetingsPerParticipant: eventContent.maxMeetingsPerParticipant.default(12),
    requestExpiryHours: eventContent.requestExpiryHours.default(72),
    tableCount: eventContent.tableCount.default(10),
    tableLabels: eventContent.tableLabels.default([]),
  })
  .strict()
  .superRefine(requireOriginalTitle);
export type CreateEventBody = z.infer<typeof createEventBody>;

/** Changes to an event; omitted fields stay as they are. */
export const updateEventBody = z.object(eventContent).partial().strict().superRefine(requireOriginalTitle);
export type UpdateEventBody = z.infer<typeof updateEventBody>;

export const listEventsQuery = z
  .object({
    /** One or more kinds, comma-separated. */
    kind: queryList(z.enum(EVENT_KINDS)).optional(),
    /** Venue countries. */
    country: queryList(z.enum(COUNTRIES)).optional(),
    /** Statuses; the default is published. Drafts show only to their organisers. */
    status: queryList(z.enum(EVENT_STATUSES)).optional(),
    /** Events organised by this organisation. */
    organisationId: z.uuid().optional(),
    /** Events ending at or after this instant (ISO 8601); e.g. now for upcoming events. */
    endsAfter: z.iso.datetime({ offset: true }).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListEventsQuery = z.infer<typeof listEventsQuery>;

export const eventParams = z.object({ id: z.uuid() }).strict();
export const organiserParams = z.object({ id: z.uuid(), organisationId: z.uuid() }).strict();

export const addOrganiserBody = z
  .object({
    /** The organisation that will co-organise the event; you must be an admin or editor of it. */
    organisationId: z.uuid(),
  })
  .strict();
export const sessionParams = z.object({ id: z.uuid(), sessionId: z.uuid() }).strict();

const sessionContent = {
  /** The session's title, in up to seven languages; at least one. */
  title: multilingualText(200).refine((text) => Object.keys(text).length > 0, {
    params: { code: 'required' },
  }),
  description: multilingualText(5000),
  /** Room or place, e.g. "Hall B". */
  location: cleanText(200),
  startsAt: eventTimeInput,
  endsAt: eventTimeInput,
};

export const createSessionBody = z
  .object({
    ...sessionContent,
    description: sessionContent.description.default({}),
    location: sessionContent.location.default(''),
  })
  .strict();
export type CreateSessionBody = z.infer<typeof createSessionBody>;

export const updateSessionBody = z.object(sessionContent).partial().strict();
export type UpdateSessionBody = z.infer<typeof updateSessionBody>;

/** A block of back-to-back meeting slots, e.g. 09:00-12:00 in 20-minute meetings with 5-minute gaps. */
const slotBlock = z
  .object({
    startsAt: eventTimeInput,
    endsAt: eventTimeInput,
    /** Length of one meeting. */
    meetingMinutes: z.number().int().min(5).max(240),
    /** Pause between two meetings. */
    breakMinutes: z.number().int().min(0).max(120).default(0),
  })
  .strict();

export const MAX_SLOTS = 200;

export const meetingSlotsBody = z
  .object({
    /** The blocks of the meeting programme; slots are numbered 1..n across all blocks in time order. */
    blocks: z.array(slotBlock).max(20),
  })
  .strict();
export type MeetingSlotsBody = z.infer<typeof meetingSlotsBody>;

export const cancelEventBody = z
  .object({ reason: cleanText(2000).default('') })
  .strict()
  .default({ reason: '' });
