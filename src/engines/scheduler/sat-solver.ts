/**
 * A small CDCL SAT solver: two watched literals with blockers, first-UIP clause learning with
 * local minimisation, VSIDS branching, phase saving (seeded from a known schedule), Luby restarts
 * and LBD-based clearing of learnt clauses. Clauses live in one growing integer arena and watch
 * lists in growing integer vectors, so propagation touches no JavaScript objects.
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

function grownInt32(array: Int32Array, needed: number, fill = 0): Int32Array {
  if (needed <= array.length) return array;
  const next = new Int32Array(Math.max(needed, array.length * 2, 16));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

function grownFloat64(array: Float64Array, needed: number): Float64Array {
  if (needed <= array.length) return array;
  const next = new Float64Array(Math.max(needed, array.length * 2, 16));
  next.set(array);
  return next;
}

function grownUint8(array: Uint8Array, needed: number, fill = 0): Uint8Array {
  if (needed <= array.length) return array;
  const next = new Uint8Array(Math.max(needed, array.length * 2, 16));
  next.set(array);
  if (fill !== 0) next.fill(fill, array.length);
  return next;
}

export class SatSolver {
  private variableCount = 0;

  // Clause arena: literals of clause c are arena[start[c] .. start[c] + size[c]).
  private arena: Int32Array = new Int32Array(1024);
  private arenaUsed = 0;
  private clauseStart: Int32Array = new Int32Array(256);
  private clauseSize: Int32Array = new Int32Array(256);
  private clauseLearnt: Uint8Array = new Uint8Array(256);
  private clauseDeleted: Uint8Array = new Uint8Array(256);
  private clauseLbd: Int32Array = new Int32Array(256);
  private clauseActivity: Float64Array = new Float64Array(256);
  private clauseCount = 0;

  // Watch lists per literal: pairs (clause, blocker literal).
  private watchData: Int32Array[] = [];
  private watchLength: Int32Array = new Int32Array(32);

  // Per variable.
  private assigns: Uint8Array = new Uint8Array(16);
  private level: Int32Array = new Int32Array(16);
  private reason: Int32Array = new Int32Array(16);
  private activity: Float64Array = new Float64Array(16);
  private polarity: Uint8Array = new Uint8Array(16);
  private seen: Uint8Array = new Uint8Array(16);
  private heap: Int32Array = new Int32Array(16);
  private heapSize = 0;
  private heapIndex: Int32Array = new Int32Array(16);

  private trail: Int32Array = new Int32Array(16);
  private trailSize = 0;
  private trailLimits: number[] = [];
  private propagationHead = 0;
  private variableIncrement = 1;
  private clauseIncrement = 1;
  private unsatisfiable = false;
  private conflictsSinceReduce = 0;
  private reduceInterval = 2000;
  /** Conflicts met over all calls; callers turn them into budget steps. */
  conflicts = 0;
  /** Literals propagated over all calls. */
  propagations = 0;
  decisions = 0;

  newVariable(): number {
    const v = this.variableCount++;
    const n = this.variableCount;
    this.assigns = grownUint8(this.assigns, n, UNASSIGNED);
    this.assigns[v] = UNASSIGNED;
    this.level = grownInt32(this.level, n);
    this.reason = grownInt32(this.reason, n, -1);
    this.reason[v] = -1;
    this.activity = grownFloat64(this.activity, n);
    this.polarity = grownUint8(this.polarity, n, 1);
    this.polarity[v] = 1;
    this.seen = grownUint8(this.seen, n);
    this.heap = grownInt32(this.heap, n);
    this.heapIndex = grownInt32(this.heapIndex, n, -1);
    this.heapIndex[v] = -1;
    this.trail = grownInt32(this.trail, n);
    this.watchLength = grownInt32(this.watchLength, 2 * n);
    this.watchData.push(new Int32Array(8), new Int32Array(8));
    this.heapInsert(v);
    return v;
  }

  get numberOfVariables(): number {
    return this.variableCount;
  }

  get numberOfClauses(): number {
    return this.clauseCount;
  }

  /** Prefers `value` when branching on v (until the search learns otherwise). */
  setPhase(variable: number, value: boolean): void {
    this.polarity[variable] = value ? 0 : 1;
  }

  /** The variable's value in the last satisfying assignment. */
  value(variable: number): boolean {
    return this.assigns[variable] === 1;
  }

  /** 1 true, 0 false, 2 unassigned. */
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
    this.attach(lits, false, 0);
    return true;
  }

  private watch(lit: number, clause: number, blocker: number): void {
    const length = this.watchLength[lit] ?? 0;
    let data = this.watchData[lit] ?? new Int32Array(8);
    if (length + 2 > data.length) {
      const grown = new Int32Array(data.length * 2);
      grown.set(data);
      data = grown;
      this.watchData[lit] = data;
    }
    data[length] = clause;
    data[length + 1] = blocker;
    this.watchLength[lit] = length + 2;
  }

  private attach(lits: readonly number[], isLearnt: boolean, lbd: number): number {
    const id = this.clauseCount++;
    const n = this.clauseCount;
    this.clauseStart = grownInt32(this.clauseStart, n);
    this.clauseSize = grownInt32(this.clauseSize, n);
    this.clauseLearnt = grownUint8(this.clauseLearnt, n);
    this.clauseDeleted = grownUint8(this.clauseDeleted, n);
    this.clauseLbd = grownInt32(this.clauseLbd, n);
    this.clauseActivity = grownFloat64(this.clauseActivity, n);
    this.arena = grownInt32(this.arena, this.arenaUsed + lits.length);
    this.clauseStart[id] = this.arenaUsed;
    this.clauseSize[id] = lits.length;
    for (const lit of lits) this.arena[this.arenaUsed++] = lit;
    this.clauseLearnt[id] = isLearnt ? 1 : 0;
    this.clauseDeleted[id] = 0;
    this.clauseLbd[id] = lbd;
    this.clauseActivity[id] = 0;
    const first = lits[0] ?? 0;
    const second = lits[1] ?? 0;
    this.watch(first, id, second);
    this.watch(second, id, first);
    return id;
  }

  private decisionLevel(): number {
    return this.trailLimits.length;
  }

  private enqueue(lit: number, from: number): void {
    const v = lit >> 1;
    this.assigns[v] = (lit & 1) ^ 1;
    this.level[v] = this.trailLimits.length;
    this.reason[v] = from;
    this.trail[this.trailSize++] = lit;
  }

  /** Unit propagation; returns the conflicting clause or -1. */
  private propagate(): number {
    const arena = this.arena;
    const assigns = this.assigns;
    const clauseStart = this.clauseStart;
    const clauseSize = this.clauseSize;
    const clauseDeleted = this.clauseDeleted;
    while (this.propagationHead < this.trailSize) {
      const falseLit = (this.trail[this.propagationHead++] ?? 0) ^ 1;
      this.propagations++;
      const data = this.watchData[falseLit];
      if (data === undefined) continue;
      const length = this.watchLength[falseLit] ?? 0;
      let keep = 0;
      let i = 0;
      while (i < length) {
        const id = data[i] ?? 0;
        const blocker = data[i + 1] ?? 0;
        i += 2;
        // A true blocker satisfies the clause without looking at it.
        const blockerValue = assigns[blocker >> 1] ?? UNASSIGNED;
        if (blockerValue !== UNASSIGNED && (blockerValue ^ (blocker & 1)) === 1) {
          data[keep++] = id;
          data[keep++] = blocker;
          continue;
        }
        if (clauseDeleted[id] === 1) continue;
        const start = clauseStart[id] ?? 0;
        const size = clauseSize[id] ?? 0;
        if (arena[start] === falseLit) {
          arena[start] = arena[start + 1] ?? 0;
          arena[start + 1] = falseLit;
        }
        const first = arena[start] ?? 0;
        const firstValue = assigns[first >> 1] ?? UNASSIGNED;
        if (firstValue !== UNASSIGNED && (firstValue ^ (first & 1)) === 1) {
          data[keep++] = id;
          data[keep++] = first;
          continue;
        }
        let moved = false;
        for (let k = start + 2; k < start + size; k++) {
          const candidate = arena[k] ?? 0;
          const candidateValue = assigns[candidate >> 1] ?? UNASSIGNED;
          if (candidateValue === UNASSIGNED || (candidateValue ^ (candidate & 1)) === 1) {
            arena[start + 1] = candidate;
            arena[k] = falseLit;
            this.watch(candidate, id, first);
            moved = true;
            break;
          }
        }
        if (moved) continue;
        data[keep++] = id;
        data[keep++] = first;
        if (firstValue !== UNASSIGNED) {
          // Conflict: keep the remaining watches and stop.
          while (i < length) data[keep++] = data[i++] ?? 0;
          this.watchLength[falseLit] = keep;
          this.propagationHead = this.trailSize;
          return id;
        }
        this.enqueue(first, id);
      }
      this.watchLength[falseLit] = keep;
    }
    return -1;
  }

  private cancelUntil(target: number): void {
    if (this.trailLimits.length <= target) return;
    const start = this.trailLimits[target] ?? 0;
    for (let i = this.trailSize - 1; i >= start; i--) {
      const lit = this.trail[i] ?? 0;
      const v = lit >> 1;
      this.polarity[v] = lit & 1;
      this.assigns[v] = UNASSIGNED;
      this.reason[v] = -1;
      if ((this.heapIndex[v] ?? -1) < 0) this.heapInsert(v);
    }
    this.trailSize = start;
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
      for (let i = 0; i < this.clauseCount; i++) this.clauseActivity[i] = (this.clauseActivity[i] ?? 0) * 1e-20;
      this.clauseIncrement *= 1e-20;
    }
  }

  /** First-UIP learning; returns the learnt clause (asserting literal first) and the backjump level. */
  private analyze(conflict: number): { lits: number[]; backjump: number; lbd: number } {
    const learntLits: number[] = [0];
    let pathCount = 0;
    let implied = -1;
    let index = this.trailSize - 1;
    let clauseId = conflict;
    const current = this.trailLimits.length;
    do {
      if (this.clauseLearnt[clauseId] === 1) this.bumpClause(clauseId);
      const start = this.clauseStart[clauseId] ?? 0;
      const end = start + (this.clauseSize[clauseId] ?? 0);
      for (let k = implied < 0 ? start : start + 1; k < end; k++) {
        const q = this.arena[k] ?? 0;
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

    // Drop literals whose reason lies entirely within the clause.
    const kept: number[] = [learntLits[0] ?? 0];
    for (let k = 1; k < learntLits.length; k++) {
      const q = learntLits[k] ?? 0;
      const from = this.reason[q >> 1] ?? -1;
      let redundant = from >= 0;
      if (redundant) {
        const start = this.clauseStart[from] ?? 0;
        const end = start + (this.clauseSize[from] ?? 0);
        for (let r = start + 1; r < end && redundant; r++) {
          const v = (this.arena[r] ?? 0) >> 1;
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
    let lbd = 0;
    const stamp = this.conflicts + 1;
    for (const q of kept) {
      const lvl = this.level[q >> 1] ?? 0;
      if (this.levelStamp[lvl] !== stamp) {
        this.levelStamp[lvl] = stamp;
        lbd++;
      }
    }
    return { lits: kept, backjump, lbd };
  }

  private levelStamp: number[] = [];

  private reduceLearnts(): void {
    const candidates: number[] = [];
    for (let id = 0; id < this.clauseCount; id++) {
      if (this.clauseLearnt[id] !== 1 || this.clauseDeleted[id] === 1 || (this.clauseLbd[id] ?? 0) <= 2) continue;
      const first = this.arena[this.clauseStart[id] ?? 0] ?? 0;
      const locked = this.reason[first >> 1] === id && this.literalValue(first) === 1;
      if (!locked) candidates.push(id);
    }
    candidates.sort(
      (x, y) =>
        (this.clauseLbd[y] ?? 0) - (this.clauseLbd[x] ?? 0) ||
        (this.clauseActivity[x] ?? 0) - (this.clauseActivity[y] ?? 0),
    );
    const removing = Math.floor(candidates.length / 2);
    for (let k = 0; k < removing; k++) this.clauseDeleted[candidates[k] ?? 0] = 1;
  }

  private pickBranch(): number {
    while (this.heapSize > 0) {
      const v = this.heapPop();
      if (this.assigns[v] === UNASSIGNED) return (v << 1) | (this.polarity[v] ?? 1);
    }
    return -1;
  }

  /**
   * Searches for a satisfying assignment; `shouldStop` is asked every 64 conflicts and ends the
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
          if (this.trailLimits.length === 0) {
            this.unsatisfiable = true;
            return 'unsat';
          }
          const { lits, backjump, lbd } = this.analyze(conflict);
          this.cancelUntil(backjump);
          if (lits.length === 1) this.enqueue(lits[0] ?? 0, -1);
          else {
            const id = this.attach(lits, true, lbd);
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
        this.trailLimits.push(this.trailSize);
        this.enqueue(next, -1);
      }
    }
  }

  // A binary max-heap of variables by activity.
  private heapInsert(v: number): void {
    this.heapIndex[v] = this.heapSize;
    this.heap[this.heapSize++] = v;
    this.heapUp(this.heapSize - 1);
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
    this.heapSize--;
    const last = this.heap[this.heapSize] ?? 0;
    this.heapIndex[top] = -1;
    if (this.heapSize > 0) {
      const score = this.activity[last] ?? 0;
      let at = 0;
      while (true) {
        const left = 2 * at + 1;
        if (left >= this.heapSize) break;
        const right = left + 1;
        const leftVar = this.heap[left] ?? 0;
        const rightVar = this.heap[right] ?? 0;
        const child =
          right < this.heapSize && (this.activity[rightVar] ?? 0) > (this.activity[leftVar] ?? 0) ? right : left;
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
