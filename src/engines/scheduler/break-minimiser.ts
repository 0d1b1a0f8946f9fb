import type { CompiledEvent } from './compiled-event.js';
import type { ScheduleState } from './schedule-state.js';
import type { BudgetPhase } from './search-budget.js';
import type { SeededRandom } from './seeded-random.js';

export interface BreakContext {
  event: CompiledEvent;
  state: ScheduleState;
  rng: SeededRandom;
  phase: BudgetPhase;
  frozen: Uint8Array;
  maxFairnessGap: number;
  lowerBound: number;
}

const FAIRNESS_PENALTY = 4;
const START_TEMPERATURE = Number(process.env.T0 ?? 0.6);
const END_TEMPERATURE = Number(process.env.T1 ?? 0.1);
const CLASH_PENALTY = Number(process.env.LAMBDA ?? 1);
const SWAP_PROBABILITY = Number(process.env.PSW ?? 0.3);
const CHECK_STRIDE = 1024;

export function minimiseBreaks(context: BreakContext): number {
  const { event, state, rng, phase, frozen, maxFairnessGap, lowerBound } = context;
  const { meetingCount, participantCount, slotCount, tableCount, sideA, sideB, allowed } = event;
  const slotOf = Int32Array.from(state.slotOf);
  const count = new Uint8Array(participantCount * slotCount);
  const load = new Int32Array(slotCount);
  const members = new Int32Array(slotCount * tableCount);
  const position = new Int32Array(meetingCount);
  for (let m = 0; m < meetingCount; m++) {
    const s = slotOf[m] ?? -1;
    if (s < 0) continue;
    const a = sideA[m] ?? 0;
    const b = sideB[m] ?? 0;
    count[a * slotCount + s] = (count[a * slotCount + s] ?? 0) + 1;
    count[b * slotCount + s] = (count[b * slotCount + s] ?? 0) + 1;
    const l = load[s] ?? 0;
    members[s * tableCount + l] = m;
    position[m] = l;
    load[s] = l + 1;
  }
  const runs = new Int32Array(participantCount);
  const histogram = new Int32Array(slotCount + 2);
  let totalBreaks = 0;
  for (let p = 0; p < participantCount; p++) {
    runs[p] = state.countRuns(p);
    const br = Math.max(0, (runs[p] ?? 0) - 1);
    histogram[br] = (histogram[br] ?? 0) + 1;
    totalBreaks += br;
  }
  let clashes = 0;
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
  if (bestExcess === 0 && bestBreaks <= lowerBound) return 0;
  const movable: number[] = [];
  for (let m = 0; m < meetingCount; m++) {
    if ((slotOf[m] ?? -1) >= 0 && frozen[m] !== 1 && (event.domains[m]?.length ?? 0) > 1) movable.push(m);
  }
  if (movable.length === 0) return 0;

  const setRuns = (p: number, r: number): void => {
    const old = Math.max(0, (runs[p] ?? 0) - 1);
    const nw = Math.max(0, r - 1);
    histogram[old] = (histogram[old] ?? 0) - 1;
    histogram[nw] = (histogram[nw] ?? 0) + 1;
    totalBreaks += nw - old;
    runs[p] = r;
  };
  const busy = (row: number, s: number): boolean => (count[row + s] ?? 0) > 0;
  const leave = (p: number, s: number): void => {
    const row = p * slotCount;
    const c = count[row + s] ?? 0;
    count[row + s] = c - 1;
    if (c >= 2) {
      clashes--;
      return;
    }
    const left = s > 0 && busy(row, s - 1);
    const right = s < slotCount - 1 && busy(row, s + 1);
    setRuns(p, (runs[p] ?? 0) + (left && right ? 1 : !left && !right ? -1 : 0));
  };
  const enter = (p: number, s: number): void => {
    const row = p * slotCount;
    const c = count[row + s] ?? 0;
    count[row + s] = c + 1;
    if (c >= 1) {
      clashes++;
      return;
    }
    const left = s > 0 && busy(row, s - 1);
    const right = s < slotCount - 1 && busy(row, s + 1);
    setRuns(p, (runs[p] ?? 0) + (left && right ? -1 : !left && !right ? 1 : 0));
  };
  const shift = (m: number, to: number): void => {
    const from = slotOf[m] ?? 0;
    const a = sideA[m] ?? 0;
    const b = sideB[m] ?? 0;
    leave(a, from);
    leave(b, from);
    enter(a, to);
    enter(b, to);
    slotOf[m] = to;
    // member lists
    const pos = position[m] ?? 0;
    const lastF = (load[from] ?? 1) - 1;
    const moved = members[from * tableCount + lastF] ?? 0;
    members[from * tableCount + pos] = moved;
    position[moved] = pos;
    load[from] = lastF;
    const lt = load[to] ?? 0;
    members[to * tableCount + lt] = m;
    position[m] = lt;
    load[to] = lt + 1;
  };
  const precedenceOk = (m: number, s: number, other: number, otherSlot: number): boolean => {
    for (const before of event.predecessors[m] ?? []) {
      const bs = before === other ? otherSlot : (slotOf[before] ?? -1);
      if (bs >= s) return false;
    }
    for (const after of event.successors[m] ?? []) {
      const as = after === other ? otherSlot : (slotOf[after] ?? -1);
      if (as >= 0 && as <= s) return false;
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
    const m = movable[rng.nextInt(movable.length)] ?? 0;
    const s1 = slotOf[m] ?? 0;
    const domain = event.domains[m] ?? new Int32Array(0);
    const s2 = domain[rng.nextInt(domain.length)] ?? s1;
    if (s2 === s1) continue;
    let partner = -1;
    if ((load[s2] ?? 0) >= tableCount || rng.nextFloat() < SWAP_PROBABILITY) {
      const l = load[s2] ?? 0;
      if (l === 0) continue;
      partner = members[s2 * tableCount + rng.nextInt(l)] ?? 0;
      if (frozen[partner] === 1 || allowed[partner * slotCount + s1] !== 1) continue;
      if (!precedenceOk(partner, s1, m, s2)) continue;
    }
    if (!precedenceOk(m, s2, partner, s1)) continue;
    const before = totalBreaks + CLASH_PENALTY * clashes + FAIRNESS_PENALTY * excess;
    shift(m, s2);
    if (partner >= 0) shift(partner, s1);
    const newExcess = fairnessExcess();
    const delta = totalBreaks + CLASH_PENALTY * clashes + FAIRNESS_PENALTY * newExcess - before;
    if (delta > 0 && rng.nextFloat() >= Math.exp(-delta / temperature)) {
      if (partner >= 0) shift(partner, s2);
      shift(m, s1);
      continue;
    }
    excess = newExcess;
    if (clashes === 0 && (excess < bestExcess || (excess === bestExcess && totalBreaks < bestBreaks))) {
      bestExcess = excess;
      bestBreaks = totalBreaks;
      bestSlots.set(slotOf);
      if (bestExcess === 0 && bestBreaks <= lowerBound) break;
    }
  }
  phase.spend(steps % CHECK_STRIDE);
  state.restore(bestSlots);
  return steps;
}
