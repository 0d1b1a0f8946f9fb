import type { CompiledEvent } from './compiled-event.js';
import type { ScheduleState } from './schedule-state.js';
import type { BudgetPhase } from './search-budget.js';
import type { SeededRandom } from './seeded-random.js';

/** Everything a break search (annealing, neighbourhood search) reads and changes. */
export interface BreakContext {
  event: CompiledEvent;
  state: ScheduleState;
  rng: SeededRandom;
  phase: BudgetPhase;
  /** Meetings that must stay in their slot (1), e.g. published ones when rescheduling. */
  frozen: Uint8Array;
  /** Largest accepted difference between two participants' break counts. */
  maxFairnessGap: number;
  /** Stop as soon as the total breaks reach this proven lower bound (fairness permitting). */
  lowerBound: number;
}

/** Cost of each break of fairness beyond the accepted gap, in breaks. */
const FAIRNESS_PENALTY = 4;
/** Longest swap chain tried; longer ones are skipped (they rarely pay off and cost time). */
const MAX_CHAIN = 96;
/** Annealing temperatures, in breaks: a move costing one break is first taken 37% of the time, at the end 0.1%. */
const START_TEMPERATURE = 1;
const END_TEMPERATURE = 0.15;
/**
 * Weight of idle slots (between a participant's first and last meeting) in the search's guidance:
 * it rewards closing a gap step by step; the kept result is judged on breaks alone.
 */
const IDLE_WEIGHT = 0.1;
/** Share of moves aimed at a participant with a break: one of its meetings into one of its idle slots. */
const TARGETED_SHARE = 0.5;
/**
 * Annealing runs the improvement phase is split into; each starts again, hot, from the best schedule
 * so far (runs on these instances vary a lot, and a fresh run from the best beats one long run).
 */
const ANNEALING_RUNS = 3;
/** Steps between two looks at the budget and the temperature. */
const CHECK_STRIDE = 256;

/**
 * Lowers the total number of breaks without unplacing anything, keeping the spread of per-participant
 * breaks within the accepted gap (a penalty while searching, a hard rule for the kept result).
 *
 * Simulated annealing over Kempe-chain moves: take a meeting in slot s1 and another slot s2, and
 * swap between s1 and s2 the whole chain of meetings linked to it through a shared participant (or
 * a shared pinned table). Every participant stays clash-free by construction; the move is kept when
 * sessions, availability, pinned slots, precedences and table counts still hold. Only participants
 * met once in the chain change which slots they meet in, so a move is evaluated in O(chain).
 * Half the moves are aimed: a participant with a break moves one of its meetings into a gap.
 * Ends on the best schedule seen.
 */
