import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literal, negate, type SatBudget, SatSolver } from './sat-solver.js';

/** A budget that never runs out, counting what was spent. */
function unlimited(): SatBudget & { spent: number } {
  return {
    spent: 0,
    spend(steps: number) {
      this.spent += steps;
    },
    isExhausted: () => false,
  };
}

/** Clauses as lists of non-zero integers, DIMACS style: 3 is variable 2 true, -3 variable 2 false. */
type Cnf = number[][];

function toLiteral(dimacs: number): number {
  return literal(Math.abs(dimacs) - 1, dimacs > 0);
}

function satisfies(cnf: Cnf, value: (variable: number) => boolean): boolean {
  return cnf.every((clause) => clause.some((d) => value(Math.abs(d) - 1) === d > 0));
}

function bruteForceSatisfiable(cnf: Cnf, variableCount: number): boolean {
  for (let mask = 0; mask < 2 ** variableCount; mask++) {
    if (satisfies(cnf, (v) => ((mask >> v) & 1) === 1)) return true;
  }
  return false;
}

function solverFor(cnf: Cnf, variableCount: number): { solver: SatSolver; consistent: boolean } {
  const solver = new SatSolver();
  for (let v = 0; v < variableCount; v++) solver.newVariable();
  let consistent = true;
  for (const clause of cnf) consistent = solver.addClause(clause.map(toLiteral)) && consistent;
  return { solver, consistent };
}

/** Pigeonhole: `pigeons` pigeons in `holes` holes, at most one per hole. */
function pigeonhole(pigeons: number, holes: number): Cnf {
  const variable = (p: number, h: number): number => p * holes + h + 1;
  const cnf: Cnf = [];
  for (let p = 0; p < pigeons; p++) cnf.push(Array.from({ length: holes }, (_, h) => variable(p, h)));
  for (let h = 0; h < holes; h++) {
    for (let p = 0; p < pigeons; p++) {
      for (let q = p + 1; q < pigeons; q++) cnf.push([-variable(p, h), -variable(q, h)]);
    }
  }
  return cnf;
}

const randomCnf = fc.integer({ min: 1, max: 9 }).chain((variableCount) =>
  fc.record({
    variableCount: fc.constant(variableCount),
    cnf: fc.array(
      fc.array(
        fc
          .tuple(fc.integer({ min: 1, max: variableCount }), fc.boolean())
          .map(([v, positive]) => (positive ? v : -v)),
        { minLength: 1, maxLength: 4 },
      ),
      { maxLength: 45 },
    ),
  }),
);

