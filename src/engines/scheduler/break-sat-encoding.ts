import type { CompiledEvent } from './compiled-event.js';
import { literal, negate, type SatBudget, type SatOutcome, SatSolver } from './sat-solver.js';
import type { ScheduleState } from './schedule-state.js';

/**
 * Slots with a table count also get a count of participants meeting in them (each meeting seats
 * two) when some slot would need at least this share of its seats for the participants who must
 * meet in it if they have no break: a participant with morning-only and afternoon-only meetings
 * meets at lunch. Measured with the core search: on forum-13crafb and ticf-13crafb (96 % of the
 * lunch seats) it turns no optimal schedule in 30 s into one in 4-20 s; on forum-13crafc (33 %)
 * it turns 1.4 s into 12 s.
 */
const CROWDED_SEATS_SHARE = 0.75;

/** Sets of at most this many literals get pairwise at-most-one clauses; larger ones a sequential counter. */
const PAIRWISE_LIMIT = 6;
/**
 * What a `BreakSatModel` covers: the meetings that keep their slot and the participants whose breaks
 * it counts, each with between `fewestBreaks` and `mostBreaks` breaks (the fairness rule).
 */
export interface BreakModelScope {
  frozen: Uint8Array;
  /**
   * When true, participants all of whose meetings are frozen are left out: their breaks cannot
   * change, and the limits of `solveAtMost` count the breaks of the others only.
   */
  onlyTouched: boolean;
  fewestBreaks: number;
  mostBreaks: number;
  /** When given, meetings that are not frozen may be held only in slots `from` to `to` (0-based). */
  window?: { from: number; to: number };
}

function windowed(domain: Int32Array, window: BreakModelScope['window']): Int32Array {
  return window ? domain.filter((s) => s >= window.from && s <= window.to) : domain;
}

/**
 * The question "can the placed meetings be rescheduled with at most K breaks in total, each
 * participant within its scope's break bounds?" as a SAT formula, asked for several K
 * (`solveAtMost`), or the fewest breaks found by cores (`minimiseByCores`).
 *
 * Variables: `x[m, s]`, meeting m is held in slot s (one per allowed slot of each placed meeting;
 * a frozen meeting keeps its slot); `busy[p, s]`, participant p meets in slot s; `before[p, s]` /
 * `after[p, s]`, p meets in some slot before / after s; `break[p, s]`, p resumes in slot s after
 * an idle slot, having met before; `breakFrom[p, s]`, p has a break resuming in s or later.
 * Clauses: each meeting in exactly one of its slots, a participant in at most one meeting a slot,
 * at most `tableCount` meetings a slot (added lazily, see `solveAtMost`), a pinned table used once
 * a slot, precedences, the definitions, and redundant clauses that let propagation see that a
 * participant's meetings need as many busy slots (and, on crowded events, seats counted per slot;
 * see `CROWDED_SEATS_SHARE`). Sequential counters bound each participant's breaks and the total;
 * their outputs say "at least j breaks", so K is an assumption and what the solver learns for one K
 * stays valid for the others. Unplaced meetings stay unplaced.
 *
 * Only a schedule in which someone has no break has a fairness gap equal to its largest break
 * count; the caller keeps K below the participant count, which guarantees that.
 */
export class BreakSatModel {
  private readonly solver = new SatSolver();
  private readonly falseLiteral: number;
  /** Per meeting: its candidate slots and their variables (empty for unplaced meetings). */
  private readonly candidateSlots: Int32Array[] = [];
  private readonly candidateVariables: Int32Array[] = [];
  /** `totalAtLeast[j - 1]`: at least j breaks in all; j up to `highestLimit + 1` (none when that is below 0). */
  private readonly totalAtLeast: number[];
  /**
   * Per slot: the literals "participant p meets in this slot" of the participants encoded, and how
   * many participants left out (all their meetings frozen) meet in it.
   */
  private readonly busyInSlot: number[][];
  private readonly fixedBusy: Int32Array;
  /** True when slots with a table count also get a count of the participants meeting in them. */
  private readonly countSeats: boolean;
  /** Per participant with breaks encoded: literals "at least j breaks", j = 1 to its most. */
  private readonly breakCounts: number[][] = [];
  /** For the core search: the output "at least i + 1" of a core's counter, by its output "at least i". */
  private readonly followerOf = new Map<number, number | undefined>();
  /** Per slot: the literals of the meetings that may be held in it, and whether its table count is encoded. */
  private readonly slotLiterals: number[][] = [];
  private readonly slotLimited: Uint8Array;
  /** Per variable: its value in the schedule the model was built from, the phase tried first. */
  private readonly seed: boolean[] = [];

