/**
 * A small CDCL SAT solver for the scheduler's exact searches: two watched literals (binary clauses
 * watched implicitly, original three-literal clauses by all three literals), first-UIP clause
 * learning with local minimisation, VSIDS variable activity, Luby restarts, phase saving (seedable,
 * for solution-guided search), target phases, failed-assumption cores and learnt-clause reduction
 * by LBD. Incremental: clauses may be added between calls to `solve`, and each call may assume some
 * literals (e.g. a bound), while everything learnt stays valid for later calls.
 *
 * Literals are numbers: variable v (from 0) is `2 * v` when true and `2 * v + 1` when false.
 */

/** The allowance a solve may use; `BudgetPhase` fits. One step is one propagated literal. */
export interface SatBudget {
  spend(steps: number): void;
  isExhausted(): boolean;
}

export type SatOutcome = 'sat' | 'unsat' | 'unknown';

/** The literal of variable `variable`, true or negated. */
export function literal(variable: number, positive = true): number {
  return 2 * variable + (positive ? 0 : 1);
}

/** The opposite literal. */
export function negate(lit: number): number {
  return lit ^ 1;
}

const UNASSIGNED = 0;
const TRUE = 1;
const FALSE = -1;
/** `reason` of a decision or a level-0 fact. */
const NO_REASON = -1;
/** `propagate` found no conflict. */
const NO_CONFLICT = -1;
/** `propagate` found a conflict on a binary clause, held in `binaryConflict`. */
const BINARY_CONFLICT = -2;
/** Conflicts in one Luby unit between restarts. */
const RESTART_UNIT = 100;
const ACTIVITY_DECAY = 0.95;
const CLAUSE_DECAY = 0.999;
/** Learnt clauses kept before the first reduction, and how that grows per reduction. */
const FIRST_REDUCTION = 4000;
const REDUCTION_GROWTH = 1000;
/** Learnt clauses with an LBD this low are kept for good ("glue" clauses). */
const GLUE_LBD = 2;
/** Conflicts between two looks at the budget. */
const BUDGET_STRIDE = 16;

/** The value of a literal from its variable's value. */
function literalValue(values: Int8Array, lit: number): number {
  const value = values[lit >> 1] ?? 0;
  return lit & 1 ? -value : value;
}

/** The i-th term of the Luby sequence 1 1 2 1 1 2 4 1 1 2 ... (i from 0). */
function luby(index: number): number {
  let size = 1;
  let sequence = 0;
  while (size < index + 1) {
    sequence++;
    size = 2 * size + 1;
  }
  let i = index;
  while (size - 1 !== i) {
    size = (size - 1) >> 1;
    sequence--;
    i %= size;
  }
  return 2 ** sequence;
}

interface LearntInfo {
  activity: number;
  lbd: number;
}

export class SatSolver {
  private variableCount = 0;
  private capacity = 0;
  /** Per variable: TRUE, FALSE or UNASSIGNED. */
  private values = new Int8Array(0);
  private levels = new Int32Array(0);
  /** Per variable: the clause that implied it, `-2 - other` for a binary clause, or NO_REASON. */
  private reasons = new Int32Array(0);
  private savedPhase = new Uint8Array(0);
  private activity = new Float64Array(0);
  private seen = new Uint8Array(0);
  /** VSIDS order: a binary max-heap of variables with their heap positions (-1 when out). */
  private heap = new Int32Array(0);
  private heapSize = 0;
  private heapPosition = new Int32Array(0);

