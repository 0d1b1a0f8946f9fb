import { breakLowerBound } from './break-lower-bound.js';
import { minimiseBreaks } from './break-minimiser.js';
import { type CompiledEvent, compileEvent } from './compiled-event.js';
import type { BrokerageEvent, SchedulerOptions, SchedulerResult } from './meeting-schedule.types.js';
import { computePlacementBound, type PlacementBound } from './placement-bound.js';
import { placeGreedily, searchPlacement } from './placement-search.js';
import { buildSchedule } from './schedule-output.js';
import { ScheduleState } from './schedule-state.js';
import { SchedulerInputError } from './scheduler.errors.js';
import { SearchBudget } from './search-budget.js';
import { SeededRandom } from './seeded-random.js';

/** Steps allowed when neither a step budget nor a time limit is given. */
export const DEFAULT_MAX_ITERATIONS = 4_000_000;
/** The share of the budget the placement phase may use before break minimisation starts. */
const PLACEMENT_SHARE = 0.5;
/** The fairness rule studied by Bofill et al.: break counts of any two participants differ by at most 2. */
export const DEFAULT_MAX_FAIRNESS_GAP = 2;

/** What both scheduling and rescheduling share: the compiled event, its state and its search tools. */
export interface SearchSetup {
  event: CompiledEvent;
  state: ScheduleState;
  bound: PlacementBound;
  budget: SearchBudget;
  rng: SeededRandom;
  maxFairnessGap: number;
}

export function prepareSearch(event: BrokerageEvent, options: SchedulerOptions): SearchSetup {
  const maxIterations =
    options.maxIterations ?? (options.timeLimit ? Number.POSITIVE_INFINITY : DEFAULT_MAX_ITERATIONS);
  if (!(maxIterations > 0) || (options.timeLimit && !(options.timeLimit.milliseconds >= 0))) {
    throw new SchedulerInputError(
      'InvalidBudget',
      'the step budget must be positive and the time limit not negative',
    );
  }
  const compiled = compileEvent(event);
  return {
    event: compiled,
    state: new ScheduleState(compiled),
    bound: computePlacementBound(compiled),
    budget: new SearchBudget(maxIterations, options.timeLimit),
    rng: new SeededRandom(options.seed ?? 1),
    maxFairnessGap: options.maxFairnessGap ?? DEFAULT_MAX_FAIRNESS_GAP,
  };
}

/**
 * Runs placement (from whatever `state` holds) then break minimisation, and packages the result.
 * With a published schedule, moving a published meeting counts against a candidate during
 * placement, published meetings left in place do not move afterwards, and tables are kept.
 */
export function completeSearch(
  setup: SearchSetup,
  published: { anchor: Int32Array; preferredTable: Int32Array } | undefined = undefined,
): SchedulerResult {
  const { event, state, bound, budget, rng, maxFairnessGap } = setup;
  placeGreedily(event, state, rng);
  const placementIterations = searchPlacement({
    event,
    state,
    rng,
    phase: budget.phase(PLACEMENT_SHARE),
    upperBound: bound.upperBound,
    anchor: published?.anchor,
  });
  // Published meetings still in their published slot stay there while breaks are improved.
  const frozen = new Uint8Array(event.meetingCount);
  if (published) {
    for (let m = 0; m < event.meetingCount; m++) {
      const slot = state.slotOf[m] ?? -1;
      if (slot >= 0 && slot === published.anchor[m]) frozen[m] = 1;
    }
  }
  const placed = new Uint8Array(event.meetingCount);
  for (let m = 0; m < event.meetingCount; m++) placed[m] = (state.slotOf[m] ?? -1) >= 0 ? 1 : 0;
  const lowerBound = breakLowerBound(event, placed);
  const improvementIterations = minimiseBreaks({
    event,
    state,
    rng,
    frozen,
    maxFairnessGap,
    lowerBound,
    phase: budget.phase(1),
  });
  const schedule = buildSchedule(event, state, bound, published?.preferredTable);

  let lowest = Number.POSITIVE_INFINITY;
  let highest = 0;
  let totalBreaks = 0;
  for (const entry of schedule.breaks) {
    lowest = Math.min(lowest, entry.breaks);
    highest = Math.max(highest, entry.breaks);
    totalBreaks += entry.breaks;
  }
  const fair = schedule.breaks.length === 0 || highest - lowest <= maxFairnessGap;
  const allPlaced = state.placedCount >= bound.placeableCandidates;
  const mostPlaced = allPlaced || (event.uniformWeights && state.placedCount >= bound.upperBound);
  const breaksAtBound = fair && totalBreaks <= lowerBound;
  const stoppedBy =
    allPlaced && breaksAtBound
      ? 'proven_optimal'
      : mostPlaced && breaksAtBound
        ? 'bound_reached'
        : budget.ranOutOfTime
          ? 'time'
          : 'iterations';
  return {
    schedule,
    stats: {
      iterations: budget.iterations,
      placementIterations,
      improvementIterations,
      placedUpperBound: bound.upperBound,
      breaksLowerBound: lowerBound,
      stoppedBy,
    },
  };
}

/**
 * Schedules the 1:1 meetings of a brokerage event: a slot and a table for each meeting, aiming
 * (1) to place every meeting, or else the most by priority while starving no participant, then
 * (2) to leave participants as few breaks as possible, the break counts of any two participants
 * differing by at most `maxFairnessGap` (2 by default). Pure and deterministic for a given seed and
 * step budget; a time limit, when given, reads the injected clock only.
 */
export function scheduleMeetings(event: BrokerageEvent, options: SchedulerOptions = {}): SchedulerResult {
  return completeSearch(prepareSearch(event, options));
}