  /**
   * @param slots the current slot of each meeting (-1 unplaced); also the phases tried first.
   * @param scope which meetings keep their slot, whose breaks are counted and within what bounds.
   * @param highestLimit the largest limit `solveAtMost` will be asked for.
   */
  constructor(
    private readonly event: CompiledEvent,
    slots: Int32Array,
    scope: BreakModelScope,
    readonly highestLimit: number,
  ) {
    const { meetingCount, participantCount, slotCount } = event;
    const { frozen } = scope;
    const solver = this.solver;
    this.slotLimited = new Uint8Array(slotCount);
    this.busyInSlot = Array.from({ length: slotCount }, () => []);
    this.fixedBusy = new Int32Array(slotCount);
    this.falseLiteral = literal(this.newVariable(false));
    solver.addClause([negate(this.falseLiteral)]);

    // `slotVariable[m * slotCount + s]`: the variable of "meeting m in slot s", or -1.
    const slotVariable = new Int32Array(meetingCount * slotCount).fill(-1);
    const heldIn: number[][] = Array.from({ length: slotCount }, () => []);
    const variableOf = (m: number, s: number): number => slotVariable[m * slotCount + s] ?? -1;
    for (let m = 0; m < meetingCount; m++) {
      const current = slots[m] ?? -1;
      const candidates =
        current < 0
          ? new Int32Array(0)
          : frozen[m] === 1
            ? Int32Array.of(current)
            : windowed(event.domains[m] ?? new Int32Array(0), scope.window);
      const variables = new Int32Array(candidates.length);
      candidates.forEach((s, i) => {
        const variable = this.newVariable(s === current);
        variables[i] = variable;
        slotVariable[m * slotCount + s] = variable;
        heldIn[s]?.push(m);
      });
      this.candidateSlots.push(candidates);
      this.candidateVariables.push(variables);
      if (candidates.length > 0) {
        const choices = Array.from(variables, (variable) => literal(variable));
        solver.addClause(choices);
        this.atMost(choices, 1);
      }
    }

    for (let s = 0; s < slotCount; s++) {
      const inSlot = heldIn[s] ?? [];
      this.slotLiterals.push(inSlot.map((m) => literal(variableOf(m, s))));
      const byTable = new Map<number, number[]>();
      for (const m of inSlot) {
        const table = event.fixedTable[m] ?? -1;
        if (table >= 0) byTable.set(table, [...(byTable.get(table) ?? []), literal(variableOf(m, s))]);
      }
      for (const pinned of byTable.values()) this.atMost(pinned, 1);
    }

    for (let m = 0; m < meetingCount; m++) {
      const ownSlots = this.candidateSlots[m] ?? new Int32Array(0);
      for (const after of event.successors[m] ?? []) {
        const afterSlots = this.candidateSlots[after] ?? new Int32Array(0);
        for (const s of ownSlots) {
          for (const t of afterSlots) {
            if (t > s) continue;
            solver.addClause([negate(literal(variableOf(m, s))), negate(literal(variableOf(after, t)))]);
          }
        }
      }
    }

    const allBreaks: number[] = [];
    // Per slot: participants who meet in it in every schedule where they have no break.
    const mustMeet = new Int32Array(slotCount);
    for (let p = 0; p < participantCount; p++) {
      const own = (event.meetingsOf[p] ?? new Int32Array(0)).filter((m) => (slots[m] ?? -1) >= 0);
      if (scope.onlyTouched && own.every((m) => frozen[m] === 1)) {
        for (const m of own) this.fixedBusy[slots[m] ?? 0] = (this.fixedBusy[slots[m] ?? 0] ?? 0) + 1;
        continue;
      }
      const busy: number[] = [];
      const busyNow = new Uint8Array(slotCount);
      for (const m of own) busyNow[slots[m] ?? 0] = 1;
      for (let s = 0; s < slotCount; s++) {
        const meetingsHere: number[] = [];
        for (const m of own) {
          const variable = variableOf(m, s);
          if (variable >= 0) meetingsHere.push(literal(variable));
        }
        this.atMost(meetingsHere, 1);
        const held = this.disjunction(meetingsHere);
        busy.push(held);
        if (held !== this.falseLiteral) this.busyInSlot[s]?.push(held);
      }
      if (own.length < 2) {
        if (scope.fewestBreaks > 0) solver.addClause([]);
        continue;
      }
      // `before[s]` / `after[s]`: p meets in some slot before / after s.
      const before: number[] = [this.falseLiteral];
      for (let s = 1; s < slotCount; s++) {
        before.push(this.disjunction([before[s - 1] ?? this.falseLiteral, busy[s - 1] ?? this.falseLiteral]));
      }
      const after: number[] = new Array<number>(slotCount).fill(this.falseLiteral);
      for (let s = slotCount - 2; s >= 0; s--) {
        after[s] = this.disjunction([after[s + 1] ?? this.falseLiteral, busy[s + 1] ?? this.falseLiteral]);
      }
      const ownBreaks: number[] = [];
      const breakAt: number[] = new Array<number>(slotCount).fill(this.falseLiteral);
      for (let s = 2; s < slotCount; s++) {
        const metEarlier = before[s - 1] ?? this.falseLiteral;
        const previousBusy = busy[s - 1] ?? this.falseLiteral;
        const nowBusy = busy[s] ?? this.falseLiteral;
        if (nowBusy === this.falseLiteral || metEarlier === this.falseLiteral) continue;
        // A break resumes in s: met before s - 1, idle in s - 1, busy in s.
        const wasBreak = busyNow[s] === 1 && busyNow[s - 1] !== 1 && busyNow.subarray(0, s - 1).includes(1);
        const breakLiteral = literal(this.newVariable(wasBreak));
        solver.addClause([negate(metEarlier), previousBusy, negate(nowBusy), breakLiteral]);
        solver.addClause([negate(breakLiteral), metEarlier]);
        solver.addClause([negate(breakLiteral), negate(previousBusy)]);
        solver.addClause([negate(breakLiteral), nowBusy]);
        breakAt[s] = breakLiteral;
        ownBreaks.push(breakLiteral);
      }
      // `breakFrom[s]`: a break resumes in s or later.
      const breakFrom: number[] = new Array<number>(slotCount + 1).fill(this.falseLiteral);
      for (let s = slotCount - 1; s >= 0; s--) {
        breakFrom[s] = this.disjunction([
          breakAt[s] ?? this.falseLiteral,
          breakFrom[s + 1] ?? this.falseLiteral,
        ]);
      }
      // Redundant: an idle slot with meetings before and after it is followed by a break.
      for (let u = 1; u < slotCount - 1; u++) {
        const metBefore = before[u] ?? this.falseLiteral;
        const metAfter = after[u] ?? this.falseLiteral;
        if (metBefore === this.falseLiteral || metAfter === this.falseLiteral) continue;
        solver.addClause([
          negate(metBefore),
          negate(metAfter),
          busy[u] ?? this.falseLiteral,
          breakFrom[u + 1] ?? this.falseLiteral,
        ]);
      }
      // Facts from the allowed slots: the k meetings that must be held by slot T take k slots up to
      // T, so p meets in slot T - k + 1 or earlier; likewise after. (With the clauses above, a
      // participant with morning-only and afternoon-only meetings and no break is busy at lunch.)
      const latest = own.map((m) => this.candidateSlots[m]?.at(-1) ?? slotCount - 1).sort((x, y) => x - y);
      const earliest = own.map((m) => this.candidateSlots[m]?.[0] ?? 0).sort((x, y) => y - x);
      const metBy = Math.min(...latest.map((slot, i) => slot - i));
      const metFrom = Math.max(...earliest.map((slot, i) => slot + i));
      if (metBy + 1 < slotCount) solver.addClause([before[metBy + 1] ?? this.falseLiteral]);
      if (metFrom - 1 >= 0) solver.addClause([after[metFrom - 1] ?? this.falseLiteral]);
      for (let s = Math.max(0, metBy); s <= Math.min(metFrom, slotCount - 1); s++)
        mustMeet[s] = (mustMeet[s] ?? 0) + 1;
      // Redundant, for propagation: p's meetings need `own.length` busy slots, so an idle slot closer
      // than that to p's first busy slot `s` (nothing before it) or to its last (nothing after it)
      // means a break resumes after the idle slot.
      for (let s = 0; s < slotCount; s++) {
        const held = busy[s] ?? this.falseLiteral;
        if (held === this.falseLiteral) continue;
        for (let i = 1; i < own.length; i++) {
          for (const [edge, idle] of [
            [before[s], s + i],
            [after[s], s - i],
          ] as const) {
            const edgeLiteral = edge ?? this.falseLiteral;
            if (idle < 0 || idle >= slotCount) solver.addClause([negate(held), edgeLiteral]);
            else {
              solver.addClause([
                negate(held),
                edgeLiteral,
                busy[idle] ?? this.falseLiteral,
                breakFrom[idle + 1] ?? this.falseLiteral,
              ]);
            }
          }
        }
      }
      // Redundant too: busy in s and in t, further apart than p has meetings, means a break resumes
      // between them (once p may have no break, such pairs of slots exclude each other at once).
      for (let first = 0; first < slotCount; first++) {
        const early = busy[first] ?? this.falseLiteral;
        if (early === this.falseLiteral) continue;
        for (let last = first + own.length; last < slotCount; last++) {
          const late = busy[last] ?? this.falseLiteral;
          if (late === this.falseLiteral) continue;
          const between = breakAt.slice(first + 1, last + 1).filter((lit) => lit !== this.falseLiteral);
          solver.addClause([negate(early), negate(late), ...between]);
        }
      }
      // `atLeast[j - 1]`: p has at least j breaks; more than `mostBreaks` conflict.
      const most = Math.max(0, Math.floor(Math.min(scope.mostBreaks, ownBreaks.length)));
      if (most === 0) for (const lit of ownBreaks) solver.addClause([negate(lit)]);
      const atLeast = most === 0 ? [] : this.counter(ownBreaks, most, ownBreaks.length > most);
      if (scope.fewestBreaks > 0) {
        solver.addClause(atLeast.length < scope.fewestBreaks ? [] : [atLeast[scope.fewestBreaks - 1] ?? 0]);
      }
      this.breakCounts.push(atLeast);
      allBreaks.push(...ownBreaks);
    }
    this.totalAtLeast = highestLimit >= 0 ? this.counter(allBreaks, highestLimit + 1, false) : [];
    let crowding = 0;
    for (let s = 0; s < slotCount; s++) {
      const seats = Math.max(1, 2 * event.tableCount - (this.fixedBusy[s] ?? 0));
      crowding = Math.max(crowding, (mustMeet[s] ?? 0) / seats);
    }
    this.countSeats = crowding >= CROWDED_SEATS_SHARE;
  }