describe('SatSolver', () => {
  it('agrees with brute force on small random formulas, and its models satisfy them', () => {
    fc.assert(
      fc.property(randomCnf, ({ variableCount, cnf }) => {
        const { solver } = solverFor(cnf, variableCount);
        const outcome = solver.solve(unlimited());
        const expected = bruteForceSatisfiable(cnf, variableCount);
        expect(outcome).toBe(expected ? 'sat' : 'unsat');
        if (outcome === 'sat') expect(satisfies(cnf, (v) => solver.modelValue(v))).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('stays correct when clauses are added between solves', () => {
    fc.assert(
      fc.property(randomCnf, randomCnf, (first, second) => {
        const variableCount = Math.max(first.variableCount, second.variableCount);
        const { solver } = solverFor(first.cnf, variableCount);
        solver.solve(unlimited());
        for (const clause of second.cnf) solver.addClause(clause.map(toLiteral));
        const both = [...first.cnf, ...second.cnf];
        const outcome = solver.solve(unlimited());
        expect(outcome).toBe(bruteForceSatisfiable(both, variableCount) ? 'sat' : 'unsat');
        if (outcome === 'sat') expect(satisfies(both, (v) => solver.modelValue(v))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('answers under assumptions as if they were unit clauses, without keeping them', () => {
    fc.assert(
      fc.property(
        randomCnf,
        fc.array(fc.tuple(fc.nat(8), fc.boolean()), { maxLength: 3 }),
        ({ variableCount, cnf }, drawn) => {
          const assumed = drawn.map(([v, positive]) => ((v % variableCount) + 1) * (positive ? 1 : -1));
          const { solver } = solverFor(cnf, variableCount);
          const withUnits = [...cnf, ...assumed.map((d) => [d])];
          const outcome = solver.solve(unlimited(), assumed.map(toLiteral));
          expect(outcome).toBe(bruteForceSatisfiable(withUnits, variableCount) ? 'sat' : 'unsat');
          if (outcome === 'sat') expect(satisfies(withUnits, (v) => solver.modelValue(v))).toBe(true);
          expect(solver.solve(unlimited())).toBe(bruteForceSatisfiable(cnf, variableCount) ? 'sat' : 'unsat');
        },
      ),
      { numRuns: 400 },
    );
  });

  it('names a core when unsatisfiable under assumptions: some of them that cannot hold together', () => {
    let cores = 0;
    fc.assert(
      fc.property(
        randomCnf,
        fc.array(fc.tuple(fc.nat(8), fc.boolean()), { minLength: 1, maxLength: 6 }),
        ({ variableCount, cnf }, drawn) => {
          // Two variables no clause mentions, assumed first: never part of a core.
          const unrelated = [variableCount + 1, -(variableCount + 2)];
          const drawnAssumed = drawn.map(([v, positive]) => ((v % variableCount) + 1) * (positive ? 1 : -1));
          const assumed = [...unrelated, ...drawnAssumed];
          const { solver } = solverFor(cnf, variableCount + 2);
          if (solver.solve(unlimited(), assumed.map(toLiteral)) !== 'unsat') return;
          const core = [...solver.failedAssumptions()];
          for (const d of unrelated) expect(core).not.toContain(toLiteral(d));
          const satisfiable = bruteForceSatisfiable(cnf, variableCount);
          // Empty only when the clauses alone are unsatisfiable (which need not be found before
          // two assumptions clash); otherwise assumptions as given.
          if (core.length === 0) expect(satisfiable).toBe(false);
          else if (satisfiable) cores++;
          for (const lit of core) expect(assumed.map(toLiteral)).toContain(lit);
          const coreUnits = core.map((lit) => [lit & 1 ? -((lit >> 1) + 1) : (lit >> 1) + 1]);
          expect(bruteForceSatisfiable([...cnf, ...coreUnits], variableCount + 2)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
    expect(cores).toBeGreaterThan(20);
  });

  it('proves a pigeonhole formula unsatisfiable, which takes clause learning and restarts', () => {
    const { solver } = solverFor(pigeonhole(7, 6), 42);
    expect(solver.solve(unlimited())).toBe('unsat');
    expect(solver.conflicts).toBeGreaterThan(100);
  });

  it('finds a model of a satisfiable pigeonhole formula', () => {
    const cnf = pigeonhole(8, 8);
    const { solver } = solverFor(cnf, 64);
    expect(solver.solve(unlimited())).toBe('sat');
    expect(satisfies(cnf, (v) => solver.modelValue(v))).toBe(true);
  });

  it('follows the seeded phases when they already form a model', () => {
    const cnf = pigeonhole(5, 5);
    const { solver } = solverFor(cnf, 25);
    // Pigeon p in hole 4 - p.
    for (let p = 0; p < 5; p++) solver.setPhase(p * 5 + (4 - p), true);
    expect(solver.solve(unlimited())).toBe('sat');
    expect(solver.conflicts).toBe(0);
    for (let p = 0; p < 5; p++) expect(solver.modelValue(p * 5 + (4 - p))).toBe(true);
  });

  it('gives up with "unknown" when the budget is exhausted, and can resume later', () => {
    const { solver } = solverFor(pigeonhole(8, 7), 56);
    const exhausted: SatBudget = { spend: () => undefined, isExhausted: () => true };
    expect(solver.solve(exhausted)).toBe('unknown');
    expect(solver.solve(unlimited())).toBe('unsat');
  });

  it('reports a contradiction among unit clauses at once', () => {
    const solver = new SatSolver();
    const v = solver.newVariable();
    expect(solver.addClause([literal(v)])).toBe(true);
    expect(solver.addClause([negate(literal(v))])).toBe(false);
    expect(solver.solve(unlimited())).toBe('unsat');
  });
});
