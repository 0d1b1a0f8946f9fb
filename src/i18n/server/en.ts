/**
 * Server-side messages in English: API error messages, field issues and emails. Every other language
 * file must have exactly these keys (a test checks it). `{name}` marks a value filled in at run time.
 */
export const en = {
  'error.ValidationFailed': 'Some fields need attention ({count}).',
  'error.MalformedJson': 'The request body is not valid JSON.',
  'error.InvalidEncoding': 'The request body is not valid UTF-8 text.',
  'error.InvalidCursor': 'The page cursor is not valid. Start again from the first page.',
  'error.TokenInvalidOrExpired': 'This link is invalid or has expired. Ask for a new one.',
  'error.NotAuthenticated': 'Please sign in to continue.',
  'error.InvalidCredentials': 'The email or password is not correct.',
  'error.Forbidden': 'You are not allowed to do this.',
  'error.CsrfTokenInvalid': 'Your session could not be confirmed. Reload the page and try again.',
  'error.EmailNotVerified': 'Please confirm your email address first.',
  'error.InsufficientScope': 'This API token does not have the scope "{scope}".',
  'error.RouteNotFound': 'There is no such address.',
  'error.ProfileNotFound': 'This opportunity profile does not exist or is not visible to you.',
  'error.OrganisationNotFound': 'This organisation does not exist.',
  'error.UserNotFound': 'This user does not exist.',
  'error.InvitationNotFound': 'This invitation does not exist or is no longer valid.',
  'error.SessionNotFound': 'This session does not exist.',
  'error.ApiTokenNotFound': 'This API token does not exist.',
  'error.AttachmentNotFound': 'This attachment does not exist.',
  'error.MethodNotAllowed': 'This method is not allowed here.',
  'error.EmailTaken': 'An account with this email address already exists.',
  'error.SlugTaken': 'This short name is already used by another organisation.',
  'error.AlreadyMember': 'This person is already a member of the organisation.',
  'error.LastAdmin': 'An organisation needs at least one administrator.',
  'error.InvalidStateTransition': 'A profile that is "{from}" cannot be changed with "{action}".',
  'error.BodyTooLarge': 'The request is too large (at most {limit} bytes).',
  'error.AttachmentTooLarge': 'The file is too large (at most {limit} bytes).',
  'error.UnsupportedMediaType': 'This content type is not accepted.',
  'error.AttachmentTypeNotAllowed': 'Only PDF, PNG, JPEG and WebP files can be attached.',
  'error.PublicationRequirementsUnmet':
    'The profile cannot be submitted yet: some required texts are missing.',
  'error.RateLimited': 'Too many attempts. Please wait {retryAfterSeconds} seconds and try again.',
  'error.InternalError': 'Something went wrong on our side. The error has been logged.',

  'issue.required': 'This field is required.',
  'issue.invalid_type': 'This field has the wrong type (expected {expected}).',
  'issue.too_short': 'Enter at least {minimum} characters.',
  'issue.too_long': 'Enter at most {maximum} characters.',
  'issue.too_small': 'The value must be at least {minimum}.',
  'issue.too_big': 'The value must be at most {maximum}.',
  'issue.not_allowed_value': 'This value is not one of the allowed choices.',
  'issue.unknown_field': 'This field is not recognised.',
  'issue.invalid_email': 'Enter a valid email address.',
  'issue.invalid_url': 'Enter a valid web address starting with http:// or https://.',
  'issue.invalid_date': 'Enter a valid date (YYYY-MM-DD).',
  'issue.invalid_format': 'The format of this value is not valid.',
  'issue.invalid_uuid': 'This is not a valid identifier.',
  'issue.duplicate': 'This value appears more than once.',
  'issue.invalid': 'This value is not valid.',

  'mail.verify.subject': 'Confirm your email address for Corridor',
  'mail.verify.body':
    'Hello {name},\n\nplease confirm your email address for the Lancang-Mekong Innovation Corridor platform by opening this link:\n\n{link}\n\nThe link is valid for {hours} hours. If you did not create an account, ignore this message.',
  'mail.reset.subject': 'Reset your Corridor password',
  'mail.reset.body':
    'Hello {name},\n\nsomeone asked to reset the password of your Corridor account. To choose a new password, open this link:\n\n{link}\n\nThe link is valid for {hours} hours. If it was not you, ignore this message; your password stays unchanged.',
  'mail.invitation.subject': '{organisation} invites you to Corridor',
  'mail.invitation.body':
    'Hello,\n\n{inviter} invites you to join {organisation} on the Lancang-Mekong Innovation Corridor platform as {role}. To accept, open this link:\n\n{link}\n\nThe invitation is valid for {days} days.',
  'mail.reviewed.subject': 'Your profile "{title}" was reviewed',
  'mail.reviewed.approved':
    'Hello {name},\n\nyour profile "{title}" has been approved and is now published on Corridor.\n\n{link}',
  'mail.reviewed.returned':
    'Hello {name},\n\nthe coordinator returned your profile "{title}" with these comments:\n\n{comment}\n\nPlease revise it and submit it again:\n\n{link}',
  'mail.expiring.subject': 'Your profile "{title}" expires on {date}',
  'mail.expiring.body':
    'Hello {name},\n\nyour profile "{title}" will expire on {date}. If it is still current, renew it here:\n\n{link}',
  'mail.expired.subject': 'Your profile "{title}" has expired',
  'mail.expired.body':
    'Hello {name},\n\nyour profile "{title}" has passed its validity date and is no longer shown to the corridor. You can renew it here:\n\n{link}',
  'mail.submitted.subject': 'A profile awaits your review: "{title}"',
  'mail.submitted.body':
    'Hello {name},\n\n{organisation} submitted the profile "{title}" for review.\n\n{link}',

  'role.admin': 'administrator',
  'role.editor': 'editor',
  'role.member': 'member',
} as const;

export type MessageKey = keyof typeof en;
