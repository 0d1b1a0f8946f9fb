import { breakLowerBound } from './break-lower-bound.js';
import { minimiseBreaks } from './break-minimiser.js';
import { lowerBreaksByNeighbourhoods } from './break-neighbourhood-search.js';
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
 * Shares of what is left after placement on events small enough for the exact search: annealing
 * first (it quickly gets close), then the exact search by cores; if that does not finish, annealing
 * again and then large-neighbourhood search with exact repairs. Larger events get annealing alone:
 * neighbourhood models there cost too much time and memory (on the 10,000-meeting synthetic event,
 * half the time in neighbourhoods gave more breaks, 61 s and 3.9 GB instead of 55 s and 151 MB).
 */
const ANNEALING_SHARE_BEFORE_EXACT = 0.1;
const EXACT_SHARE = 0.85;
const ANNEALING_SHARE_AFTER_EXACT = 0.5;
/**
 * The exact search gives up unless its first solve (a schedule with no break at all, or a first
 * core) ends within this share of what is left: where that first answer is hard (tic-13crafc,
 * tic-14crafc) the search does not get far in time, and annealing and neighbourhood search do better.
 */
const FIRST_CORE_SHARE = 0.2;
/**
 * The exact search runs only when the placed meetings have at most this many (meeting, allowed
 * slot) pairs. Measured: the core search finds and proves the optimum of forum-13crafc (2,395
 * pairs) and ticf-13crafc (2,454) in 1-7 s; on forum-13crafb and ticf-13crafb (3,200-3,278) it
 * proves the optimum's lower bound within about 2 s but takes 4-25 s to find an optimal schedule,
 * so within a 10 s limit only now and then (annealing and neighbourhood search alone do no better
 * there); on the 302-meeting events (5,352-5,926) annealing finds as good or better schedules in a
 * fraction of the time.
 */
const MAX_EXACT_SEARCH_CHOICES = 4_000;
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
  let provedOptimal = false;
  let provenLowerBound = lowerBound;
  if (exactSearchFits) {
    // Annealing gets close quickly; the exact search then finds the optimum or raises the lower
    // bound; if it does not finish, annealing again and neighbourhood search share the rest (both
    // stop at once at the bound).
    minimiseBreaks({ ...annealing, phase: budget.phase(ANNEALING_SHARE_BEFORE_EXACT) });
    const exactPhase = budget.phase(EXACT_SHARE);
    const firstCorePhase = budget.phase(FIRST_CORE_SHARE);
    const firstCoreBudget = {
      spend: (steps: number) => exactPhase.spend(steps),
      isExhausted: () => exactPhase.isExhausted() || firstCorePhase.isExhausted(),
    };
    const exact = lowerBreaksExactly({ ...annealing, budget: exactPhase, firstCoreBudget });
    provedOptimal = exact.provedOptimal;
    provenLowerBound = exact.lowerBound;
    if (!provedOptimal) {
      const afterExact = { ...annealing, lowerBound: provenLowerBound };
      minimiseBreaks({ ...afterExact, phase: budget.phase(ANNEALING_SHARE_AFTER_EXACT) });
      lowerBreaksByNeighbourhoods({ ...afterExact, phase: budget.phase(1) });
    }
  } else minimiseBreaks({ ...annealing, phase: budget.phase(1) });
  const improvementIterations = budget.iterations - improvementStart;
  const schedule = buildSchedule(event, state, bound, published?.preferredTable);

  const { total: totalBreaks, gap } = state.breakFigures();
  const fair = gap <= maxFairnessGap;
  const allPlaced = state.placedCount >= bound.placeableCandidates;
  const mostPlaced = allPlaced || (event.uniformWeights && state.placedCount >= bound.upperBound);
  // The per-participant bound holds for any schedule of the meetings placed; the exact search's
  // bound and proof only with published meetings kept where they are, so they count only without.
  const breaksLowerBound = published ? lowerBound : provenLowerBound;
  const breaksAtBound = fair && (totalBreaks <= breaksLowerBound || (provedOptimal && !published));
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
      breaksLowerBound,
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
