/**
 * Plain data in and out of the brokerage-event meeting scheduler. Slots and tables are numbered
 * from 1, as they are printed on a participant's agenda.
 */

/** A participant of a brokerage event: a company, a research group, or a delegation that meets as one. */
export interface EventParticipant {
  id: string;
  /** Slots (1-based) in which the participant cannot meet: arriving late, leaving early, a talk to give. */
  unavailableSlots?: readonly number[];
}

/** A 1:1 meeting both sides accepted, waiting for a slot and a table. */
export interface AcceptedMeeting {
  id: string;
  /** The two participants (ids) who meet. */
  participants: readonly [string, string];
  /**
   * Slots the meeting may be held in. Absent: any slot. A "morning only" request is the set of
   * morning slots, "afternoon only" the afternoon slots.
   */
  allowedSlots?: readonly number[];
  /** The slot the meeting is pinned to by the organiser. */
  fixedSlot?: number;
  /** The table the meeting is pinned to by the organiser (in whatever slot it gets). */
  fixedTable?: number;
  /** Weight when not every meeting can be placed; 1 when absent. A "must meet" request weighs more. */
  priority?: number;
}

/** Meeting `before` must be held in an earlier slot than meeting `after` (when both are held). */
export interface MeetingPrecedence {
  before: string;
  after: string;
}

/** Everything the scheduler needs to know about one brokerage event. */
export interface BrokerageEvent {
  /** Slots are numbered 1..slotCount. */
  slotCount: number;
  /** Meetings that can run at once: tables 1..tablesPerSlot in every slot. */
  tablesPerSlot: number;
  /** Slots 1..morningSlotCount form the morning; informational, sessions reach the engine as slot sets. */
  morningSlotCount?: number;
  participants: readonly EventParticipant[];
  meetings: readonly AcceptedMeeting[];
  precedences?: readonly MeetingPrecedence[];
}

/** Where and when a meeting is held. */
export interface MeetingPlacement {
  meetingId: string;
  slot: number;
  table: number;
}

/**
 * Why a meeting got no slot.
 * - `invalid_meeting`: a participant is unknown, or both sides are the same participant.
 * - `no_allowed_slot`: its sessions, fixed slot and both sides' unavailability leave no slot at all.
 * - `participant_overloaded`: a side has more meetings than slots it could hold them in.
 * - `no_common_free_slot`: in every allowed slot one of the two sides is already meeting someone.
 * - `tables_full`: some allowed slot has both sides free, but every table is taken.
 * - `precedence`: some allowed slot has both sides and a table free, but an ordering rule forbids it.
 */
export type UnplacedReason =
  | 'invalid_meeting'
  | 'no_allowed_slot'
  | 'participant_overloaded'
  | 'no_common_free_slot'
  | 'tables_full'
  | 'precedence';

export interface UnplacedMeeting {
  meetingId: string;
  reason: UnplacedReason;
}

/** A participant's idle time between their first and last meeting. */
export interface ParticipantBreaks {
  participantId: string;
  /** How many times two consecutive meetings of theirs are not in consecutive slots. */
  breaks: number;
  /** The slots between their first and last meeting in which they do not meet. */
  idleSlots: number[];
}

/** A published or proposed schedule. */
export interface MeetingSchedule {
  placements: MeetingPlacement[];
  unplaced: UnplacedMeeting[];
  /** One entry per participant, in the event's participant order. */
  breaks: ParticipantBreaks[];
}

/** A wall-clock limit; the clock is passed in so the engine itself reads none. */
export interface SearchTimeLimit {
  milliseconds: number;
  /** Milliseconds from any fixed origin, e.g. `performance.now`. */
  now: () => number;
}

export interface SchedulerOptions {
  /** Seed of the search's pseudo-random choices; the same seed and budget give the same schedule. */
  seed?: number;
  /** Upper bound on search steps (placement and improvement together); the deterministic budget. */
  maxIterations?: number;
  /** Stop after this much time as well. With a time limit the result depends on the machine's speed. */
  timeLimit?: SearchTimeLimit;
  /** Largest accepted difference between the most and the fewest breaks of any two participants. */
  maxFairnessGap?: number;
}

/** How the search went, for logs and benchmarks. */
export interface SchedulerStats {
  iterations: number;
  placementIterations: number;
  improvementIterations: number;
  /** At most this many meetings can be placed (see `placementUpperBound`). */
  placedUpperBound: number;
  /** Any schedule placing the same meetings has at least this many breaks (see `breakLowerBound`). */
  breaksLowerBound: number;
  /**
   * Why the search stopped: `proven_optimal` when every meeting with an allowed slot is placed and
   * the breaks meet their lower bound, or the exact search proved that no fair schedule of them has
   * fewer breaks; `bound_reached` when as many meetings as provably possible are placed and their
   * breaks are proven fewest in the same way for those meetings (another choice of left-out
   * meetings might allow fewer breaks); otherwise the step budget or the time ran out.
   */
  stoppedBy: 'proven_optimal' | 'bound_reached' | 'iterations' | 'time';
}

export interface SchedulerResult {
  schedule: MeetingSchedule;
  stats: SchedulerStats;
}

/** One meeting's move between the published schedule and the new one. */
export interface MeetingMove {
  meetingId: string;
  from: { slot: number; table: number };
  to: { slot: number; table: number };
}

/** What changed on one participant's agenda. Only participants with a change are reported. */
export interface ParticipantScheduleChange {
  participantId: string;
  moved: MeetingMove[];
  added: MeetingPlacement[];
  /** Meetings on the published agenda that are no longer held (withdrawn, or no longer placeable). */
  dropped: MeetingPlacement[];
}

export interface RescheduleResult extends SchedulerResult {
  changes: ParticipantScheduleChange[];
  /** Published meetings (still requested) that had to change slot so that more meetings fit. */
  movedPublishedMeetings: number;
}
