/**
 * The events API (docs/events.md) as the web app uses it: the JSON shapes, typed calls and TanStack
 * Query hooks for brokerage events, registrations, meeting requests, schedules, agendas and reports.
 * The enumerations are written out here rather than imported from the server's zod schemas, which
 * would pull zod into the browser bundle; the e2e test keeps both sides honest.
 */
import { useQuery } from '@tanstack/react-query';
import type { Country, Language, MultilingualText, OrganisationKind } from '../domain';
import { api, isApiError, queryString } from './client';

export const EVENT_KINDS = ['brokerage_event', 'roadshow', 'competition', 'training', 'conference'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const VENUE_MODES = ['venue', 'online', 'hybrid'] as const;
export type VenueMode = (typeof VENUE_MODES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const REGISTRATION_STATUSES = ['pending', 'approved', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const ATTENDANCE_MODES = ['on_site', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_ATTENDANCE = ['held', 'requester_no_show', 'recipient_no_show', 'both_no_show'] as const;
export type MeetingAttendance = (typeof MEETING_ATTENDANCE)[number];

export const UNPLACED_REASONS = [
  'invalid_meeting',
  'no_allowed_slot',
  'participant_overloaded',
  'no_common_free_slot',
  'tables_full',
  'precedence',
] as const;
export type UnplacedReason = (typeof UNPLACED_REASONS)[number];

/** An instant as the events API gives it: UTC, and the wall-clock time in the event's zone with its offset. */
export interface EventTime {
  utc: string;
  /** e.g. `2026-12-03T09:00:00+06:30` */
  local: string;
  /** e.g. `+06:30` */
  offset: string;
}

export interface EventOrganiser {
  id: string;
  slug: string;
  name: MultilingualText;
  kind: OrganisationKind;
  country: Country;
}

export interface ProgrammeSession {
  id: string;
  title: MultilingualText;
  description: MultilingualText;
  location: string;
  startsAt: EventTime;
  endsAt: EventTime;
}

export interface MeetingSlot {
  slot: number;
  startsAt: EventTime;
  endsAt: EventTime;
}

export interface CorridorEvent {
  id: string;
  kind: EventKind;
  status: EventStatus;
  originalLanguage: Language;
  title: MultilingualText;
  description: MultilingualText;
  timeZone: string;
  startsAt: EventTime;
  endsAt: EventTime;
  venue: {
    mode: VenueMode;
    name: string;
    address: string;
    city: string;
    country: Country | null;
    onlineUrl: string | null;
  };
  organisers: EventOrganiser[];
  registration: {
    open: boolean;
    capacity: number | null;
    requiresApproval: boolean;
    deadline: EventTime | null;
    /** Only on the single-event answer. */
    approved?: number;
  };
  meetings: {
    maxPerParticipant: number;
    requestExpiryHours: number;
    tableCount: number;
    tableLabels: string[];
    /** Organisers only. */
    roomBaseUrl?: string;
  };
  /** Only on the single-event answer. */
  sessions?: ProgrammeSession[];
  slots?: MeetingSlot[];
  cancelReason: string | null;
  viewer: { organiser: boolean };
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** What the organiser edits; times are wall-clock times in the event's zone (`2026-12-03T09:00`). */
export interface EventInput {
  kind: EventKind;
  originalLanguage: Language;
  title: MultilingualText;
  description: MultilingualText;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  venueMode: VenueMode;
  venueName: string;
  venueAddress: string;
  city: string;
  country: Country | null;
  onlineUrl: string | null;
  meetingRoomBaseUrl?: string;
  capacity: number | null;
  requiresApproval: boolean;
  registrationDeadline: string | null;
  maxMeetingsPerParticipant: number;
  requestExpiryHours: number;
  tableCount: number;
  tableLabels: string[];
}

export interface SessionInput {
  title: MultilingualText;
  description?: MultilingualText;
  location: string;
  startsAt: string;
  endsAt: string;
}

export interface SlotBlockInput {
  startsAt: string;
  endsAt: string;
  meetingMinutes: number;
  breakMinutes: number;
}

export interface Participant {
  id: string;
  organisation: EventOrganiser;
  attendanceMode: AttendanceMode;
  offer: MultilingualText;
  seek: MultilingualText;
  profileIds: string[];
  sectors: string[];
  keywords: string[];
  delegates: Array<{ userId: string; displayName: string; email?: string }>;
}

export interface Registration extends Participant {
  eventId: string;
  status: RegistrationStatus;
  language: Language;
  availability: { unavailableSlots: number[]; sessionIds: string[] };
  checkIn: { url: string; checkedInAt: EventTime | null };
  decision: { decidedAt: EventTime | null; reason: string };
  createdAt: string;
  updatedAt: string;
}

/** The participant profile: what is sent when registering (with the organisation) or editing. */
export interface ParticipantProfileInput {
  attendanceMode: AttendanceMode;
  language: Language;
  offer: MultilingualText;
  seek: MultilingualText;
  profileIds: string[];
  sectors: string[];
  keywords: string[];
}

export interface MeetingSide {
  registrationId: string;
  organisationId: string;
  organisationName: MultilingualText;
  country: Country;
  attendanceMode: AttendanceMode;
}

export interface MeetingPlacement {
  slot: number;
  table: number;
  tableLabel: string;
  startsAt: EventTime | null;
  endsAt: EventTime | null;
  online: boolean;
  roomUrl: string | null;
}

export interface FollowUp {
  registrationId: string;
  happened: boolean;
  followUp: boolean;
  comment: string;
  submittedAt: EventTime;
}

export interface Meeting {
  id: string;
  eventId: string;
  status: MeetingStatus;
  requester: MeetingSide;
  recipient: MeetingSide;
  message: string;
  mustMeet: { requester: boolean; recipient: boolean };
  priority: number;
  response: { reason: string; respondedAt: EventTime | null };
  expiresAt: EventTime;
  pins: { fixedSlot: number | null; fixedTable: number | null };
  placement: MeetingPlacement | null;
  attendance: MeetingAttendance | null;
  followUps: FollowUp[];
  followUpAgreed: boolean;
  cooperationId: string | null;
  createdAt: EventTime;
}

export type SuggestionReason =
  | { kind: 'shared_sector'; sector: string }
  | { kind: 'related_sector'; group: string }
  | { kind: 'shared_keyword'; keyword: string }
  | { kind: 'offers_what_you_seek' }
  | { kind: 'seeks_what_you_offer' }
  | { kind: 'docking_match'; profileId: string; matchedProfileId: string; strength: number }
  | {
      kind: 'text_match';
      direction: 'offers_what_you_seek' | 'seeks_what_you_offer';
      terms: string[];
      strength: number;
    };

export interface Suggestion {
  participant: Participant;
  score: number;
  reasons: SuggestionReason[];
}

/** A scheduler run carried out in the background (GET /events/{id}/schedule-runs/{runId}). */
export interface ScheduleRun {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed';
  seed: number;
  scheduleId: string | null;
  error: { code: string; message: string } | null;
  requestedAt: EventTime;
  startedAt: EventTime | null;
  finishedAt: EventTime | null;
}

export interface ScheduleSummary {
  id: string;
  version: number;
  status: 'draft' | 'published' | 'superseded';
  basedOnId: string | null;
  score: ScheduleScore;
  createdAt: EventTime;
  publishedAt: EventTime | null;
}

export interface ScheduleScore {
  placed: number;
  requested: number;
  placedWeight: number;
  requestedWeight: number;
  totalBreaks: number;
  fairnessGap: number;
  minShare: number;
}

export interface Schedule extends ScheduleSummary {
  eventId: string;
  slotCount: number;
  tableCount: number;
  seed: number;
  stats: { stoppedBy: 'proven_optimal' | 'bound_reached' | 'iterations' | 'time'; iterations: number };
  placements: Array<
    MeetingPlacement & { meetingId: string; meetingStatus: MeetingStatus | null; participants: MeetingSide[] }
  >;
  unplaced: Array<{ meetingId: string; reason: UnplacedReason; participants: MeetingSide[] }>;
  changes: Array<{
    registrationId: string;
    organisationName: MultilingualText;
    moved: unknown[];
    added: unknown[];
    dropped: unknown[];
  }>;
}

export interface AgendaItem {
  kind: 'meeting' | 'session';
  id: string;
  startsAt: EventTime;
  endsAt: EventTime;
  title: string;
  place: string;
  meeting?: MeetingPlacement & {
    partner: { registrationId: string; organisationName: string; country: Country; delegates: string[] };
    attendance: MeetingAttendance | null;
  };
}

export interface Agenda {
  event: { id: string; title: string; timeZone: string; offset: string; venue: string };
  participant: { registrationId: string; organisationName: string; country: Country; delegates: string[] };
  language: Language;
  /** `changes`: what this version changed for the participant, in the agenda's language. */
  schedule: { published: boolean; version: number | null; changes: string[] };
  items: AgendaItem[];
}

export interface TablePlan {
  event: { id: string; title: string; timeZone: string };
  schedule: { id: string; version: number; status: string };
  slots: Array<{
    slot: number;
    startsAt: EventTime;
    endsAt: EventTime;
    tables: Array<{
      table: number;
      tableLabel: string;
      meetingId: string;
      participants: Array<{ registrationId: string; organisationName: string; country: Country }>;
      online: boolean;
      roomUrl: string | null;
    }>;
  }>;
}

export interface RegistrationBreakdown {
  registered: number;
  approved: number;
  checkedIn: number;
}

export interface EventReport {
  event: { id: string; title: MultilingualText; timeZone: string };
  generatedAt: EventTime;
  registrations: {
    registered: number;
    byStatus: Record<RegistrationStatus, number>;
    checkedIn: number;
  };
  byCountry: Array<RegistrationBreakdown & { country: Country }>;
  byOrganisationKind: Array<RegistrationBreakdown & { kind: OrganisationKind }>;
  meetings: {
    requests: number;
    pending: number;
    accepted: number;
    declined: number;
    expired: number;
    cancelled: number;
    scheduled: number;
    held: number;
    noShows: number;
    followUpsWanted: number;
    mutualFollowUps: number;
  };
}

export interface CheckInResult {
  participant: Participant;
  checkedInAt: EventTime;
  alreadyCheckedIn: boolean;
}

interface Items<T> {
  items: T[];
  nextCursor?: string | null;
  total?: number;
}

/** Query keys of the events API; `['event', id]` prefixes everything about one event. */
export const eventKeys = {
  list: (params: Record<string, string | undefined>) => ['events', params] as const,
  event: (id: string) => ['event', id] as const,
  mine: (id: string) => ['event', id, 'registration', 'mine'] as const,
  registrations: (id: string, status: string) => ['event', id, 'registrations', status] as const,
  participants: (id: string) => ['event', id, 'participants'] as const,
  suggestions: (id: string, registrationId: string) => ['event', id, 'suggestions', registrationId] as const,
  meetings: (id: string, registrationId: string | null) => ['event', id, 'meetings', registrationId] as const,
  agenda: (id: string, registrationId: string) => ['event', id, 'agenda', registrationId] as const,
  schedules: (id: string) => ['event', id, 'schedules'] as const,
  schedule: (id: string, scheduleId: string) => ['event', id, 'schedule', scheduleId] as const,
  scheduleRun: (id: string, runId: string) => ['event', id, 'schedule-run', runId] as const,
  scheduleRuns: (id: string) => ['event', id, 'schedule-runs'] as const,
  tablePlan: (id: string) => ['event', id, 'table-plan'] as const,
  report: (id: string) => ['event', id, 'report'] as const,
};

const base = (id: string) => `/events/${encodeURIComponent(id)}`;

/** Addresses of the API's documents, for links the browser downloads or opens itself. */
export const eventDocuments = {
  agenda: (eventId: string, registrationId: string, format: 'ics' | 'pdf' | 'html', lang: Language) =>
    `/api/v1${base(eventId)}/registrations/${registrationId}/agenda${queryString({ format, lang })}`,
  checkInCode: (eventId: string, registrationId: string) =>
    `/api/v1${base(eventId)}/registrations/${registrationId}/check-in-code`,
  tablePlan: (eventId: string, format: 'csv' | 'pdf' | 'html', lang: Language) =>
    `/api/v1${base(eventId)}/table-plan${queryString({ format, lang })}`,
  report: (eventId: string, format: 'csv' | 'pdf' | 'html', lang: Language) =>
    `/api/v1${base(eventId)}/report${queryString({ format, lang })}`,
};

/** The check-in token inside a QR code's address (`…/events/<id>/check-in/<token>`). */
export function checkInToken(url: string): string {
  return url.split('/').pop() ?? '';
}

export const eventsApi = {
  create: (body: EventInput & { organiserIds: string[] }) =>
    api<CorridorEvent>('/events', { method: 'POST', body }),
  update: (id: string, body: Partial<EventInput>) => api<CorridorEvent>(base(id), { method: 'PATCH', body }),
  publish: (id: string) => api<CorridorEvent>(`${base(id)}/publish`, { method: 'POST' }),
  addOrganiser: (id: string, organisationId: string) =>
    api<CorridorEvent>(`${base(id)}/organisers`, { method: 'POST', body: { organisationId } }),
  /** The event as it now is; undefined when you removed your own organisation and no longer see it. */
  removeOrganiser: (id: string, organisationId: string) =>
    api<CorridorEvent | undefined>(`${base(id)}/organisers/${organisationId}`, { method: 'DELETE' }),
  cancel: (id: string, reason: string) =>
    api<CorridorEvent>(`${base(id)}/cancel`, { method: 'POST', body: { reason } }),
  addSession: (id: string, body: SessionInput) =>
    api<ProgrammeSession>(`${base(id)}/sessions`, { method: 'POST', body }),
  removeSession: (id: string, sessionId: string) =>
    api<void>(`${base(id)}/sessions/${sessionId}`, { method: 'DELETE' }),
  setSlots: (id: string, blocks: SlotBlockInput[]) =>
    api<Items<MeetingSlot>>(`${base(id)}/slots`, { method: 'PUT', body: { blocks } }),
  register: (
    id: string,
    body: Partial<ParticipantProfileInput> & { organisationId: string; delegateUserIds: string[] },
  ) => api<Registration>(`${base(id)}/registrations`, { method: 'POST', body }),
  updateRegistration: (id: string, registrationId: string, body: Partial<ParticipantProfileInput>) =>
    api<Registration>(`${base(id)}/registrations/${registrationId}`, { method: 'PATCH', body }),
  setDelegates: (id: string, registrationId: string, userIds: string[]) =>
    api<Registration>(`${base(id)}/registrations/${registrationId}/delegates`, {
      method: 'PUT',
      body: { userIds },
    }),
  setAvailability: (
    id: string,
    registrationId: string,
    body: { unavailableSlots: number[]; sessionIds: string[] },
  ) => api<Registration>(`${base(id)}/registrations/${registrationId}/availability`, { method: 'PUT', body }),
  decide: (
    id: string,
    registrationId: string,
    decision: 'approve' | 'decline' | 'waitlist',
    reason: string,
  ) =>
    api<Registration>(`${base(id)}/registrations/${registrationId}/decision`, {
      method: 'POST',
      body: { decision, reason },
    }),
  withdraw: (id: string, registrationId: string) =>
    api<Registration>(`${base(id)}/registrations/${registrationId}/cancel`, { method: 'POST' }),
  checkIn: (id: string, token: string) =>
    api<CheckInResult>(`${base(id)}/check-in`, { method: 'POST', body: { token } }),
  requestMeeting: (id: string, body: { toRegistrationId: string; message: string; mustMeet: boolean }) =>
    api<Meeting>(`${base(id)}/meetings`, { method: 'POST', body }),
  acceptMeeting: (id: string, meetingId: string, mustMeet: boolean) =>
    api<Meeting>(`${base(id)}/meetings/${meetingId}/accept`, { method: 'POST', body: { mustMeet } }),
  declineMeeting: (id: string, meetingId: string, reason: string) =>
    api<Meeting>(`${base(id)}/meetings/${meetingId}/decline`, { method: 'POST', body: { reason } }),
  cancelMeeting: (id: string, meetingId: string, reason: string) =>
    api<Meeting>(`${base(id)}/meetings/${meetingId}/cancel`, { method: 'POST', body: { reason } }),
  /** Pins an accepted meeting to a slot and/or table for the scheduler; null removes a pin. */
  pinMeeting: (
    id: string,
    meetingId: string,
    pins: { fixedSlot: number | null; fixedTable: number | null },
  ) => api<Meeting>(`${base(id)}/meetings/${meetingId}/pins`, { method: 'PATCH', body: pins }),
  markAttendance: (id: string, meetingId: string, attendance: MeetingAttendance) =>
    api<Meeting>(`${base(id)}/meetings/${meetingId}/attendance`, { method: 'POST', body: { attendance } }),
  followUp: (
    id: string,
    meetingId: string,
    body: { registrationId: string; happened: boolean; followUp: boolean; comment: string },
  ) => api<Meeting>(`${base(id)}/meetings/${meetingId}/follow-up`, { method: 'PUT', body }),
  /** Queues a background run (a large event may search for a minute); follow it with useScheduleRun. */
  requestScheduleRun: (id: string, seed: number) =>
    api<ScheduleRun>(`${base(id)}/schedule-runs`, { method: 'POST', body: { seed } }),
  publishSchedule: (id: string, scheduleId: string) =>
    api<Schedule>(`${base(id)}/schedules/${scheduleId}/publish`, { method: 'POST' }),
};

export function useEvents(params: Record<string, string | undefined>, enabled = true) {
  return useQuery({
    queryKey: eventKeys.list(params),
    queryFn: ({ signal }) => api<Items<CorridorEvent>>(`/events${queryString(params)}`, { signal }),
    enabled,
  });
}

export function useEvent(id: string) {
  return useQuery({ queryKey: eventKeys.event(id), queryFn: () => api<CorridorEvent>(base(id)) });
}

/** The registration the signed-in person acts for; null when there is none. */
export function useMyRegistration(id: string, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.mine(id),
    queryFn: () =>
      api<Registration>(`${base(id)}/registrations/mine`).catch((error: unknown) => {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }),
    enabled,
  });
}

export function useRegistrations(id: string, status: string, enabled = true) {
  return useQuery({
    queryKey: eventKeys.registrations(id, status),
    queryFn: () =>
      api<Items<Registration>>(`${base(id)}/registrations${queryString({ status, limit: 200 })}`).then(
        (r) => r.items,
      ),
    enabled,
  });
}

export function useParticipants(id: string, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.participants(id),
    queryFn: () =>
      api<Items<Participant>>(`${base(id)}/participants${queryString({ limit: 200 })}`).then((r) => r.items),
    enabled,
  });
}

export function useSuggestions(id: string, registrationId: string, enabled: boolean) {
  return useQuery({
    queryKey: eventKeys.suggestions(id, registrationId),
    queryFn: () =>
      api<{ method: string; items: Suggestion[] }>(
        `${base(id)}/registrations/${registrationId}/suggestions${queryString({ limit: 10 })}`,
      ),
    enabled,
  });
}

/** A participant's requests and meetings (registrationId), or all of the event's for organisers (null). */
export function useMeetings(id: string, registrationId: string | null, enabled = true) {
  return useQuery({
    queryKey: eventKeys.meetings(id, registrationId),
    queryFn: () =>
      api<Items<Meeting>>(
        `${base(id)}/meetings${queryString({ registrationId: registrationId ?? undefined, limit: 200 })}`,
      ).then((r) => r.items),
    enabled,
  });
}

export function useAgenda(id: string, registrationId: string, language: Language, enabled: boolean) {
  return useQuery({
    queryKey: [...eventKeys.agenda(id, registrationId), language],
    queryFn: () =>
      api<Agenda>(`${base(id)}/registrations/${registrationId}/agenda${queryString({ lang: language })}`),
    enabled,
  });
}

export function useSchedules(id: string) {
  return useQuery({
    queryKey: eventKeys.schedules(id),
    queryFn: () => api<Items<ScheduleSummary>>(`${base(id)}/schedules`).then((r) => r.items),
  });
}

/** The event's latest background scheduler runs, newest first (to resume following an active one). */
export function useScheduleRuns(id: string) {
  return useQuery({
    queryKey: eventKeys.scheduleRuns(id),
    queryFn: () => api<Items<ScheduleRun>>(`${base(id)}/schedule-runs`).then((r) => r.items),
  });
}

/** A background scheduler run, asked again every two seconds until it is done or failed. */
export function useScheduleRun(id: string, runId: string | null) {
  return useQuery({
    queryKey: eventKeys.scheduleRun(id, runId ?? ''),
    queryFn: () => api<ScheduleRun>(`${base(id)}/schedule-runs/${runId}`),
    enabled: runId !== null,
    refetchInterval: (query) => {
      const status = query.state.data?.status;
      return status === 'done' || status === 'failed' ? false : SCHEDULE_RUN_POLL_MS;
    },
  });
}

const SCHEDULE_RUN_POLL_MS = 2000;

export function useSchedule(id: string, scheduleId: string | null) {
  return useQuery({
    queryKey: eventKeys.schedule(id, scheduleId ?? ''),
    queryFn: () => api<Schedule>(`${base(id)}/schedules/${scheduleId}`),
    enabled: scheduleId !== null,
  });
}

/** The published table plan; null while no schedule is published. */
export function useTablePlan(id: string, language: Language) {
  return useQuery({
    queryKey: [...eventKeys.tablePlan(id), language],
    queryFn: () =>
      api<TablePlan>(`${base(id)}/table-plan${queryString({ lang: language })}`).catch((error: unknown) => {
        if (isApiError(error) && error.code === 'ScheduleNotPublished') return null;
        throw error;
      }),
  });
}

export function useReport(id: string) {
  return useQuery({ queryKey: eventKeys.report(id), queryFn: () => api<EventReport>(`${base(id)}/report`) });
}
