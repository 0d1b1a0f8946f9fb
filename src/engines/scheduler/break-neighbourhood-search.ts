import type { BreakContext } from './break-minimiser.js';
import { BreakSatModel } from './break-sat-encoding.js';
import type { SatBudget } from './sat-solver.js';
import type { BudgetPhase } from './search-budget.js';

/** Meetings freed in the first neighbourhood; later sizes adapt to how the solves end. */
const FIRST_NEIGHBOURHOOD = 40;
const SMALLEST_NEIGHBOURHOOD = 12;
/** Slots in the first window neighbourhood, and the fewest. */
const FIRST_WINDOW = 6;
const SMALLEST_WINDOW = 3;
/** Steps (propagated literals) one neighbourhood's solve may use before it is given up. */
const STEPS_PER_NEIGHBOURHOOD = 400_000;
/** A neighbourhood proved to hold nothing better grows by this factor; one given up shrinks. */
const GROWTH = 1.15;
const SHRINK = 0.8;
/** Share of neighbourhoods grown from a participant with a break (the rest from anyone). */
const AIMED_SHARE = 0.8;

/** What the search did, for the caller's statistics. */
export interface NeighbourhoodOutcome {
  neighbourhoods: number;
  improvements: number;
  /** True when a neighbourhood holding every movable meeting had nothing better: the search ended there. */
  exhausted: boolean;
}

/**
 * Lowers the total breaks by large-neighbourhood search with exact repairs: it frees, in turn, the
 * meetings of a few participants linked through their meetings (grown from one with a break) and
 * every meeting in a stretch of slots (which may then move only within it), keeps every other
 * meeting where it is, and asks the SAT model for an arrangement of the freed meetings giving their
 * participants fewer breaks in all. Every participant stays within one fairness window
 * (`[max(0, most - gap), that + gap]`, `most` the highest break count now), so the whole schedule
 * stays fair. A neighbourhood proved to hold nothing better makes the next one larger; one whose
 * solve runs out of steps makes it smaller. Each repair is exact, so the search never worsens the
 * schedule; it ends when the budget does or the total reaches `lowerBound`.
 */
export function lowerBreaksByNeighbourhoods(context: BreakContext): NeighbourhoodOutcome {
  const { event, state, rng, phase, frozen, maxFairnessGap, lowerBound } = context;
  const { participantCount, meetingCount, sideA, sideB, meetingsOf } = event;
  const outcome = { neighbourhoods: 0, improvements: 0, exhausted: false };
  if (!(maxFairnessGap >= 0) || participantCount === 0) return outcome;

  const breaks = new Int32Array(participantCount);
  let figures = state.breakFigures(breaks);
  if (figures.gap > maxFairnessGap) return outcome;
  let movable = 0;
  for (let m = 0; m < meetingCount; m++) if (frozen[m] !== 1 && (state.slotOf[m] ?? -1) >= 0) movable++;
  if (movable === 0) return outcome;

  // Two kinds of neighbourhood, each with its own adaptive size: the meetings of linked
  // participants (size in meetings), and every meeting in a stretch of slots (size in slots).
  const sizes = [FIRST_NEIGHBOURHOOD, FIRST_WINDOW];
  const inNeighbourhood = new Uint8Array(participantCount);
  const localFrozen = new Uint8Array(meetingCount);
  let kind = 0;
  while (figures.total > lowerBound && !phase.isExhausted()) {
    kind = 1 - kind;
    const size = sizes[kind] ?? 1;
    localFrozen.fill(1);
    let freed = 0;
    let window: { from: number; to: number } | undefined;
    if (kind === 0) {
      const chosen = growNeighbourhood(context, breaks, Math.round(size), inNeighbourhood);
      for (const p of chosen) {
        for (const m of meetingsOf[p] ?? []) {
          if (frozen[m] === 1 || (state.slotOf[m] ?? -1) < 0 || localFrozen[m] === 0) continue;
          localFrozen[m] = 0;
          freed++;
        }
      }
      for (const p of chosen) inNeighbourhood[p] = 0;
    } else {
      const width = Math.min(event.slotCount, Math.round(size));
      const from = rng.nextInt(event.slotCount - width + 1);
      window = { from, to: from + width - 1 };
      for (let m = 0; m < meetingCount; m++) {
        const slot = state.slotOf[m] ?? -1;
        if (frozen[m] === 1 || slot < window.from || slot > window.to) continue;
        localFrozen[m] = 0;
        freed++;
      }
    }
    // The participants whose agendas can change: both sides of every freed meeting.
    let touchedBreaks = 0;
    const touched = new Uint8Array(participantCount);
    for (let m = 0; m < meetingCount; m++) {
      if (localFrozen[m] === 1) continue;
      for (const p of [sideA[m] ?? 0, sideB[m] ?? 0]) {
        if (touched[p] === 1) continue;
        touched[p] = 1;
        touchedBreaks += breaks[p] ?? 0;
      }
    }
    // Every round costs a step, so a budget of steps ends even when no solve runs.
    phase.spend(1);
    if (freed === 0 || touchedBreaks === 0) continue;
    outcome.neighbourhoods++;
    const fewestBreaks = Math.max(0, figures.most - maxFairnessGap);
    const scope = {
      frozen: localFrozen,
      onlyTouched: true,
      fewestBreaks,
      mostBreaks: fewestBreaks + maxFairnessGap,
      window,
    };
    const model = new BreakSatModel(event, Int32Array.from(state.slotOf), scope, touchedBreaks - 1);
    const solveBudget = cappedBudget(phase, STEPS_PER_NEIGHBOURHOOD);
    let limit = touchedBreaks - 1;
    let result = model.solveAtMost(limit, solveBudget);
    const smallest = kind === 0 ? SMALLEST_NEIGHBOURHOOD : SMALLEST_WINDOW;
    const largest = kind === 0 ? meetingCount : event.slotCount;
    const whole = freed === movable && (window === undefined || width(window) === event.slotCount);
    if (result === 'unsat' && whole) {
      outcome.exhausted = true;
      break;
    }
    if (result === 'unsat') sizes[kind] = Math.min(size * GROWTH, largest);
    else if (result === 'unknown') sizes[kind] = Math.max(smallest, size * SHRINK);
    while (result === 'sat') {
      state.restore(model.modelSlots());
      outcome.improvements++;
      figures = state.breakFigures(breaks);
      if (figures.total <= lowerBound || limit === 0) break;
      limit--;
      result = model.solveAtMost(limit, solveBudget);
    }
  }
  return outcome;
}