  /** Long clauses; a removed learnt clause becomes empty. Position 0 of a reason is the implied literal. */
  private readonly clauses: Int32Array[] = [];
  private readonly learntInfo = new Map<number, LearntInfo>();
  /**
   * Per literal, for when it becomes true: the long clauses holding its negation as a watched literal
   * (pairs of clause index and blocker literal), and the other literal of each binary clause holding
   * its negation.
   */
  private watches: number[][] = [];
  private binaryWatches: number[][] = [];
  /**
   * Per literal, for when it becomes true: the original three-literal clauses holding its negation,
   * as triples of the two other literals and the clause. Sequential counters are mostly such
   * clauses, and watching all three literals spares moving watches and reading the clause: on the
   * scheduler's core search (ticf-13crafb) 1.56-1.62 M propagated literals per CPU second against
   * 1.34 with two watches.
   */
  private ternaryWatches: number[][] = [];
  /** Clause indexes (1) of three-literal clauses kept in `ternaryWatches`. */
  private readonly ternary: number[] = [];

  private readonly trail: number[] = [];
  private readonly levelStarts: number[] = [];
  private propagatedUpTo = 0;
  private readonly binaryConflict = new Int32Array(2);
  private variableIncrement = 1;
  private clauseIncrement = 1;
  private contradictory = false;
  private model = new Int8Array(0);
  private conflictsSinceStart = 0;
  private nextReduction = FIRST_REDUCTION;
  private failed: number[] = [];
  private targetPhase = new Uint8Array(0);
  private targetEpoch = new Int32Array(0);
  private epoch = 1;
  private targetSize = 0;
  /** The trail up to here is what the target phases hold (backtracking lowers it). */
  private targetSynced = 0;

  /** Conflicts met over all solves, for reports and tests. */
  get conflicts(): number {
    return this.conflictsSinceStart;
  }

  get variables(): number {
    return this.variableCount;
  }

  /** A fresh variable, its saved phase false. */
  newVariable(): number {
    const variable = this.variableCount++;
    if (variable >= this.capacity) this.grow(Math.max(64, this.capacity * 2));
    this.heapPosition[variable] = -1;
    this.insertInHeap(variable);
    return variable;
  }

  /** The phase tried first when branching on `variable` (until a conflict undoes it). */
  setPhase(variable: number, value: boolean): void {
    this.savedPhase[variable] = value ? 1 : 0;
  }

  /** Adds a clause (at decision level 0). Returns false once the formula is known unsatisfiable. */
  addClause(lits: readonly number[]): boolean {
    if (this.contradictory) return false;
    this.backtrack(0);
    const kept: number[] = [];
    for (const lit of lits) {
      const value = this.valueOf(lit);
      if (value === TRUE || kept.includes(negate(lit))) return true;
      if (value === FALSE || kept.includes(lit)) continue;
      kept.push(lit);
    }
    if (kept.length === 0) {
      this.contradictory = true;
      return false;
    }
    if (kept.length === 1) {
      this.assign(kept[0] ?? 0, NO_REASON);
      if (this.propagate() !== NO_CONFLICT) this.contradictory = true;
      return !this.contradictory;
    }
    this.attach(kept, false);
    return true;
  }

  /**
   * After `solve` answered 'unsat' under assumptions: assumptions that cannot all hold together (a
   * core), as given. Empty when the clauses alone are unsatisfiable.
   */
  failedAssumptions(): readonly number[] {
    return this.failed;
  }

  /** The value of `variable` in the last model found. */
  modelValue(variable: number): boolean {
    return this.model[variable] === TRUE;
  }