export function minimiseBreaks(context: BreakContext): number {
  const { event, state, rng, phase, frozen, maxFairnessGap, lowerBound } = context;
  const { meetingCount, participantCount, slotCount, tableCount, sideA, sideB, allowed } = event;
  const { slotOf, occupant, tableHolder, load } = state;

  // Per participant: runs of consecutive busy slots (breaks = runs - 1), the break histogram for
  // fairness, and the participants that have a break (targets of aimed moves).
  const runs = new Int32Array(participantCount);
  const histogram = new Int32Array(slotCount + 2);
  const breakers = new Int32Array(participantCount);
  const breakerPosition = new Int32Array(participantCount).fill(-1);
  let breakerCount = 0;
  let totalBreaks = 0;
  let excess = 0;

  const countInHistogram = (runCount: number, delta: number): void => {
    const breaks = Math.max(0, runCount - 1);
    histogram[breaks] = (histogram[breaks] ?? 0) + delta;
  };
  const fairnessExcess = (): number => {
    if (participantCount === 0 || !Number.isFinite(maxFairnessGap)) return 0;
    let high = slotCount + 1;
    while (high > 0 && (histogram[high] ?? 0) === 0) high--;
    let low = 0;
    while (low < high && (histogram[low] ?? 0) === 0) low++;
    return Math.max(0, high - low - maxFairnessGap);
  };
  const setRuns = (participant: number, runCount: number): void => {
    runs[participant] = runCount;
    const isBreaker = runCount > 1;
    const at = breakerPosition[participant] ?? -1;
    if (isBreaker && at < 0) {
      breakerPosition[participant] = breakerCount;
      breakers[breakerCount++] = participant;
    } else if (!isBreaker && at >= 0) {
      const moved = breakers[--breakerCount] ?? 0;
      breakers[at] = moved;
      breakerPosition[moved] = at;
      breakerPosition[participant] = -1;
    }
  };
  /** Recomputes every tracked figure from the state. */
  const track = (): void => {
    histogram.fill(0);
    breakerPosition.fill(-1);
    breakerCount = 0;
    totalBreaks = 0;
    for (let p = 0; p < participantCount; p++) {
      const runCount = state.countRuns(p);
      setRuns(p, runCount);
      countInHistogram(runCount, 1);
      totalBreaks += Math.max(0, runCount - 1);
    }
    excess = fairnessExcess();
  };
  track();

  let bestExcess = excess;
  let bestBreaks = totalBreaks;
  const bestSlots = Int32Array.from(slotOf);
  const isOptimal = (): boolean => bestBreaks <= lowerBound && bestExcess === 0;
  if (isOptimal()) return 0;

  const movable: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if ((slotOf[m] ?? -1) >= 0 && frozen[m] !== 1 && (event.domains[m]?.length ?? 0) > 1) movable.push(m);
  }
  if (movable.length === 0) return 0;

  const chain = new Int32Array(MAX_CHAIN);
  const targetSlot = new Int32Array(MAX_CHAIN);
  const inChain = new Int32Array(meetingCount);
  const touchStamp = new Int32Array(participantCount);
  const touchCount = new Int32Array(participantCount);
  const touchFrom = new Int32Array(participantCount);
  const touched = new Int32Array(2 * MAX_CHAIN);
  const changed = new Int32Array(2 * MAX_CHAIN);
  const changedRuns = new Int32Array(2 * MAX_CHAIN);
  let stamp = 0;

  const isBusy = (participant: number, slot: number): boolean =>
    (occupant[participant * slotCount + slot] ?? -1) >= 0;

  /** Change in participant q's runs of busy slots when its meeting in `from` moves to the free `to`. */
  const runsDelta = (participant: number, from: number, to: number): number => {
    const leftFrom = from > 0 && isBusy(participant, from - 1);
    const rightFrom = from < slotCount - 1 && isBusy(participant, from + 1);
    const removal = leftFrom && rightFrom ? 1 : !leftFrom && !rightFrom ? -1 : 0;
    const leftTo = to > 0 && to - 1 !== from && isBusy(participant, to - 1);
    const rightTo = to < slotCount - 1 && to + 1 !== from && isBusy(participant, to + 1);
    const addition = leftTo && rightTo ? -1 : !leftTo && !rightTo ? 1 : 0;
    return removal + addition;
  };

  /** Change in the span (first to last busy slot) of participant q when its meeting in `from` moves to `to`. */
  const spanDelta = (participant: number, from: number, to: number): number => {
    let first = -1;
    let last = -1;
    let firstAfter = to;
    let lastAfter = to;
    for (let s = 0; s < slotCount; s++) {
      if (!isBusy(participant, s)) continue;
      if (first < 0) first = s;
      last = s;
      if (s !== from) {
        firstAfter = Math.min(firstAfter, s);
        lastAfter = Math.max(lastAfter, s);
      }
    }
    return lastAfter - firstAfter - (last - first);
  };

  /** An aimed move for a participant with a break: [meeting, target slot], or [-1, -1]. */
  const aimedMove = (): [number, number] => {
    const participant = breakers[rng.nextInt(breakerCount)] ?? 0;
    const row = participant * slotCount;
    let first = -1;
    let last = -1;
    let own = 0;
    for (let s = 0; s < slotCount; s++) {
      if ((occupant[row + s] ?? -1) < 0) continue;
      if (first < 0) first = s;
      last = s;
      own++;
    }
    let idlePick = rng.nextInt(Math.max(1, last - first + 1 - own));
    let busyPick = rng.nextInt(Math.max(1, own));
    let meeting = -1;
    let target = -1;
    for (let s = first; s <= last && s >= 0; s++) {
      const x = occupant[row + s] ?? -1;
      if (x < 0) {
        if (idlePick-- === 0) target = s;
      } else if (busyPick-- === 0) meeting = x;
    }
    if (meeting < 0 || target < 0 || frozen[meeting] === 1 || allowed[meeting * slotCount + target] !== 1) {
      return [-1, -1];
    }
    return [meeting, target];
  };

  // The two slots of the move being weighed. Helpers are made once, not per move: under tsx every
  // closure created is also named, and one per move cost a third of the annealing's time (1.0
  // instead of 0.62-0.70 million moves per second on forum-14, measured with the CPU profiler).
  let swapFirst = 0;
  let swapSecond = 0;
  /** The slot of meeting y once the chain being weighed has swapped. */
  const slotAfterMove = (y: number): number => {
    const current = slotOf[y] ?? -1;
    if (inChain[y] !== stamp || current < 0) return current;
    return current === swapFirst ? swapSecond : swapFirst;
  };

  let temperature = START_TEMPERATURE;
  let steps = 0;
  let run = 0;
  while (true) {
    if (steps % CHECK_STRIDE === 0) {
      phase.spend(steps === 0 ? 0 : CHECK_STRIDE);
      if (phase.isExhausted()) break;
      const progress = phase.progress() * ANNEALING_RUNS;
      const currentRun = Math.min(ANNEALING_RUNS - 1, Math.floor(progress));
      if (currentRun !== run) {
        run = currentRun;
        state.restore(bestSlots);
        track();
      }
      temperature = START_TEMPERATURE * (END_TEMPERATURE / START_TEMPERATURE) ** (progress - currentRun);
    }
    steps++;

    let m: number;
    let s2: number;
    if (breakerCount > 0 && rng.nextFloat() < TARGETED_SHARE) {
      [m, s2] = aimedMove();
      if (m < 0) continue;
    } else {
      m = movable[rng.nextInt(movable.length)] ?? 0;
      const domain = event.domains[m] ?? new Int32Array(0);
      s2 = domain[rng.nextInt(domain.length)] ?? -1;
    }
    const s1 = slotOf[m] ?? 0;
    if (s2 === s1 || s2 < 0) continue;

    // Grow the chain of meetings that must swap between s1 and s2 along with m.
    stamp++;
    let length = 1;
    chain[0] = m;
    inChain[m] = stamp;
    let fromFirst = 0;
    let feasible = true;
    for (let i = 0; i < length && feasible; i++) {
      const x = chain[i] ?? 0;
      const from = slotOf[x] ?? 0;
      const to = from === s1 ? s2 : s1;
      targetSlot[i] = to;
      if (frozen[x] === 1 || allowed[x * slotCount + to] !== 1) {
        feasible = false;
        break;
      }
      if (from === s1) fromFirst++;
      const table = event.fixedTable[x] ?? -1;
      for (let link = 0; link < 3; link++) {
        const y =
          link === 0
            ? (occupant[(sideA[x] ?? 0) * slotCount + to] ?? -1)
            : link === 1
              ? (occupant[(sideB[x] ?? 0) * slotCount + to] ?? -1)
              : table >= 0
                ? (tableHolder[to * tableCount + table] ?? -1)
                : -1;
        if (y < 0 || inChain[y] === stamp) continue;
        if (length >= MAX_CHAIN) {
          feasible = false;
          break;
        }
        inChain[y] = stamp;
        chain[length++] = y;
      }
    }
    if (!feasible) continue;
    const fromSecond = length - fromFirst;
    if ((load[s1] ?? 0) - fromFirst + fromSecond > tableCount) continue;
    if ((load[s2] ?? 0) + fromFirst - fromSecond > tableCount) continue;

    swapFirst = s1;
    swapSecond = s2;
    for (let i = 0; i < length && feasible; i++) {
      const x = chain[i] ?? 0;
      const to = targetSlot[i] ?? 0;
      for (const before of event.predecessors[x] ?? []) {
        if (slotAfterMove(before) >= to) feasible = false;
      }
      for (const after of event.successors[x] ?? []) {
        const afterSlot = slotAfterMove(after);
        if (afterSlot >= 0 && afterSlot <= to) feasible = false;
      }
    }
    if (!feasible) continue;

    // Participants met once in the chain are the ones whose busy slots change.
    let touchedCount = 0;
    for (let i = 0; i < length; i++) {
      const x = chain[i] ?? 0;
      for (let side = 0; side < 2; side++) {
        const q = (side === 0 ? sideA[x] : sideB[x]) ?? 0;
        if (touchStamp[q] !== stamp) {
          touchStamp[q] = stamp;
          touchCount[q] = 0;
          touchFrom[q] = slotOf[x] ?? 0;
          touched[touchedCount++] = q;
        }
        touchCount[q] = (touchCount[q] ?? 0) + 1;
      }
    }
    let changedCount = 0;
    let breaksDelta = 0;
    let idleDelta = 0;
    for (let i = 0; i < touchedCount; i++) {
      const q = touched[i] ?? 0;
      if (touchCount[q] !== 1) continue;
      const from = touchFrom[q] ?? 0;
      const to = from === s1 ? s2 : s1;
      const newRuns = (runs[q] ?? 0) + runsDelta(q, from, to);
      idleDelta += spanDelta(q, from, to);
      breaksDelta += Math.max(0, newRuns - 1) - Math.max(0, (runs[q] ?? 0) - 1);
      changed[changedCount] = q;
      changedRuns[changedCount++] = newRuns;
    }
    let newExcess = excess;
    if (changedCount > 0 && Number.isFinite(maxFairnessGap)) {
      for (let i = 0; i < changedCount; i++) {
        countInHistogram(runs[changed[i] ?? 0] ?? 0, -1);
        countInHistogram(changedRuns[i] ?? 0, 1);
      }
      newExcess = fairnessExcess();
      for (let i = 0; i < changedCount; i++) {
        countInHistogram(runs[changed[i] ?? 0] ?? 0, 1);
        countInHistogram(changedRuns[i] ?? 0, -1);
      }
    }
    const delta = breaksDelta + FAIRNESS_PENALTY * (newExcess - excess) + IDLE_WEIGHT * idleDelta;
    if (delta > 0 && rng.nextFloat() >= Math.exp(-delta / temperature)) continue;

    for (let i = 0; i < length; i++) state.remove(chain[i] ?? 0);
    for (let i = 0; i < length; i++) state.place(chain[i] ?? 0, targetSlot[i] ?? 0);
    for (let i = 0; i < changedCount; i++) {
      const q = changed[i] ?? 0;
      countInHistogram(runs[q] ?? 0, -1);
      setRuns(q, changedRuns[i] ?? 0);
      countInHistogram(runs[q] ?? 0, 1);
    }
    totalBreaks += breaksDelta;
    excess = newExcess;

    if (excess < bestExcess || (excess === bestExcess && totalBreaks < bestBreaks)) {
      bestExcess = excess;
      bestBreaks = totalBreaks;
      bestSlots.set(slotOf);
      if (isOptimal()) break;
    }
  }
  phase.spend(steps % CHECK_STRIDE);

  state.restore(bestSlots);
  return steps;
}
