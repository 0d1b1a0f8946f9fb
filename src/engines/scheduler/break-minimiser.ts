import type { CompiledEvent } from './compiled-event.js';
import type { ScheduleState } from './schedule-state.js';
import type { BudgetPhase } from './search-budget.js';
import type { SeededRandom } from './seeded-random.js';

/** Everything the break minimiser reads and changes. */
export interface BreakContext {
  event: CompiledEvent;
  state: ScheduleState;
  rng: SeededRandom;
  phase: BudgetPhase;
  /** Meetings that must stay in their slot (1), e.g. published ones when rescheduling. */
  frozen: Uint8Array;
  /** Largest accepted difference between two participants' break counts. */
  maxFairnessGap: number;
  /** Stop as soon as the total breaks reach this (a proven lower bound), fairness permitting. */
  lowerBound: number;
}

/** Cost of each break of fairness beyond the accepted gap, in breaks. */
const FAIRNESS_PENALTY = 4;
/** Most meetings one move may shift; longer chains are abandoned (they rarely pay off). */
const MAX_MOVED = 64;
const START_TEMPERATURE = Number(process.env.T0 ?? 0.6);
const END_TEMPERATURE = Number(process.env.T1 ?? 0.1);
/** Weight of idle slots (first to last meeting) in the search's guidance; breaks stay the objective. */
const IDLE_WEIGHT = Number(process.env.IW ?? 0.1);
/** How often a displaced meeting escapes to a free slot rather than swapping into the vacated one. */
const ESCAPE_PROBABILITY = Number(process.env.PE ?? 0.5);
/** How often a move swaps two whole slots. */
const SLOT_SWAP_PROBABILITY = Number(process.env.PS ?? 0.01);
/** Steps between two looks at the budget and the temperature. */
const CHECK_STRIDE = 256;

/**
 * Lowers the total number of breaks without unplacing anything, keeping the spread of per-participant
 * breaks within the accepted gap (a penalty while searching, a hard rule for the kept result).
 *
 * Simulated annealing over ejection chains: a meeting moves to another allowed slot; each meeting
 * it displaces there (a side's meeting, the holder of its pinned table, or one meeting when the slot
 * is full) either takes the slot the mover left (a Kempe-chain swap, which keeps table counts) or
 * escapes to a slot where both its sides are free, and so on. Now and then two whole slots swap.
 * A move is applied to the state, checked (sessions, availability, precedences), evaluated on the
 * participants it touched, and rolled back when rejected. Ends on the best schedule seen.
 */
