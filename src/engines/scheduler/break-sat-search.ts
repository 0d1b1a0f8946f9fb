import type { CompiledEvent } from './compiled-event.js';
import { literal, SatSolver } from './sat-solver.js';
import type { ScheduleState } from './schedule-state.js';
import type { BudgetPhase } from './search-budget.js';
import type { SeededRandom } from './seeded-random.js';

/** Everything the exact neighbourhood search reads and changes. */
export interface NeighbourhoodSearchContext {
  event: CompiledEvent;
  state: ScheduleState;
  rng: SeededRandom;
  phase: BudgetPhase;
  /** Meetings that must stay in their slot (1). */
  frozen: Uint8Array;
  maxFairnessGap: number;
  /** A proven lower bound on the breaks; reaching it ends the search. */
  lowerBound: number;
}

/** Budget steps charged per conflict, comparable to local-search steps in time. */
const STEPS_PER_CONFLICT = 60;
/** Conflicts one neighbourhood may take before the next one is tried. */
const CONFLICTS_PER_NEIGHBOURHOOD = Number(process.env.CPN ?? 300);
/** About how many meetings a neighbourhood frees. */
const NEIGHBOURHOOD_SIZE = Number(process.env.NS ?? 40);
/** At-most-one constraints over more literals than this use a sequential encoding. */
const PAIRWISE_LIMIT = 6;

/**
 * Large-neighbourhood search with exact repair: free the meetings of a few related participants
 * (one with a break and others it meets), keep every other meeting where it is, and let a SAT
 * solver look for a placement of the freed meetings with fewer breaks overall. The model: each
 * freed meeting takes one allowed slot where its sides are not held by a kept meeting, tables per
 * slot and pinned tables hold, precedences hold against kept and freed meetings, no participant is
 * in two freed meetings at once; a break is counted where a participant meets after an idle slot
 * that follows an earlier meeting, and the breaks of the freed meetings' participants must total
 * less than now. Returns the steps spent; leaves the best schedule in `state`.
 */
export function searchNeighbourhoodsWithSat(context: NeighbourhoodSearchContext): number {
  const { event, state, rng, phase, frozen, lowerBound } = context;
  const { meetingCount, participantCount } = event;
  let spent = 0;
  const movable: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if ((state.slotOf[m] ?? -1) >= 0 && frozen[m] !== 1 && (event.domains[m]?.length ?? 0) > 1) movable.push(m);
  }
  if (movable.length === 0) return 0;
  let total = totalBreaks(state, participantCount);
  const freed = new Uint8Array(meetingCount);

  const stats = { tried: 0, sat: 0, improved: 0, conflicts: 0, vars: 0, t: performance.now() };
  while (total > lowerBound && !phase.isExhausted()) {
    stats.tried++;
    // Choose the participants whose meetings are freed: one with a break (or any), then others met.
    const breakers: number[] = [];
    for (let p = 0; p < participantCount; p++) if (state.countRuns(p) > 1) breakers.push(p);
    const seed = breakers.length > 0 ? (breakers[rng.nextInt(breakers.length)] ?? 0) : rng.nextInt(participantCount);
    freed.fill(0);
    const chosen: number[] = [];
    const participantsQueue = [seed];
    const queued = new Set([seed]);
    while (participantsQueue.length > 0 && chosen.length < NEIGHBOURHOOD_SIZE) {
      const p = participantsQueue.splice(rng.nextInt(participantsQueue.length), 1)[0] ?? 0;
      for (const m of event.meetingsOf[p] ?? []) {
        if ((state.slotOf[m] ?? -1) < 0 || frozen[m] === 1 || freed[m] === 1) continue;
        freed[m] = 1;
        chosen.push(m);
        for (const other of [event.sideA[m] ?? 0, event.sideB[m] ?? 0]) {
          if (!queued.has(other)) {
            queued.add(other);
            participantsQueue.push(other);
          }
        }
      }
    }
    const result = solveNeighbourhood(context, chosen, freed);
    spent += result.conflicts * STEPS_PER_CONFLICT;
    phase.spend(result.conflicts * STEPS_PER_CONFLICT);
    stats.conflicts += result.conflicts;
    if (result.slots !== undefined) {
      stats.sat++;
      const before = total;
      const previous = Int32Array.from(state.slotOf);
      state.restore(result.slots);
      const after = totalBreaks(state, participantCount);
      if (after < before && isFair(state, participantCount, context.maxFairnessGap)) {
        total = after;
        stats.improved++;
      }
      else state.restore(previous);
    }
  }
  if (process.env.DEBUG) console.log('lns', JSON.stringify(stats), 'sec', ((performance.now() - stats.t) / 1000).toFixed(2), 'total', total, 'build', buildTime.toFixed(0), 'solve', solveTime.toFixed(0), 'vars', modelVars, 'clauses', modelClauses, JSON.stringify(outcomes));
  return spent;
}

