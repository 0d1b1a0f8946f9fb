import { breakLowerBound } from './break-lower-bound.js';
import { minimiseBreaks } from './break-minimiser.js';
import { lowerBreaksExactly } from './break-sat-encoding.js';
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
/**
 * The share of what is left after placement that annealing gets when the exact (SAT) search follows;
 * the exact search gets the rest.
 */
const ANNEALING_SHARE_BEFORE_EXACT = 0.5;
/**
 * The exact search runs only when the placed meetings have at most this many (meeting, allowed
 * slot) pairs. Measured with a 10 s limit: it found and proved the optimum of forum-13crafc (2,395
 * pairs) in 4-10 s and of ticf-13crafc (2,454) in 11-22 s, but found nothing in its 5 s on the
 * 302-meeting events (5,352 and 5,926 pairs), whose annealing lost that time; the 10,000-meeting
 * synthetic event is far above.
 */
const MAX_EXACT_SEARCH_CHOICES = 3_000;
/**
 * The exact search takes over only from schedules with at most this many breaks: there its descent
 * is short and its break counter small; above it, annealing does better in the same time.
 */
const MAX_BREAKS_FOR_EXACT_SEARCH = 4;
/** The fairness rule studied by Bofill et al.: break counts of any two participants differ by at most 2. */
export const DEFAULT_MAX_FAIRNESS_GAP = 2;

/** Total breaks of the schedule in `state`. */
function currentBreaks(event: CompiledEvent, state: ScheduleState): number {
  let total = 0;
  for (let p = 0; p < event.participantCount; p++) total += Math.max(0, state.countRuns(p) - 1);
  return total;
}

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
 * Runs placement (from whatever `state` holds) then break minimisation (annealing, then on events
 * small enough and few breaks from done, the exact SAT search), and packages the result.
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
  let choices = 0;
  for (let m = 0; m < event.meetingCount; m++) {
    if (placed[m] === 1 && frozen[m] !== 1) choices += event.domains[m]?.length ?? 0;
  }
  const exactSearchFits = choices <= MAX_EXACT_SEARCH_CHOICES;
  const improvementStart = budget.iterations;
  const annealing = { event, state, rng, frozen, maxFairnessGap, lowerBound };
  minimiseBreaks({ ...annealing, phase: budget.phase(exactSearchFits ? ANNEALING_SHARE_BEFORE_EXACT : 1) });
  // Annealing stalls on tightly packed events a few breaks above the optimum; the exact search then
  // finds or rules out better. Further from the lower bound, annealing keeps the rest.
  let provedOptimal = false;
  if (exactSearchFits && currentBreaks(event, state) <= MAX_BREAKS_FOR_EXACT_SEARCH) {
    const exactBudget = budget.phase(1);
    provedOptimal = lowerBreaksExactly({ ...annealing, budget: exactBudget }).provedOptimal;
  } else if (exactSearchFits) minimiseBreaks({ ...annealing, phase: budget.phase(1) });
  const improvementIterations = budget.iterations - improvementStart;
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
  // A proof by the exact search holds for the meetings placed, with published meetings kept.
  const breaksAtBound = fair && (totalBreaks <= lowerBound || (provedOptimal && !published));
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