export function minimiseBreaks(context: BreakContext): number {
  const { event, state, rng, phase, frozen, maxFairnessGap, lowerBound } = context;
  const { meetingCount, participantCount, slotCount, tableCount, sideA, sideB, allowed } = event;
  const { slotOf, occupant, tableHolder, load } = state;

  const runs = new Int32Array(participantCount);
  const idle = new Int32Array(participantCount);
  const histogram = new Int32Array(slotCount + 2);
  let profileRuns = 0;
  let profileIdle = 0;
  /** Sets `profileRuns` and `profileIdle` for participant p from the state. */
  const profile = (participant: number): void => {
    let runCount = 0;
    let first = -1;
    let last = -1;
    let busyCount = 0;
    let previousBusy = false;
    const row = participant * slotCount;
    for (let s = 0; s < slotCount; s++) {
      const busy = (occupant[row + s] ?? -1) >= 0;
      if (busy) {
        if (!previousBusy) runCount++;
        if (first < 0) first = s;
        last = s;
        busyCount++;
      }
      previousBusy = busy;
    }
    profileRuns = runCount;
    profileIdle = busyCount === 0 ? 0 : last - first + 1 - busyCount;
  };
  const breaksOf = (runCount: number): number => Math.max(0, runCount - 1);
  const countInHistogram = (runCount: number, delta: number): void => {
    const breaks = breaksOf(runCount);
    histogram[breaks] = (histogram[breaks] ?? 0) + delta;
  };
  let totalBreaks = 0;
  for (let p = 0; p < participantCount; p++) {
    profile(p);
    runs[p] = profileRuns;
    idle[p] = profileIdle;
    countInHistogram(profileRuns, 1);
    totalBreaks += breaksOf(profileRuns);
  }
  const fairnessExcess = (): number => {
    if (participantCount === 0 || !Number.isFinite(maxFairnessGap)) return 0;
    let high = slotCount + 1;
    while (high > 0 && (histogram[high] ?? 0) === 0) high--;
    let low = 0;
    while (low < high && (histogram[low] ?? 0) === 0) low++;
    return Math.max(0, high - low - maxFairnessGap);
  };
  let excess = fairnessExcess();
  let bestExcess = excess;
  let bestBreaks = totalBreaks;
  const bestSlots = Int32Array.from(slotOf);
  const isOptimal = (): boolean => bestExcess === 0 && bestBreaks <= lowerBound;
  if (isOptimal()) return 0;

  const movable: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if ((slotOf[m] ?? -1) >= 0 && frozen[m] !== 1 && (event.domains[m]?.length ?? 0) > 1) movable.push(m);
  }
  if (movable.length === 0) return 0;

  // The move being built: which meetings left which slot, and which still need a new one.
  const movedMeeting = new Int32Array(2 * MAX_MOVED + 2 * tableCount);
  const movedFrom = new Int32Array(movedMeeting.length);
  let movedCount = 0;
  const pendingMeeting = new Int32Array(movedMeeting.length);
  const pendingVacated = new Int32Array(movedMeeting.length);
  let pendingHead = 0;
  let pendingTail = 0;
  const moveStamp = new Int32Array(meetingCount);
  let stamp = 0;
  const touchStamp = new Int32Array(participantCount);
  const touched = new Int32Array(2 * movedMeeting.length);
  const touchedRuns = new Int32Array(touched.length);
  const touchedIdle = new Int32Array(touched.length);
  let touchedCount = 0;
  const escapeSlots = new Int32Array(slotCount);

  /** Takes meeting x out of its slot as part of the current move. */
  const lift = (x: number): void => {
    moveStamp[x] = stamp;
    movedMeeting[movedCount] = x;
    movedFrom[movedCount] = slotOf[x] ?? -1;
    movedCount++;
    state.remove(x);
  };
  const originOf = (x: number): number => {
    for (let i = 0; i < movedCount; i++) if (movedMeeting[i] === x) return movedFrom[i] ?? -1;
    return -1;
  };
  const displace = (y: number, vacated: number): boolean => {
    if (y < 0) return true;
    if (frozen[y] === 1 || moveStamp[y] === stamp || movedCount >= MAX_MOVED) return false;
    lift(y);
    pendingMeeting[pendingTail] = y;
    pendingVacated[pendingTail] = vacated;
    pendingTail++;
    return true;
  };
  /** Puts lifted meeting x into slot t, lifting whatever is in the way; false when it cannot. */
  const settle = (x: number, t: number, vacated: number): boolean => {
    if (allowed[x * slotCount + t] !== 1) return false;
    if (!displace(occupant[(sideA[x] ?? 0) * slotCount + t] ?? -1, vacated)) return false;
    if (!displace(occupant[(sideB[x] ?? 0) * slotCount + t] ?? -1, vacated)) return false;
    const table = event.fixedTable[x] ?? -1;
    if (table >= 0 && !displace(tableHolder[t * tableCount + table] ?? -1, vacated)) return false;
    const slotLoad = load[t] ?? 0;
    if (slotLoad >= tableCount) {
      // A full slot: one meeting that has not moved yet makes room.
      const offset = rng.nextInt(slotLoad);
      let evicted = -1;
      for (let i = 0; i < slotLoad && evicted < 0; i++) {
        const candidate = state.memberAt(t, (i + offset) % slotLoad);
        if (moveStamp[candidate] !== stamp && frozen[candidate] !== 1) evicted = candidate;
      }
      if (evicted < 0 || !displace(evicted, vacated)) return false;
    }
    state.place(x, t);
    return true;
  };
  /** Change of participant q's runs if it also met in slot s (its other slots as they are now). */
  const runsGain = (participant: number, slot: number): number => {
    const row = participant * slotCount;
    const left = slot > 0 && (occupant[row + slot - 1] ?? -1) >= 0;
    const right = slot < slotCount - 1 && (occupant[row + slot + 1] ?? -1) >= 0;
    return left && right ? -1 : !left && !right ? 1 : 0;
  };
  /** The free slot where lifted meeting y fits best, or -1. */
  const findEscape = (y: number, origin: number): number => {
    const a = sideA[y] ?? 0;
    const b = sideB[y] ?? 0;
    const table = event.fixedTable[y] ?? -1;
    let found = 0;
    let bestGain = Number.POSITIVE_INFINITY;
    for (const s of event.domains[y] ?? []) {
      if (s === origin || (load[s] ?? 0) >= tableCount) continue;
      if ((occupant[a * slotCount + s] ?? -1) >= 0 || (occupant[b * slotCount + s] ?? -1) >= 0) continue;
      if (table >= 0 && (tableHolder[s * tableCount + table] ?? -1) >= 0) continue;
      if (!state.respectsPrecedences(y, s)) continue;
      const gain = runsGain(a, s) + runsGain(b, s);
      if (gain < bestGain) {
        bestGain = gain;
        found = 0;
      }
      if (gain === bestGain) escapeSlots[found++] = s;
    }
    return found === 0 ? -1 : (escapeSlots[rng.nextInt(found)] ?? -1);
  };
  const rollback = (): void => {
    for (let i = 0; i < movedCount; i++) state.remove(movedMeeting[i] ?? 0);
    for (let i = 0; i < movedCount; i++) {
      const from = movedFrom[i] ?? -1;
      if (from >= 0) state.place(movedMeeting[i] ?? 0, from);
    }
  };

  /** Builds an ejection chain starting with meeting m going to slot target. */
  const buildChain = (m: number, target: number): boolean => {
    const origin = slotOf[m] ?? -1;
    lift(m);
    if (!settle(m, target, origin)) return false;
    while (pendingHead < pendingTail) {
      const y = pendingMeeting[pendingHead] ?? 0;
      const vacated = pendingVacated[pendingHead] ?? -1;
      pendingHead++;
      const yOrigin = originOf(y);
      const swapPossible = vacated !== yOrigin && allowed[y * slotCount + vacated] === 1;
      const escape = !swapPossible || rng.nextFloat() < ESCAPE_PROBABILITY ? findEscape(y, yOrigin) : -1;
      if (escape >= 0) state.place(y, escape);
      else if (!swapPossible || !settle(y, vacated, yOrigin)) return false;
    }
    return true;
  };

  /** Swaps the whole contents of slots s1 and s2. */
  const buildSlotSwap = (s1: number, s2: number): boolean => {
    for (const s of [s1, s2]) {
      for (let i = (load[s] ?? 0) - 1; i >= 0; i--) {
        const x = state.memberAt(s, i);
        if (frozen[x] === 1) return false;
        lift(x);
      }
    }
    for (let i = 0; i < movedCount; i++) {
      const x = movedMeeting[i] ?? 0;
      const to = movedFrom[i] === s1 ? s2 : s1;
      if (allowed[x * slotCount + to] !== 1) return false;
      state.place(x, to);
    }
    return true;
  };

  let temperature = START_TEMPERATURE;
  let steps = 0;
  while (true) {
    if (steps % CHECK_STRIDE === 0) {
      phase.spend(steps === 0 ? 0 : CHECK_STRIDE);
      if (phase.isExhausted()) break;
      temperature = START_TEMPERATURE * (END_TEMPERATURE / START_TEMPERATURE) ** phase.progress();
    }
    steps++;

    stamp++;
    movedCount = 0;
    pendingHead = 0;
    pendingTail = 0;
    let built: boolean;
    if (rng.nextFloat() < SLOT_SWAP_PROBABILITY) {
      const s1 = rng.nextInt(slotCount);
      const s2 = rng.nextInt(slotCount);
      if (s1 === s2) continue;
      built = buildSlotSwap(s1, s2);
    } else {
      const m = movable[rng.nextInt(movable.length)] ?? 0;
      const domain = event.domains[m] ?? new Int32Array(0);
      const target = domain[rng.nextInt(domain.length)] ?? -1;
      if (target === slotOf[m]) continue;
      built = buildChain(m, target);
    }
    if (built) {
      for (let i = 0; i < movedCount && built; i++) {
        const x = movedMeeting[i] ?? 0;
        built = (slotOf[x] ?? -1) >= 0 && state.respectsPrecedences(x, slotOf[x] ?? 0);
      }
    }
    if (!built) {
      rollback();
      continue;
    }

    // Evaluate on the participants of every meeting that moved.
    touchedCount = 0;
    let breaksDelta = 0;
    let idleDelta = 0;
    for (let i = 0; i < movedCount; i++) {
      const x = movedMeeting[i] ?? 0;
      if (slotOf[x] === movedFrom[i]) continue;
      for (let side = 0; side < 2; side++) {
        const q = (side === 0 ? sideA[x] : sideB[x]) ?? 0;
        if (touchStamp[q] === stamp) continue;
        touchStamp[q] = stamp;
        profile(q);
        breaksDelta += breaksOf(profileRuns) - breaksOf(runs[q] ?? 0);
        idleDelta += profileIdle - (idle[q] ?? 0);
        touched[touchedCount] = q;
        touchedRuns[touchedCount] = profileRuns;
        touchedIdle[touchedCount] = profileIdle;
        touchedCount++;
      }
    }
    const swapHistogram = (direction: number): void => {
      for (let i = 0; i < touchedCount; i++) {
        const q = touched[i] ?? 0;
        countInHistogram(runs[q] ?? 0, -direction);
        countInHistogram(touchedRuns[i] ?? 0, direction);
      }
    };
    swapHistogram(1);
    const newExcess = fairnessExcess();
    const delta = breaksDelta + FAIRNESS_PENALTY * (newExcess - excess) + IDLE_WEIGHT * idleDelta;
    if (delta > 0 && rng.nextFloat() >= Math.exp(-delta / temperature)) {
      swapHistogram(-1);
      rollback();
      continue;
    }
    for (let i = 0; i < touchedCount; i++) {
      const q = touched[i] ?? 0;
      runs[q] = touchedRuns[i] ?? 0;
      idle[q] = touchedIdle[i] ?? 0;
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