  /**
   * Looks for a schedule with at most `limit` (≤ `highestLimit`) breaks. Table counts are added
   * lazily: a slot gets its counter only once a model overfills it (most slots never come near
   * their table count, and a counter over a busy slot's many candidate meetings costs much
   * propagation).
   */
  solveAtMost(limit: number, budget: SatBudget): SatOutcome {
    const beyond = this.totalAtLeast[limit];
    return this.solveAssuming(beyond === undefined ? [] : [negate(beyond)], budget);
  }

  /**
   * Finds the fewest breaks by unsatisfiable cores (the OLL algorithm for MaxSAT): every literal
   * "participant p has at least j breaks" is soft, assumed false. Each core (a set of soft literals
   * of which one must hold) raises the lower bound by one and is replaced by a counter over its
   * literals whose "at least 2" output becomes soft in turn (an output "at least i" that meets a
   * core hands over to "at least i + 1"). The first model found under the soft assumptions is
   * optimal. Stops early once the lower bound reaches `knownBreaks` (a schedule already that good).
   * The first solve (no break at all) uses `firstCoreBudget`: where even that question is hard, the
   * cores will not come in time and the caller's other searches should have the time.
   */
  minimiseByCores(
    knownBreaks: number,
    budget: SatBudget,
    firstCoreBudget: SatBudget = budget,
  ): { outcome: 'optimal' | 'bound' | 'unknown'; lowerBound: number } {
    // Soft literals (wanted false), with the counter output that follows each, if any.
    const next = new Map<number, number | undefined>();
    for (const atLeast of this.breakCounts) {
      for (const lit of atLeast) next.set(lit, undefined);
    }
    let lowerBound = 0;
    while (lowerBound < knownBreaks) {
      const assumptions = Array.from(next.keys(), negate);
      const outcome = this.solveAssuming(assumptions, lowerBound === 0 ? firstCoreBudget : budget);
      if (outcome === 'sat') return { outcome: 'optimal', lowerBound };
      if (outcome === 'unknown') return { outcome: 'unknown', lowerBound };
      const core = this.solver.failedAssumptions().map(negate);
      if (core.length === 0) return { outcome: 'unknown', lowerBound };
      lowerBound++;
      const followers: number[] = [];
      for (const lit of core) {
        const follower = next.get(lit);
        next.delete(lit);
        if (follower !== undefined) followers.push(follower);
      }
      for (const follower of followers) next.set(follower, this.followerOf.get(follower));
      if (core.length === 1) {
        this.solver.addClause(core);
        continue;
      }
      // At least one of the core holds; "at least 2 of them" and beyond become soft.
      this.solver.addClause(core);
      const outputs = this.counter(core, Math.min(core.length, knownBreaks + 1), false);
      for (let i = 1; i < outputs.length; i++) this.followerOf.set(outputs[i] ?? 0, outputs[i + 1]);
      const second = outputs[1];
      if (second !== undefined) next.set(second, outputs[2]);
    }
    return { outcome: 'bound', lowerBound };
  }

