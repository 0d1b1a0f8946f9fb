/** Stable codes of the scheduler's input errors; the edge maps them to its own error shape. */
export type SchedulerInputErrorCode =
  | 'InvalidSlotCount'
  | 'InvalidTableCount'
  | 'DuplicateParticipant'
  | 'DuplicateMeeting'
  | 'InvalidPriority'
  | 'InvalidBudget';

/** The event handed to the scheduler cannot be scheduled as given (a caller's mistake, not a search outcome). */
export class SchedulerInputError extends Error {
  override readonly name = 'SchedulerInputError';

  constructor(
    readonly code: SchedulerInputErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Stable codes of `.dzn` parse errors. */
export type DznParseErrorCode = 'DznSyntax' | 'DznMissingField' | 'DznInvalidField';

/** A `.dzn` file that cannot be read as a meeting instance; the message names the line or field. */
export class DznParseError extends Error {
  override readonly name = 'DznParseError';

  constructor(
    readonly code: DznParseErrorCode,
    message: string,
  ) {
    super(message);
  }
}