  /**
   * Searches for a model of the clauses added so far in which `assumptions` hold ('unsat': there is
   * none). 'unknown' when the budget ran out first. Whatever is learnt is kept for later calls: it
   * follows from the clauses alone, never from the assumptions.
   */
  solve(budget: SatBudget, assumptions: readonly number[] = []): SatOutcome {
    this.failed = [];
    this.epoch++;
    this.targetSize = 0;
    this.targetSynced = 0;
    if (this.contradictory) return 'unsat';
    this.backtrack(0);
    if (this.propagate() !== NO_CONFLICT) {
      this.contradictory = true;
      return 'unsat';
    }
    let restarts = 0;
    let conflictsLeft = luby(restarts) * RESTART_UNIT;
    let spentUpTo = this.trail.length;
    let sinceBudgetCheck = 0;
    const learnt: number[] = [];
    while (true) {
      const conflict = this.propagate();
      if (conflict !== NO_CONFLICT) {
        this.conflictsSinceStart++;
        conflictsLeft--;
        if (this.levelStarts.length === 0) {
          this.contradictory = true;
          return 'unsat';
        }
        const backjumpLevel = this.analyse(conflict, learnt);
        this.backtrack(backjumpLevel);
        spentUpTo = Math.min(spentUpTo, this.trail.length);
        const first = learnt[0] ?? 0;
        if (learnt.length === 1) this.assign(first, NO_REASON);
        else if (learnt.length === 2) {
          this.attach(learnt, true);
          this.assign(first, -2 - (learnt[1] ?? 0));
        } else {
          const index = this.attach(learnt, true);
          this.assign(first, index);
        }
        this.variableIncrement /= ACTIVITY_DECAY;
        this.clauseIncrement /= CLAUSE_DECAY;
        if (++sinceBudgetCheck >= BUDGET_STRIDE) {
          sinceBudgetCheck = 0;
          if (budget.isExhausted()) {
            this.backtrack(0);
            return 'unknown';
          }
        }
        continue;
      }
      budget.spend(this.trail.length - spentUpTo);
      spentUpTo = this.trail.length;
      if (conflictsLeft <= 0) {
        restarts++;
        conflictsLeft = luby(restarts) * RESTART_UNIT;
        this.backtrack(0);
        spentUpTo = this.trail.length;
        if (budget.isExhausted()) return 'unknown';
        if (this.learntInfo.size >= this.nextReduction) {
          this.reduceLearnt();
          this.nextReduction += REDUCTION_GROWTH;
        }
        continue;
      }
      // Assumptions are the first decisions; one found false means no model in which all hold.
      const assumed = assumptions[this.levelStarts.length];
      if (assumed !== undefined) {
        const value = this.valueOf(assumed);
        if (value === FALSE) {
          this.failed = this.assumptionsImplying(assumed);
          this.backtrack(0);
          return 'unsat';
        }
        this.levelStarts.push(this.trail.length);
        if (value === UNASSIGNED) this.assign(assumed, NO_REASON);
        continue;
      }
      if (this.trail.length > this.targetSize) this.rememberTarget();
      const next = this.pickBranchVariable();
      if (next < 0) {
        this.model = Int8Array.from(this.values.subarray(0, this.variableCount));
        this.backtrack(0);
        return 'sat';
      }
      this.levelStarts.push(this.trail.length);
      const phase = this.targetEpoch[next] === this.epoch ? this.targetPhase[next] : this.savedPhase[next];
      this.assign(literal(next, phase === 1), NO_REASON);
    }
  }

  /**
   * Keeps the current trail, the longest free of conflict in this solve so far, as the phases tried
   * first ("target phases", as in CaDiCaL): a search that got far is resumed towards where it got.
   * Measured on the scheduler's core search: forum-13crafc solved in 1.6 s instead of 2.5 (mean of
   * six seeds).
   */
  private rememberTarget(): void {
    const { trail } = this;
    for (let k = this.targetSynced; k < trail.length; k++) {
      const lit = trail[k] ?? 0;
      this.targetPhase[lit >> 1] = lit & 1 ? 0 : 1;
      this.targetEpoch[lit >> 1] = this.epoch;
    }
    this.targetSize = trail.length;
    this.targetSynced = trail.length;
  }