  private limitSeats(s: number): void {
    const seats = 2 * this.event.tableCount - (this.fixedBusy[s] ?? 0);
    this.atMost(this.busyInSlot[s] ?? [], Math.max(0, seats));
  }

  /** Solves under `assumptions`, adding a slot's table count once a model overfills the slot. */
  private solveAssuming(assumptions: readonly number[], budget: SatBudget): SatOutcome {
    while (true) {
      const outcome = this.solver.solve(budget, assumptions);
      if (outcome !== 'sat') return outcome;
      let overfilled = false;
      this.slotLiterals.forEach((lits, s) => {
        if (this.slotLimited[s] === 1) return;
        let held = 0;
        for (const lit of lits) if (this.solver.modelValue(lit >> 1)) held++;
        if (held <= this.event.tableCount) return;
        this.slotLimited[s] = 1;
        this.atMost(lits, this.event.tableCount);
        // The same count over who meets: each meeting seats two participants. It lets a
        // participant forced to meet in the slot (e.g. by having no break) count at once.
        if (this.countSeats) this.limitSeats(s);
        overfilled = true;
      });
      if (!overfilled) return outcome;
    }
  }

  /** The slot of each meeting in the last model (-1 for unplaced meetings). */
  modelSlots(): Int32Array {
    const slots = new Int32Array(this.event.meetingCount).fill(-1);
    this.candidateSlots.forEach((candidates, m) => {
      const variables = this.candidateVariables[m] ?? new Int32Array(0);
      candidates.forEach((s, i) => {
        if (this.solver.modelValue(variables[i] ?? 0)) slots[m] = s;
      });
    });
    return slots;
  }

