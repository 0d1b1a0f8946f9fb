import type { CompiledEvent } from './compiled-event.js';
import type { ScheduleState } from './schedule-state.js';
import type { BudgetPhase } from './search-budget.js';
import type { SeededRandom } from './seeded-random.js';

/** Everything the placement phase reads and changes. */
export interface PlacementContext {
  event: CompiledEvent;
  state: ScheduleState;
  rng: SeededRandom;
  phase: BudgetPhase;
  /**
   * No schedule places more meetings than this; once reached (with uniform weights) only starvation
   * and displacement can improve, and the search gives up sooner.
   */
  upperBound: number;
  /** Published slot of each meeting, -1 for none: moving a published meeting counts against a candidate. */
  anchor?: Int32Array;
}

/** Unplaced meetings examined per tabu step when many are waiting. */
const CANDIDATE_SAMPLE = 16;
/** Tabu steps without a new best before the placement phase gives up. */
const MIN_STALL_STEPS = 5_000;
/** Tabu steps per meeting without a new best before giving up (when the count may still improve). */
const STALL_STEPS_PER_MEETING = 100;
/** Tabu steps without a new best once the proven most meetings are placed (only fairness can improve). */
const FAIRNESS_STALL_STEPS = 1_000;
/**
 * How long a meeting may not return to the slot it was just taken out of: a share of the unplaced
 * count plus a random spread (longer than PartialCol's 0.6 and 10, which cycled on precedence-heavy
 * instances).
 */
const TENURE_PER_UNPLACED = 2;
const TENURE_SPREAD = 20;
const EPSILON = 1e-9;

/**
 * Places every meeting it can without moving any: most constrained first (fewest allowed slots,
 * busiest participants), each in the allowed free slot closest to its participants' other meetings.
 */
export function placeGreedily(event: CompiledEvent, state: ScheduleState, rng: SeededRandom): void {
  const { slotCount } = event;
  const order: number[] = [];
  for (let m = 0; m < event.meetingCount; m++) {
    if (event.isValid[m] === 1 && (state.slotOf[m] ?? -1) < 0 && (event.domains[m]?.length ?? 0) > 0) {
      order.push(m);
    }
  }
  const degree = (m: number): number =>
    (event.meetingsOf[event.sideA[m] ?? 0]?.length ?? 0) +
    (event.meetingsOf[event.sideB[m] ?? 0]?.length ?? 0);
  order.sort(
    (x, y) =>
      (event.domains[x]?.length ?? 0) - (event.domains[y]?.length ?? 0) || degree(y) - degree(x) || x - y,
  );

  /** Idle slots a participant would gain by meeting in slot s: distance to their nearest meeting, minus one. */
  const gapCost = (participant: number, slot: number): number => {
    let nearest = slotCount;
    for (let s = 0; s < slotCount; s++) {
      if (state.isBusy(participant, s)) nearest = Math.min(nearest, Math.abs(s - slot));
    }
    return nearest === slotCount ? 0 : Math.max(0, nearest - 1);
  };

  for (const m of order) {
    let bestSlot = -1;
    let bestCost = Number.POSITIVE_INFINITY;
    let ties = 0;
    for (const s of event.domains[m] ?? []) {
      if (!state.canPlace(m, s)) continue;
      const cost = gapCost(event.sideA[m] ?? 0, s) + gapCost(event.sideB[m] ?? 0, s);
      if (cost < bestCost) {
        bestCost = cost;
        bestSlot = s;
        ties = 1;
      } else if (cost === bestCost) {
        ties++;
        if (rng.nextInt(ties) === 0) bestSlot = s;
      }
    }
    if (bestSlot >= 0) state.place(m, bestSlot);
  }
}

/** A set of meeting indexes with O(1) add, remove and random pick. */
class MeetingPool {
  private readonly items: Int32Array;
  private readonly position: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.items = new Int32Array(capacity);
    this.position = new Int32Array(capacity).fill(-1);
  }

  get size(): number {
    return this.count;
  }

  at(i: number): number {
    return this.items[i] ?? -1;
  }

  add(m: number): void {
    if ((this.position[m] ?? -1) >= 0) return;
    this.items[this.count] = m;
    this.position[m] = this.count;
    this.count++;
  }

  delete(m: number): void {
    const at = this.position[m] ?? -1;
    if (at < 0) return;
    const last = this.items[this.count - 1] ?? -1;
    this.items[at] = last;
    this.position[last] = at;
    this.position[m] = -1;
    this.count--;
  }
}

