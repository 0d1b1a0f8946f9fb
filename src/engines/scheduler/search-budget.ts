import type { SearchTimeLimit } from './meeting-schedule.types.js';

/** How many spent steps pass between two looks at the injected clock. */
const CLOCK_STRIDE = 2048;

/**
 * The search's allowance: a count of elementary steps (deterministic) and optionally a wall-clock
 * limit read through an injected clock. Phases take windows of what remains.
 */
export class SearchBudget {
  private used = 0;
  private nextClockCheck = CLOCK_STRIDE;
  private timedOut = false;
  private lastElapsed = 0;
  private readonly startedAt: number;

  constructor(
    readonly maxIterations: number,
    private readonly timeLimit?: SearchTimeLimit,
  ) {
    this.startedAt = timeLimit ? timeLimit.now() : 0;
  }

  get iterations(): number {
    return this.used;
  }

  get ranOutOfTime(): boolean {
    return this.timedOut;
  }

  spend(steps: number): void {
    this.used += steps;
  }

  /** Milliseconds since the search started (reads the clock), 0 without a clock. */
  elapsedMs(): number {
    this.lastElapsed = this.timeLimit ? this.timeLimit.now() - this.startedAt : 0;
    return this.lastElapsed;
  }

  /** The elapsed time at the last look at the clock; cheap enough for every step. */
  lastElapsedMs(): number {
    return this.lastElapsed;
  }

  /** True once the steps or the time are used up. */
  isExhausted(): boolean {
    if (this.timedOut || this.used >= this.maxIterations) return true;
    if (this.timeLimit && this.used >= this.nextClockCheck) {
      this.nextClockCheck = this.used + CLOCK_STRIDE;
      if (this.elapsedMs() >= this.timeLimit.milliseconds) this.timedOut = true;
    }
    return this.timedOut;
  }

  /** A window of `share` (0..1] of the steps and time still left. */
  phase(share: number): BudgetPhase {
    const stepsLeft = this.maxIterations - this.used;
    const msLeft = this.timeLimit ? this.timeLimit.milliseconds - this.elapsedMs() : 0;
    return new BudgetPhase(this, this.used, stepsLeft * share, this.elapsedMs(), msLeft * share);
  }

  hasClock(): boolean {
    return this.timeLimit !== undefined;
  }
}

/** A share of a `SearchBudget`; its progress (0..1) drives cooling schedules. */
export class BudgetPhase {
  constructor(
    private readonly budget: SearchBudget,
    private readonly startStep: number,
    private readonly steps: number,
    private readonly startMs: number,
    private readonly milliseconds: number,
  ) {}

  spend(steps: number): void {
    this.budget.spend(steps);
  }

  isExhausted(): boolean {
    if (this.budget.isExhausted()) return true;
    if (this.budget.iterations - this.startStep >= this.steps) return true;
    return this.budget.hasClock() && this.budget.lastElapsedMs() - this.startMs >= this.milliseconds;
  }

  /** How much of this phase is used, by steps or by time, whichever is further along. */
  progress(): number {
    const bySteps = Number.isFinite(this.steps) ? (this.budget.iterations - this.startStep) / this.steps : 0;
    const byTime =
      this.budget.hasClock() && this.milliseconds > 0
        ? (this.budget.lastElapsedMs() - this.startMs) / this.milliseconds
        : 0;
    return Math.min(1, Math.max(bySteps, byTime));
  }
}