  private newVariable(seedValue: boolean): number {
    const variable = this.solver.newVariable();
    this.solver.setPhase(variable, seedValue);
    this.seed[variable] = seedValue;
    return variable;
  }

  /** The value of `lit` in the schedule the model was built from. */
  private seedValue(lit: number): boolean {
    return (this.seed[lit >> 1] ?? false) === ((lit & 1) === 0);
  }

  /** A literal equivalent to the disjunction of `lits` (the false literal when empty). */
  private disjunction(lits: readonly number[]): number {
    const live = lits.filter((lit) => lit !== this.falseLiteral);
    if (live.length === 0) return this.falseLiteral;
    if (live.length === 1) return live[0] ?? this.falseLiteral;
    const result = literal(this.newVariable(live.some((lit) => this.seedValue(lit))));
    this.solver.addClause([negate(result), ...live]);
    for (const lit of live) this.solver.addClause([negate(lit), result]);
    return result;
  }

  /** At most `limit` of `lits` are true. */
  private atMost(lits: readonly number[], limit: number): void {
    if (lits.length <= limit) return;
    if (limit === 0) {
      for (const lit of lits) this.solver.addClause([negate(lit)]);
      return;
    }
    if (limit === 1 && lits.length <= PAIRWISE_LIMIT) {
      for (let i = 0; i < lits.length; i++) {
        for (let j = i + 1; j < lits.length; j++) {
          this.solver.addClause([negate(lits[i] ?? 0), negate(lits[j] ?? 0)]);
        }
      }
      return;
    }
    this.counter(lits, limit, true);
  }