/** Solves one neighbourhood: new slots for all meetings (unchanged outside it), or none. */
function solveNeighbourhood(
  context: NeighbourhoodSearchContext,
  chosen: number[],
  freed: Uint8Array,
): { slots?: Int32Array; conflicts: number } {
  const { event, state, maxFairnessGap } = context;
  const { participantCount, slotCount, tableCount, sideA, sideB } = event;
  const buildStart = performance.now();
  const solver = new SatSolver();

  const atMostOne = (lits: number[]): void => {
    if (lits.length <= PAIRWISE_LIMIT) {
      for (let i = 0; i < lits.length; i++) {
        for (let j = i + 1; j < lits.length; j++) solver.addClause([(lits[i] ?? 0) ^ 1, (lits[j] ?? 0) ^ 1]);
      }
      return;
    }
    let previous = -1;
    for (let i = 0; i < lits.length; i++) {
      const x = lits[i] ?? 0;
      if (i < lits.length - 1) {
        const register = literal(solver.newVariable());
        solver.addClause([x ^ 1, register]);
        if (previous >= 0) {
          solver.addClause([previous ^ 1, register]);
          solver.addClause([x ^ 1, previous ^ 1]);
        }
        previous = register;
      } else if (previous >= 0) solver.addClause([x ^ 1, previous ^ 1]);
    }
  };
  /** Registers r[j-1] = "at least j of lits are true" (forced one way), j = 1..maxCount. */
  const atLeastRegisters = (lits: number[], maxCount: number): number[] => {
    let row: number[] = [];
    for (const x of lits) {
      const next: number[] = [];
      for (let j = 1; j <= maxCount; j++) {
        const register = literal(solver.newVariable());
        next.push(register);
        if (j === 1) solver.addClause([x ^ 1, register]);
        const carried = row[j - 1];
        if (carried !== undefined) solver.addClause([carried ^ 1, register]);
        const below = row[j - 2];
        if (j > 1 && below !== undefined) solver.addClause([x ^ 1, below ^ 1, register]);
      }
      row = next;
    }
    return row;
  };
  const atMost = (lits: number[], bound: number): boolean => {
    if (bound < 0) return lits.length === 0 || solver.addClause([]);
    if (lits.length <= bound) return true;
    const registers = atLeastRegisters(lits, bound + 1);
    return solver.addClause([(registers[bound] ?? 0) ^ 1]);
  };

  // Kept meetings hold their participants' slots, tables and pinned tables.
  const keptBusy = (participant: number, slot: number): boolean => {
    const holder = state.occupant[participant * slotCount + slot] ?? -1;
    return holder >= 0 && freed[holder] !== 1;
  };
  const keptLoad = new Int32Array(slotCount);
  for (let s = 0; s < slotCount; s++) {
    for (let i = 0; i < (state.load[s] ?? 0); i++) {
      if (freed[state.memberAt(s, i)] !== 1) keptLoad[s] = (keptLoad[s] ?? 0) + 1;
    }
  }

  const variableOf = new Map<number, number>();
  const key = (m: number, s: number): number => m * slotCount + s;
  for (const m of chosen) {
    const current = state.slotOf[m] ?? 0;
    const lits: number[] = [];
    const a = sideA[m] ?? 0;
    const b = sideB[m] ?? 0;
    const table = event.fixedTable[m] ?? -1;
    for (const s of event.domains[m] ?? []) {
      if (keptBusy(a, s) || keptBusy(b, s)) continue;
      const pinnedHolder = table >= 0 ? (state.tableHolder[s * tableCount + table] ?? -1) : -1;
      if (pinnedHolder >= 0 && freed[pinnedHolder] !== 1) continue;
      let ordered = true;
      for (const before of event.predecessors[m] ?? []) {
        const at = state.slotOf[before] ?? -1;
        if (freed[before] !== 1 && at >= s) ordered = false;
      }
      for (const after of event.successors[m] ?? []) {
        const at = state.slotOf[after] ?? -1;
        if (freed[after] !== 1 && at >= 0 && at <= s) ordered = false;
      }
      if (!ordered) continue;
      const v = solver.newVariable();
      variableOf.set(key(m, s), v);
      solver.setPhase(v, s === current);
      lits.push(literal(v));
    }
    solver.addClause(lits);
    atMostOne(lits);
  }
  const heldIn = (m: number, s: number): number => variableOf.get(key(m, s)) ?? -1;

  for (let s = 0; s < slotCount; s++) {
    const inSlot: number[] = [];
    const byTable = new Map<number, number[]>();
    for (const m of chosen) {
      const v = heldIn(m, s);
      if (v < 0) continue;
      inSlot.push(literal(v));
      const table = event.fixedTable[m] ?? -1;
      if (table >= 0) byTable.set(table, [...(byTable.get(table) ?? []), literal(v)]);
    }
    atMost(inSlot, tableCount - (keptLoad[s] ?? 0));
    for (const lits of byTable.values()) atMostOne(lits);
  }

  for (const b of chosen) {
    for (const a of event.predecessors[b] ?? []) {
      if (freed[a] !== 1) continue;
      for (let sa = 0; sa < slotCount; sa++) {
        const va = heldIn(a, sa);
        if (va < 0) continue;
        for (let sb = 0; sb <= sa; sb++) {
          const vb = heldIn(b, sb);
          if (vb >= 0) solver.addClause([literal(va, true), literal(vb, true)]);
        }
      }
    }
  }

  // Participants of freed meetings: one meeting per slot, busy flags, "met before" flags, breaks.
  const involved = new Set<number>();
  for (const m of chosen) {
    involved.add(sideA[m] ?? 0);
    involved.add(sideB[m] ?? 0);
  }
  const ownFreed = new Map<number, number[]>();
  for (const m of chosen) {
    for (const p of [sideA[m] ?? 0, sideB[m] ?? 0]) ownFreed.set(p, [...(ownFreed.get(p) ?? []), m]);
  }
  const TRUE = literal(solver.newVariable());
  solver.addClause([TRUE]);
  const FALSE = TRUE ^ 1;
  const breakLits: number[] = [];
  let breaksNow = 0;
  const minimumIsZero = event.meetingsOf.some((own) => own.length <= 1);
  for (const p of involved) {
    const own = ownFreed.get(p) ?? [];
    const mine: number[] = [];
    let previousBusy = -1;
    let previousSeen = -1;
    for (let s = 0; s < slotCount; s++) {
      const here: number[] = [];
      for (const m of own) {
        const v = heldIn(m, s);
        if (v >= 0) here.push(literal(v));
      }
      atMostOne(here);
      let busy: number;
      if (keptBusy(p, s)) busy = TRUE;
      else if (here.length === 0) busy = FALSE;
      else {
        busy = literal(solver.newVariable());
        solver.setPhase(busy >> 1, state.isBusy(p, s));
        for (const x of here) solver.addClause([x ^ 1, busy]);
        solver.addClause([busy ^ 1, ...here]);
      }
      let seen: number;
      if (busy === TRUE || previousSeen === TRUE) seen = TRUE;
      else if (busy === FALSE && (previousSeen === FALSE || previousSeen < 0)) seen = FALSE;
      else {
        seen = literal(solver.newVariable());
        if (busy !== FALSE) solver.addClause([busy ^ 1, seen]);
        if (previousSeen >= 0 && previousSeen !== FALSE) solver.addClause([previousSeen ^ 1, seen]);
      }
      if (previousBusy >= 0 && busy !== FALSE && previousBusy !== TRUE && previousSeen !== FALSE) {
        const gap = literal(solver.newVariable());
        solver.addClause([busy ^ 1, previousBusy, previousSeen ^ 1, gap].filter((lit) => lit !== FALSE));
        mine.push(gap);
        breakLits.push(gap);
      }
      previousBusy = busy;
      previousSeen = seen;
    }
    breaksNow += Math.max(0, state.countRuns(p) - 1);
    if (minimumIsZero && Number.isFinite(maxFairnessGap)) atMost(mine, maxFairnessGap);
  }
  if (breaksNow === 0 || !atMost(breakLits, breaksNow - 1)) return { conflicts: 0 };

  buildTime += performance.now() - buildStart;
  modelVars += solver.numberOfVariables;
  modelClauses += solver.numberOfClauses;
  const solveStart = performance.now();
  let conflictsLeft = CONFLICTS_PER_NEIGHBOURHOOD;
  let charged = 0;
  const outcome = solver.solve(() => {
    conflictsLeft -= 64;
    context.phase.spend(64 * STEPS_PER_CONFLICT);
    charged += 64;
    return conflictsLeft <= 0 || context.phase.isExhausted();
  });
  solveTime += performance.now() - solveStart;
  outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
  if (outcome !== 'sat') return { conflicts: solver.conflicts - charged };
  const slots = Int32Array.from(state.slotOf);
  for (const m of chosen) {
    for (const s of event.domains[m] ?? []) {
      const v = heldIn(m, s);
      if (v >= 0 && solver.value(v)) slots[m] = s;
    }
  }
  return { slots, conflicts: solver.conflicts - charged };
}

export const outcomes: Record<string, number> = {};
export let buildTime = 0;
export let solveTime = 0;
export let modelVars = 0;
export let modelClauses = 0;
function totalBreaks(state: ScheduleState, participantCount: number): number {
  let total = 0;
  for (let p = 0; p < participantCount; p++) total += Math.max(0, state.countRuns(p) - 1);
  return total;
}

function isFair(state: ScheduleState, participantCount: number, maxFairnessGap: number): boolean {
  let low = Number.POSITIVE_INFINITY;
  let high = 0;
  for (let p = 0; p < participantCount; p++) {
    const breaks = Math.max(0, state.countRuns(p) - 1);
    low = Math.min(low, breaks);
    high = Math.max(high, breaks);
  }
  return participantCount === 0 || high - low <= maxFairnessGap;
}
