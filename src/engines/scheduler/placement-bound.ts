import type { CompiledEvent } from './compiled-event.js';

/** What can be proved about how many meetings fit, before any search. */
export interface PlacementBound {
  /** No schedule places more meetings than this. */
  upperBound: number;
  /** Meetings that have at least one allowed slot. */
  placeableCandidates: number;
  /**
   * Per participant: how many of their meetings cannot be held because they have more meetings
   * than distinct allowed slots to hold them in (a bipartite matching deficit).
   */
  participantExcess: Int32Array;
}

/** Maximum matching of `items` into slots, each slot taking at most `capacity` items (augmenting paths). */
function maxSlotAssignment(
  items: ArrayLike<number>,
  domains: readonly Int32Array[],
  slotCount: number,
  capacity: number,
): number {
  const members: number[][] = Array.from({ length: slotCount }, () => []);
  const visited = new Int32Array(slotCount);
  let stamp = 0;

  const augment = (item: number): boolean => {
    const domain = domains[item] ?? new Int32Array(0);
    for (const s of domain) {
      const slotMembers = members[s];
      if (visited[s] !== stamp && slotMembers !== undefined && slotMembers.length < capacity) {
        visited[s] = stamp;
        slotMembers.push(item);
        return true;
      }
    }
    for (const s of domain) {
      const slotMembers = members[s];
      if (visited[s] === stamp || slotMembers === undefined) continue;
      visited[s] = stamp;
      for (let i = 0; i < slotMembers.length; i++) {
        const other = slotMembers[i];
        if (other === undefined || !augment(other)) continue;
        // `other` found a place elsewhere; `item` takes its seat here.
        slotMembers[i] = item;
        return true;
      }
    }
    return false;
  };

  let matched = 0;
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    if (item === undefined) continue;
    stamp++;
    if (augment(item)) matched++;
  }
  return matched;
}

/**
 * An upper bound on the number of meetings that can be placed: meetings need an allowed slot, a
 * participant holds at most one meeting per slot (matching of each participant's meetings to
 * slots), and a slot holds at most `tableCount` meetings (matching of all meetings to slots).
 */
export function computePlacementBound(event: CompiledEvent): PlacementBound {
  const candidates: number[] = [];
  for (let m = 0; m < event.meetingCount; m++) {
    if (event.isValid[m] === 1 && (event.domains[m]?.length ?? 0) > 0) candidates.push(m);
  }

  const participantExcess = new Int32Array(event.participantCount);
  let maxExcess = 0;
  let totalExcess = 0;
  for (let p = 0; p < event.participantCount; p++) {
    const own = Array.from(event.meetingsOf[p] ?? []).filter((m) => (event.domains[m]?.length ?? 0) > 0);
    const excess = own.length - maxSlotAssignment(own, event.domains, event.slotCount, 1);
    participantExcess[p] = excess;
    maxExcess = Math.max(maxExcess, excess);
    totalExcess += excess;
  }

  const fitting = maxSlotAssignment(candidates, event.domains, event.slotCount, event.tableCount);
  // Each meeting left out relieves at most two overloaded participants.
  const forcedOut = Math.max(maxExcess, Math.ceil(totalExcess / 2), candidates.length - fitting);
  return {
    upperBound: candidates.length - forcedOut,
    placeableCandidates: candidates.length,
    participantExcess,
  };
}
