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
 * Disjoint precedence rules "x before y" that no slots can satisfy (every allowed slot of x is at
 * or after every allowed slot of y): one meeting of each such pair stays out.
 */
function contradictoryPrecedencePairs(event: CompiledEvent): number {
  const used = new Uint8Array(event.meetingCount);
  let pairs = 0;
  for (let y = 0; y < event.meetingCount; y++) {
    const lastOfY = event.domains[y]?.at(-1);
    if (lastOfY === undefined || used[y] === 1) continue;
    for (const x of event.predecessors[y] ?? []) {
      const firstOfX = event.domains[x]?.[0];
      if (firstOfX === undefined || used[x] === 1 || firstOfX < lastOfY) continue;
      used[x] = 1;
      used[y] = 1;
      pairs++;
      break;
    }
  }
  return pairs;
}

/**
 * Whether all `candidates` could be placed together as far as precedences, participants and
 * tables tell: narrows each meeting's slots to [earliest, latest] through the precedence rules
 * (assuming every meeting is held), then matches each participant's meetings and all meetings to
 * slots. False proves that not every meeting can be placed.
 */
function allFitWithPrecedences(event: CompiledEvent, candidates: number[]): boolean {
  const { meetingCount, slotCount } = event;
  if (candidates.length < meetingCount) {
    // Some meeting cannot be placed anyway; precedences with it are vacuous, so say nothing more.
    return true;
  }
  const earliest = new Int32Array(meetingCount);
  const latest = new Int32Array(meetingCount);
  for (let m = 0; m < meetingCount; m++) {
    earliest[m] = event.domains[m]?.[0] ?? slotCount;
    latest[m] = event.domains[m]?.at(-1) ?? -1;
  }
  const queue: number[] = [...candidates];
  const queued = new Uint8Array(meetingCount).fill(1);
  const snap = (m: number): boolean => {
    // Move the window inward to slots the meeting is allowed in.
    const row = m * slotCount;
    let low = earliest[m] ?? 0;
    let high = latest[m] ?? -1;
    while (low <= high && event.allowed[row + low] !== 1) low++;
    while (high >= low && event.allowed[row + high] !== 1) high--;
    earliest[m] = low;
    latest[m] = high;
    return low <= high;
  };
  let steps = 0;
  while (queue.length > 0) {
    if (++steps > meetingCount * (slotCount + 1)) return false; // a precedence cycle keeps pushing
    const m = queue.pop() ?? 0;
    queued[m] = 0;
    for (const after of event.successors[m] ?? []) {
      if ((earliest[after] ?? 0) <= (earliest[m] ?? 0)) {
        earliest[after] = (earliest[m] ?? 0) + 1;
        if (!snap(after)) return false;
        if (queued[after] === 0) {
          queued[after] = 1;
          queue.push(after);
        }
      }
    }
    for (const before of event.predecessors[m] ?? []) {
      if ((latest[before] ?? 0) >= (latest[m] ?? 0)) {
        latest[before] = (latest[m] ?? 0) - 1;
        if (!snap(before)) return false;
        if (queued[before] === 0) {
          queued[before] = 1;
          queue.push(before);
        }
      }
    }
  }
  const narrowed = event.domains.map((domain, m) =>
    domain.filter((s) => s >= (earliest[m] ?? 0) && s <= (latest[m] ?? -1)),
  );
  for (const own of event.meetingsOf) {
    if (maxSlotAssignment(own, narrowed, slotCount, 1) < own.length) return false;
  }
  return maxSlotAssignment(candidates, narrowed, slotCount, event.tableCount) === candidates.length;
}

/**
 * An upper bound on the number of meetings that can be placed: meetings need an allowed slot, a
 * participant holds at most one meeting per slot (matching of each participant's meetings to
 * slots), a slot holds at most `tableCount` meetings (matching of all meetings to slots), and
 * precedences that no slots satisfy keep one of their two meetings out.
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
  let forcedOut = Math.max(maxExcess, Math.ceil(totalExcess / 2), candidates.length - fitting);
  forcedOut = Math.max(forcedOut, contradictoryPrecedencePairs(event));
  if (forcedOut === 0 && !allFitWithPrecedences(event, candidates)) forcedOut = 1;
  return {
    upperBound: candidates.length - forcedOut,
    placeableCandidates: candidates.length,
    participantExcess,
  };
}
