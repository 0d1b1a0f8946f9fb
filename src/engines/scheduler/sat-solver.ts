/**
 * A small CDCL SAT solver: two watched literals, first-UIP clause learning with local minimisation,
 * VSIDS branching, phase saving (seeded from a known schedule), Luby restarts and LBD-based
 * clearing of learnt clauses. Clauses can be added between calls to `solve`, so a bound can be
 * tightened while keeping what was learnt.
 *
 * Literals are integers: `2 * variable` is the variable, `2 * variable + 1` its negation.
 */

export type SatOutcome = 'sat' | 'unsat' | 'unknown';

const UNASSIGNED = 2;
const RESTART_UNIT = 100;
const VARIABLE_DECAY = 0.95;
const CLAUSE_DECAY = 0.999;

/** The literal of variable v, negated or not. */
export function literal(variable: number, negated = false): number {
  return (variable << 1) | (negated ? 1 : 0);
}

function luby(index: number): number {
  let size = 1;
  let sequence = 0;
  while (size < index + 1) {
    sequence++;
    size = 2 * size + 1;
  }
  let x = index;
  while (size - 1 !== x) {
    size = (size - 1) >> 1;
    sequence--;
    x %= size;
  }
  return 2 ** sequence;
}

export class SatSolver {
  private variableCount = 0;
  private readonly clauses: Int32Array[] = [];
  private readonly learnt: boolean[] = [];
  private readonly deleted: boolean[] = [];
  private readonly clauseActivity: number[] = [];
  private readonly clauseLbd: number[] = [];
  private readonly watches: number[][] = [];
  private assigns: number[] = [];
  private level: number[] = [];
  private reason: number[] = [];
  private activity: number[] = [];
  private polarity: number[] = [];
  private seen: number[] = [];
  private readonly trail: number[] = [];
  private readonly trailLimits: number[] = [];
  private propagationHead = 0;
  private variableIncrement = 1;
  private clauseIncrement = 1;
  private heap: number[] = [];
  private heapIndex: number[] = [];
  private unsatisfiable = false;
  private learntCount = 0;
  private conflictsSinceReduce = 0;
  private reduceInterval = 2000;
  /** Conflicts met over all calls; callers turn them into budget steps. */
  conflicts = 0;
  propagations = 0;
  decisions = 0;

  newVariable(): number {
    const v = this.variableCount++;
    this.watches.push([], []);
    this.assigns.push(UNASSIGNED);
    this.level.push(0);
    this.reason.push(-1);
    this.activity.push(0);
    this.polarity.push(1);
    this.seen.push(0);
    this.heapIndex.push(-1);
    this.heapInsert(v);
    return v;
  }

  get numberOfVariables(): number {
    return this.variableCount;
  }

  get numberOfClauses(): number {
    return this.clauses.length;
  }

  /** Prefers `value` when branching on v (until the search learns otherwise). */
  setPhase(variable: number, value: boolean): void {
    this.polarity[variable] = value ? 0 : 1;
  }

  /** The variable's value in the last satisfying assignment. */
  value(variable: number): boolean {
    return this.assigns[variable] === 1;
  }

  private literalValue(lit: number): number {
    const assigned = this.assigns[lit >> 1] ?? UNASSIGNED;
    return assigned === UNASSIGNED ? UNASSIGNED : assigned ^ (lit & 1);
  }

  /** Adds a clause (at decision level 0). Returns false once the formula is known unsatisfiable. */
  addClause(input: readonly number[]): boolean {
    if (this.unsatisfiable) return false;
    this.cancelUntil(0);
    const lits: number[] = [];
    for (const lit of input) {
      const current = this.literalValue(lit);
      if (current === 1 || lits.includes(lit ^ 1)) return true;
      if (current === 0 || lits.includes(lit)) continue;
      lits.push(lit);
    }
    if (lits.length === 0) {
      this.unsatisfiable = true;
      return false;
    }
    if (lits.length === 1) {
      this.enqueue(lits[0] ?? 0, -1);
      if (this.propagate() >= 0) this.unsatisfiable = true;
      return !this.unsatisfiable;
    }
    this.attach(Int32Array.from(lits), false, 0);
    return true;
  }

