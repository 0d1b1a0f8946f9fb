import { breakLowerBound } from './break-lower-bound.js';
import { compileEvent } from './compiled-event.js';
import type { BrokerageEvent } from './meeting-schedule.types.js';
import { computePlacementBound } from './placement-bound.js';

/** What can be proved about an event before scheduling it. */
export interface EventBounds {
  /** No schedule places more meetings than this. Below the meeting count, the event is infeasible. */
  placedUpperBound: number;
  /** Meetings that name two known participants and have at least one allowed slot. */
  placeableMeetings: number;
  /** Participants with more meetings than distinct allowed slots to hold them. */
  overloadedParticipants: string[];
  /** Fewest total breaks of a schedule placing every placeable meeting (each participant on its own). */
  breaksLowerBound: number;
}

/** Upper bound on placed meetings and lower bound on breaks (see `computePlacementBound`, `breakLowerBound`). */
export function estimateEventBounds(event: BrokerageEvent): EventBounds {
  const compiled = compileEvent(event);
  const bound = computePlacementBound(compiled);
  const placeable = new Uint8Array(compiled.meetingCount);
  for (let m = 0; m < compiled.meetingCount; m++) {
    placeable[m] = compiled.isValid[m] === 1 && (compiled.domains[m]?.length ?? 0) > 0 ? 1 : 0;
  }
  const overloadedParticipants: string[] = [];
  bound.participantExcess.forEach((excess, p) => {
    if (excess > 0) overloadedParticipants.push(compiled.participantIds[p] ?? '');
  });
  return {
    placedUpperBound: bound.upperBound,
    placeableMeetings: bound.placeableCandidates,
    overloadedParticipants,
    breaksLowerBound: breakLowerBound(compiled, placeable),
  };
}