function width(window: { from: number; to: number }): number {
  return window.to - window.from + 1;
}

/** A budget drawing on `phase` that also ends after `steps` of its own. */
function cappedBudget(phase: BudgetPhase, steps: number): SatBudget {
  let used = 0;
  return {
    spend(count: number): void {
      used += count;
      phase.spend(count);
    },
    isExhausted(): boolean {
      return used >= steps || phase.isExhausted();
    },
  };
}

/**
 * Participants whose movable meetings number about `size` in all, grown breadth-first through
 * shared meetings from a random participant (most often one with a break), in random order.
 */
function growNeighbourhood(
  context: BreakContext,
  breaks: Int32Array,
  size: number,
  marks: Uint8Array,
): number[] {
  const { event, state, rng, frozen } = context;
  const { participantCount, sideA, sideB, meetingsOf } = event;
  const withBreaks: number[] = [];
  for (let p = 0; p < participantCount; p++) if ((breaks[p] ?? 0) > 0) withBreaks.push(p);
  const aimed = withBreaks.length > 0 && rng.nextFloat() < AIMED_SHARE;
  const seed = aimed ? (withBreaks[rng.nextInt(withBreaks.length)] ?? 0) : rng.nextInt(participantCount);
  const chosen = [seed];
  marks[seed] = 1;
  let movable = 0;
  const movableOf = (p: number): number =>
    (meetingsOf[p] ?? []).filter((m) => frozen[m] !== 1 && (state.slotOf[m] ?? -1) >= 0).length;
  movable += movableOf(seed);
  for (let head = 0; head < chosen.length && movable < size; head++) {
    const p = chosen[head] ?? 0;
    const partners = Array.from(
      meetingsOf[p] ?? [],
      (m) => ((sideA[m] ?? 0) === p ? sideB[m] : sideA[m]) ?? 0,
    );
    for (let i = partners.length - 1; i > 0; i--) {
      const j = rng.nextInt(i + 1);
      [partners[i], partners[j]] = [partners[j] ?? 0, partners[i] ?? 0];
    }
    for (const q of partners) {
      if (marks[q] === 1 || movable >= size) continue;
      marks[q] = 1;
      chosen.push(q);
      movable += movableOf(q);
    }
  }
  // A participant far from everyone (all met already): start again from another to fill the size.
  if (movable < size && chosen.length < participantCount) {
    for (let attempts = 0; attempts < 8 && movable < size; attempts++) {
      const q = rng.nextInt(participantCount);
      if (marks[q] === 1) continue;
      marks[q] = 1;
      chosen.push(q);
      movable += movableOf(q);
    }
  }
  return chosen;
}
