import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakLowerBound } from './break-lower-bound.js';
import { lowerBreaksByNeighbourhoods } from './break-neighbourhood-search.js';
import { BreakSatModel, lowerBreaksExactly } from './break-sat-encoding.js';
import { type CompiledEvent, compileEvent } from './compiled-event.js';
import type { BrokerageEvent } from './meeting-schedule.types.js';
import { computePlacementBound } from './placement-bound.js';
import { placeGreedily } from './placement-search.js';
import type { SatBudget } from './sat-solver.js';
import { buildSchedule } from './schedule-output.js';
import { ScheduleState } from './schedule-state.js';
import { validateSchedule } from './schedule-validator.js';
import { SearchBudget } from './search-budget.js';
import { SeededRandom } from './seeded-random.js';

const UNLIMITED: SatBudget = { spend: () => undefined, isExhausted: () => false };
const FAIRNESS_GAP = 2;

/** Total breaks and fairness gap of a slot assignment (-1 unplaced), over all participants. */
function breakFigures(event: CompiledEvent, slots: Int32Array): { total: number; gap: number; most: number } {
  let total = 0;
  let most = 0;
  let fewest = Number.POSITIVE_INFINITY;
  for (let p = 0; p < event.participantCount; p++) {
    const busy = [...(event.meetingsOf[p] ?? [])]
      .map((m) => slots[m] ?? -1)
      .filter((s) => s >= 0)
      .sort((x, y) => x - y);
    let breaks = 0;
    for (let i = 1; i < busy.length; i++) if ((busy[i] ?? 0) - (busy[i - 1] ?? 0) > 1) breaks++;
    total += breaks;
    most = Math.max(most, breaks);
    fewest = Math.min(fewest, breaks);
  }
  return { total, gap: event.participantCount === 0 ? 0 : most - fewest, most };
}

/**
 * The fewest breaks of any fair schedule holding the meetings placed in `slots` (each in one of its
 * allowed slots, no clash, table counts, pinned tables, precedences), by trying every assignment.
 */
function bruteForceFewestBreaks(event: CompiledEvent, slots: Int32Array): number {
  const placed = [...slots.keys()].filter((m) => (slots[m] ?? -1) >= 0);
  const trial = new Int32Array(event.meetingCount).fill(-1);
  let best = Number.POSITIVE_INFINITY;
  const fits = (m: number, s: number): boolean => {
    let load = 0;
    for (const other of placed) {
      if (trial[other] !== s || other === m) continue;
      load++;
      if (
        [event.sideA[other], event.sideB[other]].some((q) => q === event.sideA[m] || q === event.sideB[m])
      ) {
        return false;
      }
      const table = event.fixedTable[m] ?? -1;
      if (table >= 0 && event.fixedTable[other] === table) return false;
    }
    if (load >= event.tableCount) return false;
    for (const before of event.predecessors[m] ?? []) {
      if ((trial[before] ?? -1) >= 0 && (trial[before] ?? -1) >= s) return false;
    }
    for (const after of event.successors[m] ?? []) {
      if ((trial[after] ?? -1) >= 0 && (trial[after] ?? -1) <= s) return false;
    }
    return true;
  };
  const assign = (i: number): void => {
    const m = placed[i];
    if (m === undefined) {
      const { total, gap } = breakFigures(event, trial);
      if (gap <= FAIRNESS_GAP) best = Math.min(best, total);
      return;
    }
    for (const s of event.domains[m] ?? []) {
      if (!fits(m, s)) continue;
      trial[m] = s;
      assign(i + 1);
      trial[m] = -1;
    }
  };
  assign(0);
  return best;
}

const drawnEvent = fc.record({
  participantCount: fc.integer({ min: 2, max: 4 }),
  slotCount: fc.integer({ min: 3, max: 5 }),
  tablesPerSlot: fc.integer({ min: 1, max: 3 }),
  meetings: fc.array(
    fc.record({
      a: fc.nat(3),
      b: fc.nat(3),
      slots: fc.array(fc.nat(4), { maxLength: 3 }),
      pinTable: fc.boolean(),
    }),
    { minLength: 3, maxLength: 8 },
  ),
  precedences: fc.array(fc.tuple(fc.nat(7), fc.nat(7)), { maxLength: 2 }),
  seed: fc.nat(1000),
});

