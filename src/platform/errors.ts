/**
 * The one error type of Corridor's domain. Services throw `CorridorError` with a stable code; the HTTP
 * edge turns it into `{ "error": { "code", "message", "details" } }` with the status below and a
 * message translated into the reader's language.
 */

export const ERROR_STATUS = {
  ValidationFailed: 400,
  MalformedJson: 400,
  InvalidEncoding: 400,
  InvalidCursor: 400,
  TokenInvalidOrExpired: 400,
  NotAuthenticated: 401,
  InvalidCredentials: 401,
  Forbidden: 403,
  CsrfTokenInvalid: 403,
  EmailNotVerified: 403,
  InsufficientScope: 403,
  RouteNotFound: 404,
  ProfileNotFound: 404,
  OrganisationNotFound: 404,
  UserNotFound: 404,
  InvitationNotFound: 404,
  SessionNotFound: 404,
  ApiTokenNotFound: 404,
  AttachmentNotFound: 404,
  MethodNotAllowed: 405,
  EmailTaken: 409,
  SlugTaken: 409,
  AlreadyMember: 409,
  LastAdmin: 409,
  InvalidStateTransition: 409,
  BodyTooLarge: 413,
  AttachmentTooLarge: 413,
  UnsupportedMediaType: 415,
  AttachmentTypeNotAllowed: 415,
  PublicationRequirementsUnmet: 422,
  RateLimited: 429,
  InternalError: 500,
  PdfUnavailable: 503,
  InterestNotFound: 404,
  ConversationNotFound: 404,
  InterestAlreadyPending: 409,
  ConceptNotFound: 404,
  ConceptExists: 409,
  EditConflict: 409,
  // Brokerage events and meetings (src/modules/events, src/modules/meetings).
  EventNotFound: 404,
  ProgrammeSessionNotFound: 404,
  RegistrationNotFound: 404,
  MeetingNotFound: 404,
  ScheduleNotFound: 404,
  ScheduleRunNotFound: 404,
  CheckInTokenInvalid: 404,
  RegistrationClosed: 409,
  EventFull: 409,
  AlreadyRegistered: 409,
  MeetingLimitReached: 409,
  MeetingRequestExists: 409,
  EventStatusConflict: 409,
  RegistrationStatusConflict: 409,
  MeetingStatusConflict: 409,
  ScheduleStatusConflict: 409,
  ScheduleLocked: 409,
  ScheduleInputChanged: 409,
  ScheduleRunActive: 409,
  ScheduleNotPublished: 409,
  NoMeetingSlots: 409,
  MeetingNotScheduled: 409,
  MeetingNotYetHeld: 409,
  LastOrganiser: 409,
  // The cooperation pipeline and exchange rates (src/modules/cooperations, src/modules/rates).
  CooperationNotFound: 404,
  DocumentNotFound: 404,
  NextStepNotFound: 404,
  OutcomeNotFound: 404,
  ExchangeRateNotFound: 404,
  DocumentTypeNotAllowed: 415,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** Whether a stored string is one of the error codes (e.g. read back from a failed background run). */
export function isErrorCode(value: string): value is ErrorCode {
  return Object.hasOwn(ERROR_STATUS, value);
}

/** One problem with one input field, e.g. `{ field: 'title.en', code: 'required' }`. */
export interface FieldIssue {
  field: string;
  code: FieldIssueCode;
  /** Values for the translated message, e.g. `{ minimum: 8 }`. */
  params?: Record<string, string | number>;
}

export const FIELD_ISSUE_CODES = [
  'required',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'not_allowed_value',
  'unknown_field',
  'invalid_email',
  'invalid_url',
  'invalid_date',
  'invalid_format',
  'invalid_uuid',
  'duplicate',
  'invalid',
] as const;
export type FieldIssueCode = (typeof FIELD_ISSUE_CODES)[number];

export class CorridorError extends Error {
  override name = 'CorridorError';
  constructor(
    readonly code: ErrorCode,
    /** Values interpolated into the translated message. */
    readonly params: Record<string, string | number> = {},
    /** Field issues for ValidationFailed and PublicationRequirementsUnmet. */
    readonly issues: FieldIssue[] = [],
  ) {
    super(code);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Shorthand for a validation failure on named fields. */
export function validationFailed(issues: FieldIssue[]): CorridorError {
  return new CorridorError('ValidationFailed', { count: issues.length }, issues);
}

export function isCorridorError(error: unknown): error is CorridorError {
  return error instanceof CorridorError;
}
