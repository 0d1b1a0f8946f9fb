import { z } from 'zod';
import { LANGUAGES } from '../../domain/vocabulary.js';
import { cleanText, multilingualText, queryList } from '../../platform/validation.js';
import { sectorCodeSchema } from '../profiles/profiles.schema.js';
import { MAX_SLOTS, uniqueList } from './events.schema.js';

export const REGISTRATION_STATUSES = ['pending', 'approved', 'waitlisted', 'declined', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** On site at the venue, or online (online participants' meetings get a meeting-room link). */
export const ATTENDANCE_MODES = ['on_site', 'online'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];

const participantProfile = {
  attendanceMode: z.enum(ATTENDANCE_MODES),
  /** Language of the agenda, the table plan and the participant's documents. */
  language: z.enum(LANGUAGES),
  /** What the participant offers at this event, in up to seven languages. */
  offer: multilingualText(2000),
  /** What the participant seeks at this event, in up to seven languages. */
  seek: multilingualText(2000),
  /** Published opportunity profiles of the participant's organisation to show with the registration. */
  profileIds: uniqueList(z.uuid(), 10),
  /** Child codes of the corridor sector taxonomy. */
  sectors: uniqueList(sectorCodeSchema, 10),
  /** Technology keywords, e.g. "potash". */
  keywords: uniqueList(z.string().trim().toLowerCase().min(2).max(60), 15),
};

export const registerBody = z
  .object({
    /** The participating organisation; you must be its admin or editor. */
    organisationId: z.uuid(),
    ...participantProfile,
    attendanceMode: participantProfile.attendanceMode.default('on_site'),
    /** Defaults to your preferred language. */
    language: participantProfile.language.optional(),
    offer: participantProfile.offer.default({}),
    seek: participantProfile.seek.default({}),
    profileIds: participantProfile.profileIds.default([]),
    sectors: participantProfile.sectors.default([]),
    keywords: participantProfile.keywords.default([]),
    /** Colleagues (members of the organisation) in the delegation besides you; you lead it. */
    delegateUserIds: uniqueList(z.uuid(), 19).default([]),
  })
  .strict();
export type RegisterBody = z.infer<typeof registerBody>;

/** Changes to the participant profile; omitted fields stay as they are. */
export const updateRegistrationBody = z.object(participantProfile).partial().strict();
export type UpdateRegistrationBody = z.infer<typeof updateRegistrationBody>;

export const delegatesBody = z
  .object({
    /** The whole delegation, the lead first; members of the participating organisation. */
    userIds: uniqueList(z.uuid(), 20, 1),
  })
  .strict();

export const availabilityBody = z
  .object({
    /** Meeting slots (numbers from the event's slot list) in which the participant cannot meet. */
    unavailableSlots: uniqueList(z.number().int().min(1).max(MAX_SLOTS), MAX_SLOTS),
    /** Programme sessions the participant attends; meetings are not placed at the same time. */
    sessionIds: uniqueList(z.uuid(), 100),
  })
  .strict();
export type AvailabilityBody = z.infer<typeof availabilityBody>;

export const decisionBody = z
  .object({
    /** Approve (if there is room), decline, or put on the waiting list. */
    decision: z.enum(['approve', 'decline', 'waitlist']),
    /** Told to the participant. */
    reason: cleanText(2000).default(''),
  })
  .strict();

export const listRegistrationsQuery = z
  .object({
    /** Statuses, comma-separated; all but cancelled by default. */
    status: queryList(z.enum(REGISTRATION_STATUSES)).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();
export type ListRegistrationsQuery = z.infer<typeof listRegistrationsQuery>;

export const participantsQuery = z
  .object({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    cursor: z.string().max(400).optional(),
  })
  .strict();

export const registrationParams = z.object({ id: z.uuid(), registrationId: z.uuid() }).strict();

export const checkInBody = z
  .object({
    /** The token from the participant's QR code. */
    token: z
      .string()
      .trim()
      .min(16)
      .max(64)
      .regex(/^[A-Za-z0-9_-]+$/),
  })
  .strict();