function eventFrom(drawn: typeof drawnEvent extends fc.Arbitrary<infer T> ? T : never): BrokerageEvent {
  const { participantCount, slotCount, tablesPerSlot } = drawn;
  return {
    slotCount,
    tablesPerSlot,
    participants: Array.from({ length: participantCount }, (_, p) => ({ id: `p${p}` })),
    meetings: drawn.meetings.map((meeting, i) => ({
      id: `m${i}`,
      participants: [`p${meeting.a % participantCount}`, `p${meeting.b % participantCount}`],
      allowedSlots: meeting.slots.length > 0 ? meeting.slots.map((s) => (s % slotCount) + 1) : undefined,
      fixedTable: meeting.pinTable ? 1 : undefined,
    })),
    precedences: drawn.precedences.map(([x, y]) => ({ before: `m${x}`, after: `m${y}` })),
  };
}

/** A drawn event with its meetings placed greedily: the starting point of the break searches. */
function greedilyPlaced(drawn: Parameters<typeof eventFrom>[0]) {
  const event = eventFrom(drawn);
  const compiled = compileEvent(event);
  const state = new ScheduleState(compiled);
  placeGreedily(compiled, state, new SeededRandom(drawn.seed + 1));
  const start = Int32Array.from(state.slotOf);
  const placed = Uint8Array.from(start, (s) => (s >= 0 ? 1 : 0));
  return { event, compiled, state, start, placed };
}

describe('lowerBreaksExactly', () => {
  it('returns valid schedules, and the fewest breaks of any fair schedule when it ends with a proof', () => {
    fc.assert(
      fc.property(drawnEvent, (drawn) => {
        const { event, compiled, state, start, placed } = greedilyPlaced(drawn);
        const lowerBound = breakLowerBound(compiled, placed);
        const startFigures = breakFigures(compiled, start);
        const outcome = lowerBreaksExactly({
          event: compiled,
          state,
          frozen: new Uint8Array(compiled.meetingCount),
          maxFairnessGap: FAIRNESS_GAP,
          lowerBound,
          budget: UNLIMITED,
        });

        const schedule = buildSchedule(compiled, state, computePlacementBound(compiled));
        expect(validateSchedule(event, schedule).violations).toEqual([]);
        // The same meetings stay placed.
        expect(Uint8Array.from(state.slotOf, (s) => (s >= 0 ? 1 : 0))).toEqual(placed);
        const end = breakFigures(compiled, state.slotOf);
        expect(end.total).toBeLessThanOrEqual(startFigures.total);
        if (outcome.improved) expect(end.gap).toBeLessThanOrEqual(FAIRNESS_GAP);

        const fewest = bruteForceFewestBreaks(compiled, start);
        const searched = startFigures.total - 1 < compiled.participantCount;
        if (searched && startFigures.gap <= FAIRNESS_GAP) {
          // With no budget limit the search ends at the lower bound or with a proof.
          expect(outcome.provedOptimal || end.total <= lowerBound).toBe(true);
          expect(end.total).toBe(fewest);
        }
        if (outcome.provedOptimal) expect(end.total).toBe(fewest);
      }),
      { numRuns: 300 },
    );
  });

  it('closes a gap that needs a chain of moves, keeping frozen meetings and precedences', () => {
    // p0 meets p1, p2, p3; p1 also meets p4. Slots 1-4, one table.
    const event: BrokerageEvent = {
      slotCount: 4,
      tablesPerSlot: 1,
      participants: ['p0', 'p1', 'p2', 'p3', 'p4'].map((id) => ({ id })),
      meetings: [
        { id: 'a', participants: ['p0', 'p1'] },
        { id: 'b', participants: ['p0', 'p2'] },
        { id: 'c', participants: ['p0', 'p3'] },
        { id: 'd', participants: ['p1', 'p4'] },
      ],
      precedences: [{ before: 'b', after: 'c' }],
    };
    const compiled = compileEvent(event);
    const state = new ScheduleState(compiled);
    // a 1, b 2, c 4, d 3: p0 and p1 each have a break; d is frozen in slot 3.
    state.place(0, 0);
    state.place(1, 1);
    state.place(2, 3);
    state.place(3, 2);
    const frozen = Uint8Array.of(0, 0, 0, 1);
    const outcome = lowerBreaksExactly({
      event: compiled,
      state,
      frozen,
      maxFairnessGap: FAIRNESS_GAP,
      lowerBound: 0,
      budget: UNLIMITED,
    });
    // With d held in slot 3 and one table, a, b and c fill slots 1, 2 and 4: p0 always has a break,
    // and p1 has none only with a in slot 2 or 4 (b 1, a 2, c 4 or b 1, c 2, a 4). One is optimal.
    expect(state.slotOf[3]).toBe(2);
    expect(breakFigures(compiled, state.slotOf).total).toBe(1);
    expect(outcome.provedOptimal).toBe(true);
    const schedule = buildSchedule(compiled, state, computePlacementBound(compiled));
    expect(validateSchedule(event, schedule).violations).toEqual([]);
  });
});

