import type { CompiledEvent } from './compiled-event.js';

/** Beyond this many runs the bound stops looking (it then says "at least this many breaks"). */
const MAX_RUNS_EXAMINED = 2;

/** True when every meeting in `meetings` gets its own slot among those marked in `open` (Kuhn's matching). */
function fitsInSlots(event: CompiledEvent, meetings: Int32Array, open: Uint8Array): boolean {
  const holder = new Int32Array(event.slotCount).fill(-1);
  const visited = new Uint8Array(event.slotCount);
  const augment = (m: number): boolean => {
    for (const s of event.domains[m] ?? []) {
      if (open[s] !== 1 || visited[s] === 1) continue;
      visited[s] = 1;
      const current = holder[s] ?? -1;
      if (current < 0 || augment(current)) {
        holder[s] = m;
        return true;
      }
    }
    return false;
  };
  for (const m of meetings) {
    visited.fill(0);
    if (!augment(m)) return false;
  }
  return true;
}

/**
 * The fewest breaks participant p can have, looking at its own meetings only: the fewest runs of
 * consecutive slots whose slots can hold all its meetings (each in an allowed slot), minus one.
 * Says MAX_RUNS_EXAMINED when even that many runs do not fit, 0 when the meetings cannot all be held.
 */
function participantBreakBound(event: CompiledEvent, meetings: Int32Array): number {
  const count = meetings.length;
  const { slotCount } = event;
  if (count <= 1) return 0;
  const open = new Uint8Array(slotCount).fill(1);
  // Meetings that cannot all be held say nothing about breaks.
  if (!fitsInSlots(event, meetings, open)) return 0;
  for (let start = 0; start + count <= slotCount; start++) {
    open.fill(0);
    open.fill(1, start, start + count);
    if (fitsInSlots(event, meetings, open)) return 0;
  }
  for (let firstLength = 1; firstLength < count; firstLength++) {
    const secondLength = count - firstLength;
    for (let firstStart = 0; firstStart + count + 1 <= slotCount; firstStart++) {
      for (
        let secondStart = firstStart + firstLength + 1;
        secondStart + secondLength <= slotCount;
        secondStart++
      ) {
        open.fill(0);
        open.fill(1, firstStart, firstStart + firstLength);
        open.fill(1, secondStart, secondStart + secondLength);
        if (fitsInSlots(event, meetings, open)) return 1;
      }
    }
  }
  return MAX_RUNS_EXAMINED;
}

/**
 * A lower bound on the total breaks of any schedule that places all of `placed` (1 per meeting):
 * the sum over participants of the fewest breaks their own placed meetings force. When the
 * search reaches it, its break count is optimal.
 */
export function breakLowerBound(event: CompiledEvent, placed: Uint8Array): number {
  let total = 0;
  for (let p = 0; p < event.participantCount; p++) {
    const own = (event.meetingsOf[p] ?? new Int32Array(0)).filter((m) => placed[m] === 1);
    total += participantBreakBound(event, own);
  }
  return total;
}

/**
 * Per participant (`mandatory[p * slotCount + s]`), the slots that every gap-free agenda holding all
 * of its meetings in `placed` must cover: the common part of every block of consecutive slots those
 * meetings fit in (e.g. the last morning and first afternoon slot for a participant with both
 * morning-only and afternoon-only meetings). A participant whose meetings fit in no such block has
 * none; a participant with no meeting in one of them has a break.
 */
export function mandatorySlots(event: CompiledEvent, placed: Uint8Array): Uint8Array {
  const { slotCount } = event;
  const mandatory = new Uint8Array(event.participantCount * slotCount);
  const open = new Uint8Array(slotCount);
  for (let p = 0; p < event.participantCount; p++) {
    const own = (event.meetingsOf[p] ?? new Int32Array(0)).filter((m) => placed[m] === 1);
    const count = own.length;
    if (count < 2) continue;
    let low = -1;
    let high = slotCount;
    for (let start = 0; start + count <= slotCount; start++) {
      open.fill(0);
      open.fill(1, start, start + count);
      if (!fitsInSlots(event, own, open)) continue;
      // The blocks all have `count` slots, so their common part runs from the last start to the first end.
      low = start;
      high = Math.min(high, start + count - 1);
    }
    for (let s = low; s >= 0 && s <= high; s++) mandatory[p * slotCount + s] = 1;
  }
  return mandatory;
}
