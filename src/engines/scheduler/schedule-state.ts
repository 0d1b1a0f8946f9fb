import type { CompiledEvent } from './compiled-event.js';

/**
 * The mutable slot assignment the searches work on, with the indexes that make clash and capacity
 * checks O(1): who meets whom in each slot, how full each slot is, which pinned table is taken.
 * Callers keep it consistent: `place` assumes the slot is free for both sides and not full.
 */
export class ScheduleState {
  /** Slot of each meeting, -1 while unplaced. */
  readonly slotOf: Int32Array;
  /** `occupant[p * slotCount + s]`: the meeting participant p holds in slot s, or -1. */
  readonly occupant: Int32Array;
  /** Meetings in each slot. */
  readonly load: Int32Array;
  /** `tableHolder[s * tableCount + t]`: the meeting pinned to table t and placed in slot s, or -1. */
  readonly tableHolder: Int32Array;
  /** `members[s * tableCount + i]`, i < load[s]: the meetings in slot s, in no particular order. */
  private readonly members: Int32Array;
  private readonly memberPosition: Int32Array;
  private placed = 0;

  constructor(private readonly event: CompiledEvent) {
    const { meetingCount, participantCount, slotCount, tableCount } = event;
    this.slotOf = new Int32Array(meetingCount).fill(-1);
    this.occupant = new Int32Array(participantCount * slotCount).fill(-1);
    this.load = new Int32Array(slotCount);
    this.tableHolder = new Int32Array(slotCount * tableCount).fill(-1);
    this.members = new Int32Array(slotCount * tableCount).fill(-1);
    this.memberPosition = new Int32Array(meetingCount).fill(-1);
  }

  get placedCount(): number {
    return this.placed;
  }

  /** The i-th meeting in slot s, i < load[s]. */
  memberAt(slot: number, i: number): number {
    return this.members[slot * this.event.tableCount + i] ?? -1;
  }

  place(meeting: number, slot: number): void {
    const { slotCount, tableCount } = this.event;
    const a = this.event.sideA[meeting] ?? -1;
    const b = this.event.sideB[meeting] ?? -1;
    this.slotOf[meeting] = slot;
    this.occupant[a * slotCount + slot] = meeting;
    this.occupant[b * slotCount + slot] = meeting;
    const table = this.event.fixedTable[meeting] ?? -1;
    if (table >= 0) this.tableHolder[slot * tableCount + table] = meeting;
    const position = this.load[slot] ?? 0;
    this.members[slot * this.event.tableCount + position] = meeting;
    this.memberPosition[meeting] = position;
    this.load[slot] = position + 1;
    this.placed++;
  }

  remove(meeting: number): void {
    const { slotCount, tableCount } = this.event;
    const slot = this.slotOf[meeting] ?? -1;
    if (slot < 0) return;
    const a = this.event.sideA[meeting] ?? -1;
    const b = this.event.sideB[meeting] ?? -1;
    this.slotOf[meeting] = -1;
    this.occupant[a * slotCount + slot] = -1;
    this.occupant[b * slotCount + slot] = -1;
    const table = this.event.fixedTable[meeting] ?? -1;
    if (table >= 0) this.tableHolder[slot * tableCount + table] = -1;
    const position = this.memberPosition[meeting] ?? 0;
    const last = (this.load[slot] ?? 1) - 1;
    const moved = this.members[slot * this.event.tableCount + last] ?? -1;
    this.members[slot * this.event.tableCount + position] = moved;
    this.memberPosition[moved] = position;
    this.members[slot * this.event.tableCount + last] = -1;
    this.memberPosition[meeting] = -1;
    this.load[slot] = last;
    this.placed--;
  }

  /** Replaces the whole assignment by `slots` (one entry per meeting, -1 for unplaced). */
  restore(slots: Int32Array): void {
    for (let m = 0; m < this.event.meetingCount; m++) this.remove(m);
    for (let m = 0; m < this.event.meetingCount; m++) {
      const slot = slots[m] ?? -1;
      if (slot >= 0) this.place(m, slot);
    }
  }

  /** True when participant p meets someone in slot s. */
  isBusy(participant: number, slot: number): boolean {
    return (this.occupant[participant * this.event.slotCount + slot] ?? -1) >= 0;
  }

  /**
   * True when meeting m could go to slot s as things stand: allowed there, both sides free, a table
   * free (its pinned one if any), and its placed predecessors earlier and successors later.
   */
  canPlace(meeting: number, slot: number): boolean {
    const event = this.event;
    if (event.allowed[meeting * event.slotCount + slot] !== 1) return false;
    if ((this.load[slot] ?? 0) >= event.tableCount) return false;
    if (this.isBusy(event.sideA[meeting] ?? 0, slot) || this.isBusy(event.sideB[meeting] ?? 0, slot))
      return false;
    const table = event.fixedTable[meeting] ?? -1;
    if (table >= 0 && (this.tableHolder[slot * event.tableCount + table] ?? -1) >= 0) return false;
    return this.respectsPrecedences(meeting, slot);
  }

  respectsPrecedences(meeting: number, slot: number): boolean {
    for (const before of this.event.predecessors[meeting] ?? []) {
      if ((this.slotOf[before] ?? -1) >= slot) return false;
    }
    for (const after of this.event.successors[meeting] ?? []) {
      const afterSlot = this.slotOf[after] ?? -1;
      if (afterSlot >= 0 && afterSlot <= slot) return false;
    }
    return true;
  }

  /**
   * Total breaks, the most and fewest of any participant, and their gap (the fairness measure); each
   * participant's count goes into `perParticipant` when given.
   */
  breakFigures(perParticipant?: Int32Array): { total: number; most: number; fewest: number; gap: number } {
    let total = 0;
    let most = 0;
    let fewest = Number.POSITIVE_INFINITY;
    for (let p = 0; p < this.event.participantCount; p++) {
      const breaks = Math.max(0, this.countRuns(p) - 1);
      if (perParticipant) perParticipant[p] = breaks;
      total += breaks;
      most = Math.max(most, breaks);
      fewest = Math.min(fewest, breaks);
    }
    if (this.event.participantCount === 0) fewest = 0;
    return { total, most, fewest, gap: most - fewest };
  }

  /** Number of runs of consecutive busy slots of participant p; breaks are runs minus one. */
  countRuns(participant: number): number {
    const { slotCount } = this.event;
    let runs = 0;
    let previousBusy = false;
    for (let s = 0; s < slotCount; s++) {
      const busy = (this.occupant[participant * slotCount + s] ?? -1) >= 0;
      if (busy && !previousBusy) runs++;
      previousBusy = busy;
    }
    return runs;
  }
}