describe('BreakSatModel', () => {
  it('finds the schedule it was built from when the limit allows its breaks, and a better one', () => {
    const event = compileEvent({
      slotCount: 3,
      tablesPerSlot: 2,
      participants: ['p0', 'p1', 'p2'].map((id) => ({ id })),
      meetings: [
        { id: 'a', participants: ['p0', 'p1'] },
        { id: 'b', participants: ['p0', 'p2'] },
      ],
    });
    const slots = Int32Array.of(0, 2);
    const scope = {
      frozen: new Uint8Array(2),
      onlyTouched: false,
      fewestBreaks: 0,
      mostBreaks: FAIRNESS_GAP,
    };
    const model = new BreakSatModel(event, slots, scope, 1);
    expect(model.solveAtMost(1, UNLIMITED)).toBe('sat');
    expect(model.modelSlots()).toEqual(slots);
    expect(model.solveAtMost(0, UNLIMITED)).toBe('sat');
    const found = model.modelSlots();
    expect(Math.abs((found[0] ?? 0) - (found[1] ?? 0))).toBe(1);
  });
});

describe('lowerBreaksByNeighbourhoods', () => {
  it('keeps schedules valid, fair and no worse, frozen meetings in place, and on small events ends at the optimum', () => {
    let improved = 0;
    fc.assert(
      fc.property(drawnEvent, fc.array(fc.boolean(), { maxLength: 8 }), (drawn, freeze) => {
        const { event, compiled, state, start, placed } = greedilyPlaced(drawn);
        const frozen = Uint8Array.from(start, (s, m) => (s >= 0 && freeze[m] === true ? 1 : 0));
        const startFigures = breakFigures(compiled, start);
        const outcome = lowerBreaksByNeighbourhoods({
          event: compiled,
          state,
          rng: new SeededRandom(drawn.seed),
          phase: new SearchBudget(200_000).phase(1),
          frozen,
          maxFairnessGap: FAIRNESS_GAP,
          lowerBound: breakLowerBound(compiled, placed),
        });

        const schedule = buildSchedule(compiled, state, computePlacementBound(compiled));
        expect(validateSchedule(event, schedule).violations).toEqual([]);
        expect(Uint8Array.from(state.slotOf, (s) => (s >= 0 ? 1 : 0))).toEqual(placed);
        frozen.forEach((isFrozen, m) => {
          if (isFrozen === 1) expect(state.slotOf[m]).toBe(start[m]);
        });
        const end = breakFigures(compiled, state.slotOf);
        expect(end.total).toBeLessThanOrEqual(startFigures.total);
        if (startFigures.gap <= FAIRNESS_GAP) expect(end.gap).toBeLessThanOrEqual(FAIRNESS_GAP);
        if (end.total < startFigures.total) improved++;
        // With at most 5 slots a window neighbourhood spans the whole day: with nothing frozen the
        // search is complete there (fairness window [0, 2] when nobody has more than 2 breaks).
        if (!frozen.includes(1) && startFigures.gap <= FAIRNESS_GAP && startFigures.most <= FAIRNESS_GAP) {
          expect(end.total).toBe(bruteForceFewestBreaks(compiled, start));
          expect(outcome.exhausted || end.total <= breakLowerBound(compiled, placed)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    expect(improved).toBeGreaterThan(3);
  });
});
