import { z } from 'zod';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { cleanText, queryList } from '../../platform/validation.js';

export const MEETING_STATUSES = ['pending', 'accepted', 'declined', 'expired', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** Whether a scheduled meeting took place, as the organisers mark it. */
export const MEETING_ATTENDANCE = ['held', 'requester_no_show', 'recipient_no_show', 'both_no_show'] as const;
export type MeetingAttendance = (typeof MEETING_ATTENDANCE)[number];

export const requestMeetingBody = z
  .object({
    /** The participant asking (yours); defaults to the registration you act for. */
    fromRegistrationId: z.uuid().optional(),
    /** The participant you want to meet. */
    toRegistrationId: z.uuid(),
    /** Why you want to meet. */
    message: cleanText(2000).default(''),
    /** "Must meet": the scheduler places such meetings first. */
    mustMeet: z.boolean().default(false),
  })
  .strict();
export type RequestMeetingBody = z.infer<typeof requestMeetingBody>;

export const acceptMeetingBody = z
  .object({
    /** Mark the meeting "must meet" from your side as well. */
    mustMeet: z.boolean().default(false),
  })
  .strict()
  .default({ mustMeet: false });

export const declineMeetingBody = z
  .object({
    /** Told to the participant who asked. */
    reason: cleanText(2000).pipe(z.string().min(1)),
  })
  .strict();

export const cancelMeetingBody = z
  .object({ reason: cleanText(2000).default('') })
  .strict()
  .default({ reason: '' });

export const pinMeetingBody = z
  .object({
    /** Keep the meeting in this slot when scheduling; null removes the pin. */
    fixedSlot: z.number().int().min(1).max(1000).nullable(),
    /** Keep the meeting at this table; null removes the pin. */
    fixedTable: z.number().int().min(1).max(1000).nullable(),
  })
  .partial()
  .strict();

export const attendanceBody = z.object({ attendance: z.enum(MEETING_ATTENDANCE) }).strict();

export const followUpBody = z
  .object({
    /** Your side; needed only when you act for both participants of the meeting. */
    registrationId: z.uuid().optional(),
    /** Did the meeting take place? */
    happened: z.boolean(),
    /** Do you want to follow up with this partner? When both sides do, a cooperation is opened. */
    followUp: z.boolean(),
    comment: cleanText(2000).default(''),
  })
  .strict();
export type FollowUpBody = z.infer<typeof followUpBody>;

export const listMeetingsQuery = z
  .object({
    /** Only the meetings of this participant; participants see their own anyway. */
    registrationId: z.uuid().optional(),
    /** Requests this participant sent or received. */
    direction: z.enum(['sent', 'received', 'all']).default('all'),
    status: queryList(z.enum(MEETING_STATUSES)).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListMeetingsQuery = z.infer<typeof listMeetingsQuery>;

export const meetingParams = z.object({ id: z.uuid(), meetingId: z.uuid() }).strict();

export const suggestionsQuery = z
  .object({ limit: z.coerce.number().int().min(1).max(50).default(10) })
  .strict();

export const runScheduleBody = z
  .object({
    /** Seed of the scheduler's choices; the same seed and budget give the same schedule. */
    seed: z.number().int().min(0).max(2_147_483_647).default(1),
    /** Search steps allowed; more can place more meetings with fewer breaks on large events. */
    maxIterations: z.number().int().min(1000).max(4_000_000).default(200_000),
  })
  .strict()
  .default({ seed: 1, maxIterations: 200_000 });

export const scheduleParams = z.object({ id: z.uuid(), scheduleId: z.uuid() }).strict();
export const scheduleRunParams = z.object({ id: z.uuid(), runId: z.uuid() }).strict();

export const DOCUMENT_FORMATS = ['json', 'csv', 'pdf', 'html'] as const;
export const AGENDA_FORMATS = ['json', 'ics', 'pdf', 'html'] as const;

export const agendaQuery = z
  .object({
    /** json (default), ics (RFC 5545 calendar), pdf (printable, needs Chromium) or html (printable page). */
    format: z.enum(AGENDA_FORMATS).default('json'),
    /** Language of the agenda; defaults to the participant's language. */
    lang: z.enum(LANGUAGES).optional(),
  })
  .strict();

export const documentQuery = z
  .object({
    format: z.enum(DOCUMENT_FORMATS).default('json'),
    /** Language of the document; defaults to yours. */
    lang: z.enum(LANGUAGES).optional(),
  })
  .strict();

export const tablePlanQuery = documentQuery
  .extend({
    /** A draft schedule to print; defaults to the published one. */
    scheduleId: z.uuid().optional(),
  })
  .strict();