/** Lexicographic cost of a partial schedule: unplaced weight, displaced published meetings, starvation. */
interface PlacementCost {
  unplacedWeight: number;
  displaced: number;
  starvation: number;
}

function compareCosts(x: PlacementCost, y: PlacementCost): number {
  if (Math.abs(x.unplacedWeight - y.unplacedWeight) > EPSILON) return x.unplacedWeight - y.unplacedWeight;
  if (x.displaced !== y.displaced) return x.displaced - y.displaced;
  if (Math.abs(x.starvation - y.starvation) > EPSILON) return x.starvation - y.starvation;
  return 0;
}

/**
 * Gets as many meetings placed as it can (by weight), then as few published meetings moved, then
 * the least starved participants (sum of squared unplaced shares). A tabu search over partial
 * schedules in the style of PartialCol (Blöchliger and Zufferey, 2008): a step puts one unplaced
 * meeting into a slot and takes out whatever then clashes (a side's meeting there, a meeting the
 * precedences now forbid, the holder of its pinned table, one meeting if the slot is full); a meeting
 * taken out moves straight to a free slot when it has one, else waits unplaced; taking a meeting out
 * of a slot forbids putting it back there for a while. Ends on the best schedule seen.
 */
export function searchPlacement(context: PlacementContext): number {
  const { event, state, rng, phase, upperBound, anchor } = context;
  const { meetingCount, slotCount, tableCount, weight, sideA, sideB } = event;

  const pool = new MeetingPool(meetingCount);
  const unplacedOf = new Int32Array(event.participantCount);
  /** Counts meeting m in (+1) or out of (-1) its two participants' unplaced meetings. */
  const countUnplaced = (m: number, delta: number): void => {
    const a = sideA[m] ?? 0;
    const b = sideB[m] ?? 0;
    unplacedOf[a] = (unplacedOf[a] ?? 0) + delta;
    unplacedOf[b] = (unplacedOf[b] ?? 0) + delta;
  };
  const cost: PlacementCost = { unplacedWeight: 0, displaced: 0, starvation: 0 };
  for (let m = 0; m < meetingCount; m++) {
    const anchored = (anchor?.[m] ?? -1) >= 0;
    if (anchored && state.slotOf[m] !== anchor?.[m]) cost.displaced++;
    if (event.isValid[m] !== 1 || (event.domains[m]?.length ?? 0) === 0 || (state.slotOf[m] ?? -1) >= 0)
      continue;
    pool.add(m);
    cost.unplacedWeight += weight[m] ?? 0;
    countUnplaced(m, 1);
  }
  const requestedOf = event.meetingsOf.map((list) => Math.max(1, list.length));
  const shareSquared = (participant: number, unplaced: number): number => {
    const share = unplaced / (requestedOf[participant] ?? 1);
    return share * share;
  };
  for (let p = 0; p < event.participantCount; p++) cost.starvation += shareSquared(p, unplacedOf[p] ?? 0);

  /** Nothing left to gain: every meeting placed and none displaced. */
  const isDone = (): boolean => cost.displaced === 0 && pool.size === 0;
  /** The most meetings that can be placed are placed; only starvation and displacement can improve. */
  let bestPlaced = state.placedCount;
  const atUpperBound = (): boolean => event.uniformWeights && bestPlaced >= upperBound;
  if (isDone()) return 0;

  const best: PlacementCost = { ...cost };
  const bestSlots = Int32Array.from(state.slotOf);
  const tabuUntil = new Float64Array(meetingCount * slotCount);
  const ejectMark = new Int32Array(meetingCount);
  let markStamp = 0;
  const ejected: number[] = [];
  /** Where each ejected meeting can go straight away (-1: it joins the unplaced). */
  const relocation: number[] = [];
  const chosenEjected: number[] = [];
  const chosenRelocation: number[] = [];
  const touched: number[] = [];
  const touchedDelta: number[] = [];
  let step = 0;
  let lastImprovement = 0;
  const stallSteps = Math.max(MIN_STALL_STEPS, STALL_STEPS_PER_MEETING * meetingCount);
  const candidates: number[] = [];

  const displacement = (m: number): number =>
    anchor !== undefined && (anchor[m] ?? -1) >= 0 && anchor[m] !== state.slotOf[m] ? 1 : 0;
  /** Counts meeting m in or out of the unplaced, keeping `cost` exact. */
  const shiftUnplaced = (m: number, delta: number): void => {
    cost.unplacedWeight += delta * (weight[m] ?? 0);
    for (const participant of [sideA[m] ?? 0, sideB[m] ?? 0]) {
      const now = unplacedOf[participant] ?? 0;
      cost.starvation += shareSquared(participant, now + delta) - shareSquared(participant, now);
      unplacedOf[participant] = now + delta;
    }
  };
  const unplace = (m: number): void => {
    cost.displaced -= displacement(m);
    state.remove(m);
    pool.add(m);
    shiftUnplaced(m, 1);
    cost.displaced += displacement(m);
  };
  const placeAt = (m: number, slot: number): void => {
    cost.displaced -= displacement(m);
    state.place(m, slot);
    pool.delete(m);
    shiftUnplaced(m, -1);
    cost.displaced += displacement(m);
  };

  const addEjected = (m: number): void => {
    if (m < 0 || ejectMark[m] === markStamp) return;
    ejectMark[m] = markStamp;
    ejected.push(m);
  };

  /** Collects in `ejected` what must leave for meeting m to take slot s. */
  const collectEjections = (m: number, s: number): void => {
    markStamp++;
    ejected.length = 0;
    addEjected(state.occupant[(sideA[m] ?? 0) * slotCount + s] ?? -1);
    addEjected(state.occupant[(sideB[m] ?? 0) * slotCount + s] ?? -1);
    const table = event.fixedTable[m] ?? -1;
    if (table >= 0) addEjected(state.tableHolder[s * tableCount + table] ?? -1);
    for (const before of event.predecessors[m] ?? []) {
      if ((state.slotOf[before] ?? -1) >= s) addEjected(before);
    }
    for (const after of event.successors[m] ?? []) {
      const afterSlot = state.slotOf[after] ?? -1;
      if (afterSlot >= 0 && afterSlot <= s) addEjected(after);
    }
    let leavingSlot = 0;
    for (const e of ejected) if (state.slotOf[e] === s) leavingSlot++;
    if ((state.load[s] ?? 0) - leavingSlot < tableCount) {
      relocateEjected(m, s);
      return;
    }
    // The slot is full: the lightest meeting there (not already leaving) makes room.
    const load = state.load[s] ?? 0;
    const offset = rng.nextInt(load);
    let victim = -1;
    for (let i = 0; i < load; i++) {
      const other = state.memberAt(s, (i + offset) % load);
      if (ejectMark[other] === markStamp) continue;
      if (victim < 0 || (weight[other] ?? 0) < (weight[victim] ?? 0)) victim = other;
    }
    addEjected(victim);
    relocateEjected(m, s);
  };

  const relocateEjected = (m: number, s: number): void => {
    relocation.length = 0;
    for (const e of ejected) relocation.push(findRelocation(e, m, s));
  };

  /** A free slot, other than s, where ejected meeting e could go at once while m takes s; or -1. */
  const findRelocation = (e: number, m: number, s: number): number => {
    const domain = event.domains[e] ?? new Int32Array(0);
    const from = state.slotOf[e] ?? -1;
    const offset = rng.nextInt(domain.length);
    for (let i = 0; i < domain.length; i++) {
      const r = domain[(i + offset) % domain.length] ?? -1;
      if (r === s || r === from || (tabuUntil[e * slotCount + r] ?? 0) > step) continue;
      if (!state.canPlace(e, r)) continue;
      if (event.predecessors[m]?.includes(e) && r >= s) continue;
      if (event.successors[m]?.includes(e) && r <= s) continue;
      return r;
    }
    return -1;
  };

  /** Adds `delta` to the change of participant's unplaced meetings in the move being weighed. */
  const touch = (participant: number, delta: number): void => {
    const at = touched.indexOf(participant);
    if (at >= 0) touchedDelta[at] = (touchedDelta[at] ?? 0) + delta;
    else {
      touched.push(participant);
      touchedDelta.push(delta);
    }
  };
  /**
   * The change of cost if meeting m took slot s, given `ejected`. No closure is made per call:
   * under tsx every closure created is also named, which is slow (see `minimiseBreaks`).
   */
  const evaluate = (m: number, s: number): PlacementCost => {
    let unplacedWeight = -(weight[m] ?? 0);
    let displaced = anchor !== undefined && anchor[m] === s ? -1 : 0;
    touched.length = 0;
    touchedDelta.length = 0;
    touch(sideA[m] ?? 0, -1);
    touch(sideB[m] ?? 0, -1);
    for (let i = 0; i < ejected.length; i++) {
      const e = ejected[i] ?? 0;
      const target = relocation[i] ?? -1;
      const anchored = anchor !== undefined && (anchor[e] ?? -1) >= 0;
      if (anchored && anchor[e] === state.slotOf[e]) displaced++;
      if (target >= 0) {
        if (anchored && anchor[e] === target) displaced--;
        continue;
      }
      unplacedWeight += weight[e] ?? 0;
      touch(sideA[e] ?? 0, 1);
      touch(sideB[e] ?? 0, 1);
    }
    let starvation = 0;
    for (let i = 0; i < touched.length; i++) {
      const participant = touched[i] ?? 0;
      const now = unplacedOf[participant] ?? 0;
      starvation += shareSquared(participant, now + (touchedDelta[i] ?? 0)) - shareSquared(participant, now);
    }
    return { unplacedWeight, displaced, starvation };
  };

  while (
    !phase.isExhausted() &&
    step - lastImprovement < (atUpperBound() ? FAIRNESS_STALL_STEPS : stallSteps)
  ) {
    step++;
    candidates.length = 0;
    if (pool.size <= CANDIDATE_SAMPLE) {
      for (let i = 0; i < pool.size; i++) candidates.push(pool.at(i));
    } else {
      for (let i = 0; i < CANDIDATE_SAMPLE; i++) candidates.push(pool.at(rng.nextInt(pool.size)));
    }

    let chosenMeeting = -1;
    let chosenSlot = -1;
    let chosenDelta: PlacementCost | undefined;
    let ties = 0;
    let evaluated = 0;
    for (const m of candidates) {
      for (const s of event.domains[m] ?? []) {
        evaluated++;
        collectEjections(m, s);
        const delta = evaluate(m, s);
        const isTabu = (tabuUntil[m * slotCount + s] ?? 0) > step;
        if (isTabu) {
          const reached: PlacementCost = {
            unplacedWeight: cost.unplacedWeight + delta.unplacedWeight,
            displaced: cost.displaced + delta.displaced,
            starvation: cost.starvation + delta.starvation,
          };
          if (compareCosts(reached, best) >= 0) continue;
        }
        const order = chosenDelta === undefined ? -1 : compareCosts(delta, chosenDelta);
        if (order < 0) ties = 1;
        else if (order === 0) ties++;
        if (order < 0 || (order === 0 && rng.nextInt(ties) === 0)) {
          chosenMeeting = m;
          chosenSlot = s;
          chosenDelta = delta;
          chosenEjected.length = 0;
          chosenEjected.push(...ejected);
          chosenRelocation.length = 0;
          chosenRelocation.push(...relocation);
        }
      }
    }
    phase.spend(evaluated);

    if (chosenMeeting < 0 || chosenDelta === undefined) {
      // Every move is tabu: take a random one so the search keeps moving.
      chosenMeeting = candidates[rng.nextInt(candidates.length)] ?? -1;
      const domain = event.domains[chosenMeeting] ?? new Int32Array(0);
      chosenSlot = domain[rng.nextInt(domain.length)] ?? -1;
      if (chosenMeeting < 0 || chosenSlot < 0) break;
      collectEjections(chosenMeeting, chosenSlot);
      chosenDelta = evaluate(chosenMeeting, chosenSlot);
      chosenEjected.length = 0;
      chosenEjected.push(...ejected);
      chosenRelocation.length = 0;
      chosenRelocation.push(...relocation);
    }

    const tenure = TENURE_PER_UNPLACED * pool.size + rng.nextInt(TENURE_SPREAD) + 1;
    for (const e of chosenEjected) {
      const from = state.slotOf[e] ?? -1;
      unplace(e);
      if (from >= 0) tabuUntil[e * slotCount + from] = step + tenure;
    }
    placeAt(chosenMeeting, chosenSlot);
    for (let i = 0; i < chosenEjected.length; i++) {
      // Checked again: two ejected meetings may have picked the same free slot.
      const e = chosenEjected[i] ?? 0;
      const target = chosenRelocation[i] ?? -1;
      if (target >= 0 && state.canPlace(e, target)) placeAt(e, target);
    }

    if (compareCosts(cost, best) < 0) {
      Object.assign(best, cost);
      bestSlots.set(state.slotOf);
      bestPlaced = state.placedCount;
      lastImprovement = step;
      if (isDone()) break;
    }
  }

  state.restore(bestSlots);
  return step;
}