  /**
   * Sinz's sequential counter over `lits` with `registers` outputs: output j - 1 is implied by "at
   * least j of `lits` are true". With `forbidMore`, more than `registers` true literals conflict.
   */
  private counter(lits: readonly number[], registers: number, forbidMore: boolean): number[] {
    const solver = this.solver;
    let previous: number[] = [];
    let seededCount = 0;
    for (const lit of lits) {
      if (this.seedValue(lit)) seededCount++;
      const row: number[] = [];
      const width = Math.min(registers, previous.length + 1);
      for (let j = 0; j < width; j++) {
        const register = literal(this.newVariable(seededCount > j));
        row.push(register);
        const carried = previous[j];
        if (carried !== undefined) solver.addClause([negate(carried), register]);
        if (j === 0) solver.addClause([negate(lit), register]);
        else solver.addClause([negate(lit), negate(previous[j - 1] ?? 0), register]);
      }
      const full = previous[registers - 1];
      if (forbidMore && full !== undefined) solver.addClause([negate(lit), negate(full)]);
      previous = row;
    }
    return previous;
  }
}

/** What the exact search achieved. */
export interface ExactBreakOutcome {
  /** True when no fair schedule of the same meetings (frozen ones kept) has fewer breaks than the state. */
  provedOptimal: boolean;
  /** True when `state` now holds a better schedule than before. */
  improved: boolean;
  /** A proven lower bound on the breaks of any fair schedule of the same meetings. */
  lowerBound: number;
}

/**
 * Lowers the breaks of the schedule in `state` by complete search on `BreakSatModel`, driven by
 * unsatisfiable cores (`minimiseByCores`): the lower bound rises core by core until a schedule
 * meets it, which is then optimal; every solve starts from the schedule in `state`
 * (solution-guided phases). Stops at that optimum, at a proof that the schedule in `state` is
 * optimal, or when the budget runs out, leaving `state` unchanged but reporting the bound reached.
 *
 * The model lets no participant have more than `maxFairnessGap` breaks, which is the fairness rule
 * exactly when someone has none; a schedule in which everyone has a break has at least as many
 * breaks as there are participants, so the search runs only below that.
 */
export function lowerBreaksExactly(context: {
  event: CompiledEvent;
  state: ScheduleState;
  frozen: Uint8Array;
  maxFairnessGap: number;
  lowerBound: number;
  budget: SatBudget;
  /** The allowance of the first solve, within `budget` (see `minimiseByCores`). */
  firstCoreBudget?: SatBudget;
}): ExactBreakOutcome {
  const { event, state, frozen, maxFairnessGap, lowerBound, budget, firstCoreBudget } = context;
  const start = state.breakFigures();
  const fair = start.gap <= maxFairnessGap;
  const unchanged = { provedOptimal: false, improved: false, lowerBound };
  // The most breaks a better schedule may have (an unfair one may be traded for a fair one with as many).
  const highest = fair ? start.total - 1 : start.total;
  if (highest < lowerBound || highest >= event.participantCount || !(maxFairnessGap >= 0)) return unchanged;
  const scope = { frozen, onlyTouched: false, fewestBreaks: 0, mostBreaks: maxFairnessGap };
  const model = new BreakSatModel(event, Int32Array.from(state.slotOf), scope, -1);
  const result = model.minimiseByCores(highest + 1, budget, firstCoreBudget);
  const proven = Math.max(lowerBound, result.lowerBound);
  if (result.outcome === 'unknown') return { ...unchanged, lowerBound: proven };
  // No fair schedule with `highest` breaks or fewer: the state's, if fair, is optimal.
  if (result.outcome === 'bound') return { ...unchanged, provedOptimal: fair, lowerBound: proven };
  const improved = !fair || result.lowerBound < start.total;
  if (improved) state.restore(model.modelSlots());
  return { provedOptimal: true, improved, lowerBound: proven };
}