  /**
   * The assumptions (all decisions so far are assumptions) from which the negation of the assumption
   * `assumed` follows, with `assumed` itself: walks the implication graph back from it.
   */
  private assumptionsImplying(assumed: number): number[] {
    const core = [assumed];
    const start = this.levelStarts[0] ?? this.trail.length;
    if ((this.levels[assumed >> 1] ?? 0) === 0) return core;
    this.seen[assumed >> 1] = 1;
    for (let k = this.trail.length - 1; k >= start; k--) {
      const lit = this.trail[k] ?? 0;
      const variable = lit >> 1;
      if (this.seen[variable] !== 1) continue;
      this.seen[variable] = 0;
      const reason = this.reasonLiterals(variable);
      if (reason === undefined) {
        core.push(lit);
        continue;
      }
      for (let r = 1; r < reason.length; r++) {
        const other = (reason[r] ?? 0) >> 1;
        if ((this.levels[other] ?? 0) > 0) this.seen[other] = 1;
      }
    }
    return core;
  }

  private valueOf(lit: number): number {
    const value = this.values[lit >> 1] ?? UNASSIGNED;
    return lit & 1 ? -value : value;
  }

  private grow(capacity: number): void {
    const copy = <T extends Int8Array | Int32Array | Uint8Array | Float64Array>(old: T, fresh: T): T => {
      fresh.set(old);
      return fresh;
    };
    this.values = copy(this.values, new Int8Array(capacity));
    this.levels = copy(this.levels, new Int32Array(capacity));
    this.reasons = copy(this.reasons, new Int32Array(capacity));
    this.savedPhase = copy(this.savedPhase, new Uint8Array(capacity));
    this.targetPhase = copy(this.targetPhase, new Uint8Array(capacity));
    this.targetEpoch = copy(this.targetEpoch, new Int32Array(capacity));
    this.activity = copy(this.activity, new Float64Array(capacity));
    this.seen = copy(this.seen, new Uint8Array(capacity));
    this.heap = copy(this.heap, new Int32Array(capacity));
    this.heapPosition = copy(this.heapPosition, new Int32Array(capacity));
    while (this.watches.length < 2 * capacity) {
      this.watches.push([]);
      this.binaryWatches.push([]);
      this.ternaryWatches.push([]);
    }
    this.capacity = capacity;
  }

  /** Stores a clause of two or more literals, watching its first two; returns its index (-1 when binary). */
  private attach(lits: readonly number[], isLearnt: boolean): number {
    const a = lits[0] ?? 0;
    const b = lits[1] ?? 0;
    if (lits.length === 2) {
      this.binaryWatches[negate(a)]?.push(b);
      this.binaryWatches[negate(b)]?.push(a);
      return -1;
    }
    const index = this.clauses.length;
    this.clauses.push(Int32Array.from(lits));
    if (lits.length === 3 && !isLearnt) {
      // Watched by all three literals, with the other two at hand: no watch moves, no clause read.
      const c = lits[2] ?? 0;
      this.ternaryWatches[negate(a)]?.push(b, c, index);
      this.ternaryWatches[negate(b)]?.push(a, c, index);
      this.ternaryWatches[negate(c)]?.push(a, b, index);
      this.ternary[index] = 1;
      return index;
    }
    this.watches[negate(a)]?.push(index, b);
    this.watches[negate(b)]?.push(index, a);
    if (isLearnt) this.learntInfo.set(index, { activity: this.clauseIncrement, lbd: this.lbd(lits) });
    return index;
  }

  private lbd(lits: readonly number[]): number {
    const distinct = new Set<number>();
    for (const lit of lits) distinct.add(this.levels[lit >> 1] ?? 0);
    return distinct.size;
  }

  private assign(lit: number, reason: number): void {
    const variable = lit >> 1;
    this.values[variable] = lit & 1 ? FALSE : TRUE;
    this.levels[variable] = this.levelStarts.length;
    this.reasons[variable] = reason;
    this.trail.push(lit);
  }