  private attach(lits: Int32Array, isLearnt: boolean, lbd: number): number {
    const id = this.clauses.length;
    this.clauses.push(lits);
    this.learnt.push(isLearnt);
    this.deleted.push(false);
    this.clauseActivity.push(0);
    this.clauseLbd.push(lbd);
    this.watches[lits[0] ?? 0]?.push(id);
    this.watches[lits[1] ?? 0]?.push(id);
    if (isLearnt) this.learntCount++;
    return id;
  }

  private decisionLevel(): number {
    return this.trailLimits.length;
  }

  private enqueue(lit: number, from: number): void {
    const v = lit >> 1;
    this.assigns[v] = (lit & 1) ^ 1;
    this.level[v] = this.decisionLevel();
    this.reason[v] = from;
    this.trail.push(lit);
  }

  /** Unit propagation; returns the conflicting clause or -1. */
  private propagate(): number {
    while (this.propagationHead < this.trail.length) {
      const assigned = this.trail[this.propagationHead++] ?? 0;
      const falseLit = assigned ^ 1;
      const list = this.watches[falseLit];
      if (list === undefined) continue;
      this.propagations++;
      let keep = 0;
      let i = 0;
      while (i < list.length) {
        const id = list[i++] ?? 0;
        if (this.deleted[id]) continue;
        const lits = this.clauses[id];
        if (lits === undefined) continue;
        if (lits[0] === falseLit) {
          lits[0] = lits[1] ?? 0;
          lits[1] = falseLit;
        }
        const first = lits[0] ?? 0;
        if (this.literalValue(first) === 1) {
          list[keep++] = id;
          continue;
        }
        let moved = false;
        for (let k = 2; k < lits.length; k++) {
          const candidate = lits[k] ?? 0;
          if (this.literalValue(candidate) !== 0) {
            lits[1] = candidate;
            lits[k] = falseLit;
            this.watches[candidate]?.push(id);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        list[keep++] = id;
        if (this.literalValue(first) === 0) {
          while (i < list.length) list[keep++] = list[i++] ?? 0;
          list.length = keep;
          this.propagationHead = this.trail.length;
          return id;
        }
        this.enqueue(first, id);
      }
      list.length = keep;
    }
    return -1;
  }

  private cancelUntil(target: number): void {
    if (this.decisionLevel() <= target) return;
    const start = this.trailLimits[target] ?? 0;
    for (let i = this.trail.length - 1; i >= start; i--) {
      const lit = this.trail[i] ?? 0;
      const v = lit >> 1;
      this.polarity[v] = lit & 1;
      this.assigns[v] = UNASSIGNED;
      this.reason[v] = -1;
      if ((this.heapIndex[v] ?? -1) < 0) this.heapInsert(v);
    }
    this.trail.length = start;
    this.trailLimits.length = target;
    this.propagationHead = start;
  }

  private bumpVariable(v: number): void {
    const bumped = (this.activity[v] ?? 0) + this.variableIncrement;
    this.activity[v] = bumped;
    if (bumped > 1e100) {
      for (let i = 0; i < this.variableCount; i++) this.activity[i] = (this.activity[i] ?? 0) * 1e-100;
      this.variableIncrement *= 1e-100;
    }
    const at = this.heapIndex[v] ?? -1;
    if (at >= 0) this.heapUp(at);
  }

  private bumpClause(id: number): void {
    const bumped = (this.clauseActivity[id] ?? 0) + this.clauseIncrement;
    this.clauseActivity[id] = bumped;
    if (bumped > 1e20) {
      for (let i = 0; i < this.clauses.length; i++) {
        this.clauseActivity[i] = (this.clauseActivity[i] ?? 0) * 1e-20;
      }
      this.clauseIncrement *= 1e-20;
    }
  }

  /** First-UIP learning; returns the learnt clause (asserting literal first) and the backjump level. */
  private analyze(conflict: number): { lits: number[]; backjump: number; lbd: number } {
    const learntLits: number[] = [0];
    let pathCount = 0;
    let implied = -1;
    let index = this.trail.length - 1;
    let clauseId = conflict;
    const current = this.decisionLevel();
    do {
      if (this.learnt[clauseId]) this.bumpClause(clauseId);
      const lits = this.clauses[clauseId] ?? new Int32Array(0);
      for (let k = implied < 0 ? 0 : 1; k < lits.length; k++) {
        const q = lits[k] ?? 0;
        const v = q >> 1;
        if (this.seen[v] === 1 || (this.level[v] ?? 0) === 0) continue;
        this.seen[v] = 1;
        this.bumpVariable(v);
        if ((this.level[v] ?? 0) >= current) pathCount++;
        else learntLits.push(q);
      }
      while (this.seen[(this.trail[index] ?? 0) >> 1] !== 1) index--;
      implied = this.trail[index] ?? 0;
      index--;
      clauseId = this.reason[implied >> 1] ?? -1;
      this.seen[implied >> 1] = 0;
      pathCount--;
    } while (pathCount > 0);
    learntLits[0] = implied ^ 1;

    // Drop literals implied by others already in the clause.
    const kept: number[] = [learntLits[0] ?? 0];
    for (let k = 1; k < learntLits.length; k++) {
      const q = learntLits[k] ?? 0;
      const from = this.reason[q >> 1] ?? -1;
      let redundant = from >= 0;
      if (redundant) {
        const lits = this.clauses[from] ?? new Int32Array(0);
        for (let r = 1; r < lits.length && redundant; r++) {
          const v = (lits[r] ?? 0) >> 1;
          if (this.seen[v] !== 1 && (this.level[v] ?? 0) > 0) redundant = false;
        }
      }
      if (!redundant) kept.push(q);
    }
    for (const q of learntLits) this.seen[q >> 1] = 0;

    let backjump = 0;
    let second = 1;
    for (let k = 1; k < kept.length; k++) {
      const lvl = this.level[(kept[k] ?? 0) >> 1] ?? 0;
      if (lvl > backjump) {
        backjump = lvl;
        second = k;
      }
    }
    if (kept.length > 1) {
      const swap = kept[1] ?? 0;
      kept[1] = kept[second] ?? 0;
      kept[second] = swap;
    }
    const levels = new Set<number>();
    for (const q of kept) levels.add(this.level[q >> 1] ?? 0);
    return { lits: kept, backjump, lbd: levels.size };
  }

  private reduceLearnts(): void {
    const candidates: number[] = [];
    for (let id = 0; id < this.clauses.length; id++) {
      if (!this.learnt[id] || this.deleted[id] || (this.clauseLbd[id] ?? 0) <= 2) continue;
      const lits = this.clauses[id] ?? new Int32Array(0);
      const first = lits[0] ?? 0;
      const locked = this.reason[first >> 1] === id && this.literalValue(first) === 1;
      if (!locked) candidates.push(id);
    }
    candidates.sort(
      (x, y) =>
        (this.clauseLbd[y] ?? 0) - (this.clauseLbd[x] ?? 0) ||
        (this.clauseActivity[x] ?? 0) - (this.clauseActivity[y] ?? 0),
    );
    const removing = Math.floor(candidates.length / 2);
    for (let k = 0; k < removing; k++) {
      const id = candidates[k] ?? 0;
      this.deleted[id] = true;
      this.clauses[id] = new Int32Array(0);
      this.learntCount--;
    }
  }

  private pickBranch(): number {
    while (this.heap.length > 0) {
      const v = this.heapPop();
      if (this.assigns[v] === UNASSIGNED) return (v << 1) | (this.polarity[v] ?? 1);
    }
    return -1;
  }

  /**
   * Searches for a satisfying assignment; `shouldStop` is asked every few conflicts and ends the
   * search with 'unknown'.
   */
  solve(shouldStop: () => boolean): SatOutcome {
    if (this.unsatisfiable) return 'unsat';
    this.cancelUntil(0);
    if (this.propagate() >= 0) {
      this.unsatisfiable = true;
      return 'unsat';
    }
    let restarts = 0;
    while (true) {
      const limit = luby(restarts++) * RESTART_UNIT;
      let conflictsHere = 0;
      while (true) {
        const conflict = this.propagate();
        if (conflict >= 0) {
          this.conflicts++;
          conflictsHere++;
          this.conflictsSinceReduce++;
          if (this.decisionLevel() === 0) {
            this.unsatisfiable = true;
            return 'unsat';
          }
          const { lits, backjump, lbd } = this.analyze(conflict);
          this.cancelUntil(backjump);
          if (lits.length === 1) this.enqueue(lits[0] ?? 0, -1);
          else {
            const id = this.attach(Int32Array.from(lits), true, lbd);
            this.bumpClause(id);
            this.enqueue(lits[0] ?? 0, id);
          }
          this.variableIncrement /= VARIABLE_DECAY;
          this.clauseIncrement /= CLAUSE_DECAY;
          if ((this.conflicts & 63) === 0 && shouldStop()) {
            this.cancelUntil(0);
            return 'unknown';
          }
          continue;
        }
        if (conflictsHere >= limit) {
          this.cancelUntil(0);
          break;
        }
        if (this.conflictsSinceReduce >= this.reduceInterval) {
          this.conflictsSinceReduce = 0;
          this.reduceInterval += 300;
          this.reduceLearnts();
        }
        const next = this.pickBranch();
        if (next < 0) return 'sat';
        this.decisions++;
        this.trailLimits.push(this.trail.length);
        this.enqueue(next, -1);
      }
    }
  }

  /** Undoes the last model's assignments so clauses can be added again. */
  reset(): void {
    this.cancelUntil(0);
  }

  // A binary max-heap of variables by activity.
  private heapInsert(v: number): void {
    this.heapIndex[v] = this.heap.length;
    this.heap.push(v);
    this.heapUp(this.heap.length - 1);
  }

  private heapUp(start: number): void {
    const v = this.heap[start] ?? 0;
    const score = this.activity[v] ?? 0;
    let at = start;
    while (at > 0) {
      const parentAt = (at - 1) >> 1;
      const parent = this.heap[parentAt] ?? 0;
      if ((this.activity[parent] ?? 0) >= score) break;
      this.heap[at] = parent;
      this.heapIndex[parent] = at;
      at = parentAt;
    }
    this.heap[at] = v;
    this.heapIndex[v] = at;
  }

  private heapPop(): number {
    const top = this.heap[0] ?? 0;
    const last = this.heap.pop() ?? 0;
    this.heapIndex[top] = -1;
    if (this.heap.length > 0) {
      const score = this.activity[last] ?? 0;
      let at = 0;
      while (true) {
        const left = 2 * at + 1;
        if (left >= this.heap.length) break;
        const right = left + 1;
        const leftVar = this.heap[left] ?? 0;
        const rightVar = this.heap[right] ?? 0;
        const child =
          right < this.heap.length && (this.activity[rightVar] ?? 0) > (this.activity[leftVar] ?? 0) ? right : left;
        const childVar = this.heap[child] ?? 0;
        if ((this.activity[childVar] ?? 0) <= score) break;
        this.heap[at] = childVar;
        this.heapIndex[childVar] = at;
        at = child;
      }
      this.heap[at] = last;
      this.heapIndex[last] = at;
    }
    return top;
  }
}
