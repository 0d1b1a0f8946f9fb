/**
 * The brokerage-event meeting scheduler: a pure engine (plain data in, plain data out, no I/O and
 * no clock of its own) that gives each accepted 1:1 meeting a slot and a table.
 */
export { type B2bInstance, type B2bSession, b2bInstanceToEvent, parseB2bInstance } from './b2b-instance.js';
export { type DznValue, parseDzn } from './dzn-parser.js';
export { type EventBounds, estimateEventBounds } from './event-bounds.js';
export { describeChanges, type PublishedSchedule, rescheduleMeetings } from './meeting-rescheduler.js';
export type * from './meeting-schedule.types.js';
export { DEFAULT_MAX_FAIRNESS_GAP, DEFAULT_MAX_ITERATIONS, scheduleMeetings } from './meeting-scheduler.js';
export {
  type ScheduleScore,
  type ScheduleValidation,
  type ScheduleViolation,
  type ScheduleViolationKind,
  validateSchedule,
} from './schedule-validator.js';
export { DznParseError, SchedulerInputError } from './scheduler.errors.js';