  /** Unit propagation over the trail; NO_CONFLICT, BINARY_CONFLICT or the index of a falsified clause. */
  private propagate(): number {
    const { values, clauses, trail } = this;
    while (this.propagatedUpTo < trail.length) {
      const falsified = negate(trail[this.propagatedUpTo++] ?? 0);
      const trueLit = negate(falsified);
      // Binary clauses holding `falsified` are listed under the literal that became true.
      const implied = this.binaryWatches[trueLit] ?? [];
      const impliedCount = implied.length;
      for (let i = 0; i < impliedCount; i++) {
        const other = implied[i] ?? 0;
        const value = (values[other >> 1] ?? 0) * (other & 1 ? -1 : 1);
        if (value === TRUE) continue;
        if (value === FALSE) {
          this.binaryConflict[0] = other;
          this.binaryConflict[1] = falsified;
          return BINARY_CONFLICT;
        }
        this.assign(other, -2 - falsified);
      }
      const triples = this.ternaryWatches[trueLit] ?? [];
      const tripleCount = triples.length;
      for (let i = 0; i < tripleCount; i += 3) {
        const first = triples[i] ?? 0;
        const second = triples[i + 1] ?? 0;
        const firstValue = literalValue(values, first);
        if (firstValue === TRUE) continue;
        const secondValue = literalValue(values, second);
        if (secondValue === TRUE) continue;
        if (firstValue === UNASSIGNED && secondValue === UNASSIGNED) continue;
        const index = triples[i + 2] ?? 0;
        if (firstValue === FALSE && secondValue === FALSE) return index;
        // The implied literal goes to position 0 of the clause, as reasons need.
        const implied = firstValue === UNASSIGNED ? first : second;
        const clause = clauses[index];
        if (clause !== undefined) {
          const at = clause.indexOf(implied);
          clause[at] = clause[0] ?? 0;
          clause[0] = implied;
        }
        this.assign(implied, index);
      }
      // Watch lists hold pairs: a clause and a "blocker", another of its literals; a true blocker
      // means the clause needs no look.
      const watchers = this.watches[trueLit] ?? [];
      const length = watchers.length;
      let kept = 0;
      let i = 0;
      let conflict = NO_CONFLICT;
      for (; i < length; i += 2) {
        const index = watchers[i] ?? 0;
        const blocker = watchers[i + 1] ?? 0;
        if ((values[blocker >> 1] ?? 0) * (blocker & 1 ? -1 : 1) === TRUE) {
          watchers[kept++] = index;
          watchers[kept++] = blocker;
          continue;
        }
        const clause = clauses[index];
        if (clause === undefined || clause.length === 0) continue;
        // Keep the falsified literal at position 1.
        if (clause[0] === falsified) {
          clause[0] = clause[1] ?? 0;
          clause[1] = falsified;
        }
        const first = clause[0] ?? 0;
        const firstValue = (values[first >> 1] ?? 0) * (first & 1 ? -1 : 1);
        if (firstValue === TRUE) {
          watchers[kept++] = index;
          watchers[kept++] = first;
          continue;
        }
        let moved = false;
        for (let k = 2; k < clause.length; k++) {
          const candidate = clause[k] ?? 0;
          const candidateValue = (values[candidate >> 1] ?? 0) * (candidate & 1 ? -1 : 1);
          if (candidateValue !== FALSE) {
            clause[1] = candidate;
            clause[k] = falsified;
            this.watches[negate(candidate)]?.push(index, first);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        watchers[kept++] = index;
        watchers[kept++] = first;
        if (firstValue === FALSE) {
          conflict = index;
          i += 2;
          break;
        }
        this.assign(first, index);
      }
      if (kept < length) {
        for (; i < length; i++) watchers[kept++] = watchers[i] ?? 0;
        watchers.length = kept;
      }
      if (conflict !== NO_CONFLICT) return conflict;
    }
    return NO_CONFLICT;
  }

  /** The literals of a conflict or reason clause. */
  private clauseLiterals(conflict: number): Int32Array {
    if (conflict === BINARY_CONFLICT) return this.binaryConflict;
    return this.clauses[conflict] ?? new Int32Array(0);
  }

  /** The reason of an implied variable as literals, the implied literal first. */
  private reasonLiterals(variable: number): Int32Array | undefined {
    const reason = this.reasons[variable] ?? NO_REASON;
    if (reason === NO_REASON) return undefined;
    if (reason >= 0) return this.clauses[reason];
    const pair = new Int32Array(2);
    pair[0] = this.values[variable] === TRUE ? literal(variable) : literal(variable, false);
    pair[1] = -2 - reason;
    return pair;
  }

  /** First-UIP analysis; fills `learnt` (asserting literal first) and returns the backjump level. */
  private analyse(conflict: number, learnt: number[]): number {
    const currentLevel = this.levelStarts.length;
    learnt.length = 0;
    learnt.push(0);
    let pending = 0;
    let index = this.trail.length - 1;
    let lits: Int32Array | undefined = this.clauseLiterals(conflict);
    let start = 0;
    let uip = -1;
    if (conflict >= 0) this.bumpClause(conflict);
    while (true) {
      for (let k = start; k < (lits?.length ?? 0); k++) {
        const lit = lits?.[k] ?? 0;
        const variable = lit >> 1;
        if (this.seen[variable] === 1 || (this.levels[variable] ?? 0) === 0) continue;
        this.seen[variable] = 1;
        this.bumpVariable(variable);
        if ((this.levels[variable] ?? 0) >= currentLevel) pending++;
        else learnt.push(lit);
      }
      while (this.seen[(this.trail[index] ?? 0) >> 1] !== 1) index--;
      uip = this.trail[index] ?? 0;
      index--;
      this.seen[uip >> 1] = 0;
      pending--;
      if (pending <= 0) break;
      const reason = this.reasons[uip >> 1] ?? NO_REASON;
      if (reason >= 0) this.bumpClause(reason);
      lits = this.reasonLiterals(uip >> 1);
      start = 1;
    }
    learnt[0] = negate(uip);

    // Local minimisation: drop a literal whose reason's other literals are all in the clause (or level 0).
    const marked = learnt.slice(1);
    let size = 1;
    for (let k = 1; k < learnt.length; k++) {
      const lit = learnt[k] ?? 0;
      const reason = this.reasonLiterals(lit >> 1);
      let redundant = reason !== undefined;
      if (reason) {
        for (let r = 1; r < reason.length && redundant; r++) {
          const other = (reason[r] ?? 0) >> 1;
          if (this.seen[other] !== 1 && (this.levels[other] ?? 0) > 0) redundant = false;
        }
      }
      if (!redundant) learnt[size++] = lit;
    }
    for (const lit of marked) this.seen[lit >> 1] = 0;
    learnt.length = size;

    if (learnt.length === 1) return 0;
    let highest = 1;
    for (let k = 2; k < learnt.length; k++) {
      if ((this.levels[(learnt[k] ?? 0) >> 1] ?? 0) > (this.levels[(learnt[highest] ?? 0) >> 1] ?? 0)) {
        highest = k;
      }
    }
    const swapped = learnt[highest] ?? 0;
    learnt[highest] = learnt[1] ?? 0;
    learnt[1] = swapped;
    return this.levels[swapped >> 1] ?? 0;
  }

  private backtrack(level: number): void {
    if (this.levelStarts.length <= level) return;
    const keep = this.levelStarts[level] ?? 0;
    for (let k = this.trail.length - 1; k >= keep; k--) {
      const lit = this.trail[k] ?? 0;
      const variable = lit >> 1;
      this.savedPhase[variable] = lit & 1 ? 0 : 1;
      this.values[variable] = UNASSIGNED;
      this.reasons[variable] = NO_REASON;
      if ((this.heapPosition[variable] ?? -1) < 0) this.insertInHeap(variable);
    }
    this.trail.length = keep;
    this.propagatedUpTo = keep;
    this.targetSynced = Math.min(this.targetSynced, keep);
    this.levelStarts.length = level;
  }

  private pickBranchVariable(): number {
    while (this.heapSize > 0) {
      const variable = this.popHeap();
      if (this.values[variable] === UNASSIGNED) return variable;
    }
    return -1;
  }

  private bumpVariable(variable: number): void {
    const bumped = (this.activity[variable] ?? 0) + this.variableIncrement;
    this.activity[variable] = bumped;
    if (bumped > 1e100) {
      for (let v = 0; v < this.variableCount; v++) this.activity[v] = (this.activity[v] ?? 0) * 1e-100;
      this.variableIncrement *= 1e-100;
    }
    const position = this.heapPosition[variable] ?? -1;
    if (position >= 0) this.siftUp(position);
  }

  private bumpClause(index: number): void {
    const info = this.learntInfo.get(index);
    if (info === undefined) return;
    info.activity += this.clauseIncrement;
    if (info.activity > 1e20) {
      for (const other of this.learntInfo.values()) other.activity *= 1e-20;
      this.clauseIncrement *= 1e-20;
    }
  }

  /**
   * Removes half of the learnt clauses that are not glue, the least useful first (high LBD, low
   * activity), sparing those that are the reason of an assignment; then rebuilds the watch lists.
   * Called at decision level 0 only.
   */
  private reduceLearnt(): void {
    const candidates: number[] = [];
    for (const [index, info] of this.learntInfo) if (info.lbd > GLUE_LBD) candidates.push(index);
    const score = (index: number): LearntInfo => this.learntInfo.get(index) ?? { activity: 0, lbd: 0 };
    candidates.sort((x, y) => score(y).lbd - score(x).lbd || score(x).activity - score(y).activity);
    const locked = new Set<number>();
    for (const lit of this.trail) {
      const reason = this.reasons[lit >> 1] ?? NO_REASON;
      if (reason >= 0) locked.add(reason);
    }
    let removed = 0;
    for (const index of candidates) {
      if (removed >= candidates.length / 2) break;
      if (locked.has(index)) continue;
      this.clauses[index] = new Int32Array(0);
      this.learntInfo.delete(index);
      removed++;
    }
    for (const list of this.watches) list.length = 0;
    this.clauses.forEach((clause, index) => {
      if (clause.length === 0 || this.ternary[index] === 1) return;
      this.watches[negate(clause[0] ?? 0)]?.push(index, clause[1] ?? 0);
      this.watches[negate(clause[1] ?? 0)]?.push(index, clause[0] ?? 0);
    });
  }

  private insertInHeap(variable: number): void {
    this.heap[this.heapSize] = variable;
    this.heapPosition[variable] = this.heapSize;
    this.siftUp(this.heapSize++);
  }

  private popHeap(): number {
    const top = this.heap[0] ?? 0;
    const last = this.heap[--this.heapSize] ?? 0;
    this.heapPosition[top] = -1;
    if (this.heapSize > 0) {
      this.heap[0] = last;
      this.heapPosition[last] = 0;
      this.siftDown(0);
    }
    return top;
  }

  private siftUp(start: number): void {
    const { heap, heapPosition, activity } = this;
    const variable = heap[start] ?? 0;
    const key = activity[variable] ?? 0;
    let position = start;
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const above = heap[parent] ?? 0;
      if ((activity[above] ?? 0) >= key) break;
      heap[position] = above;
      heapPosition[above] = position;
      position = parent;
    }
    heap[position] = variable;
    heapPosition[variable] = position;
  }

  private siftDown(start: number): void {
    const { heap, heapPosition, activity } = this;
    const variable = heap[start] ?? 0;
    const key = activity[variable] ?? 0;
    let position = start;
    while (true) {
      let child = 2 * position + 1;
      if (child >= this.heapSize) break;
      const right = child + 1;
      if (right < this.heapSize && (activity[heap[right] ?? 0] ?? 0) > (activity[heap[child] ?? 0] ?? 0)) {
        child = right;
      }
      const below = heap[child] ?? 0;
      if ((activity[below] ?? 0) <= key) break;
      heap[position] = below;
      heapPosition[below] = position;
      position = child;
    }
    heap[position] = variable;
    heapPosition[variable] = position;
  }
}
