import { type DznValue, parseDzn } from './dzn-parser.js';
import type { AcceptedMeeting, BrokerageEvent, MeetingPrecedence } from './meeting-schedule.types.js';
import { DznParseError } from './scheduler.errors.js';

/** Session codes of the B2B instances: 1 morning only, 2 afternoon only, 3 either. */
export type B2bSession = 1 | 2 | 3;

/**
 * A business-to-business meeting instance in the MiniZinc format of Bofill et al. (JAIR 74, 2022),
 * numbered from 1 as in the file. Fields the scheduler does not need are not kept.
 */
export interface B2bInstance {
  businessCount: number;
  tableCount: number;
  slotCount: number;
  morningSlotCount: number;
  meetings: { a: number; b: number; session: B2bSession }[];
  /** Per business, the slots in which it cannot meet (slot numbers outside 1..slotCount dropped). */
  forbidden: number[][];
  /** Per meeting, 0 or the slot it is fixed to. */
  fixed: number[];
  /** Per meeting, the meetings that must be held in earlier slots. */
  precedences: number[][];
}

function invalid(message: string): never {
  throw new DznParseError('DznInvalidField', message);
}

function readInt(items: Map<string, DznValue>, name: string, fallback?: number): number {
  const value = items.get(name);
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    throw new DznParseError('DznMissingField', `the instance has no '${name}'`);
  }
  if (value.kind !== 'int') invalid(`'${name}' must be an integer`);
  return value.value;
}

/** The elements of a one-dimensional array (a matrix with one row also counts). */
function readList(items: Map<string, DznValue>, name: string): DznValue[] | undefined {
  const value = items.get(name);
  if (value === undefined) return undefined;
  if (value.kind === 'array') return value.items;
  if (value.kind === 'matrix' && value.rows.length <= 1) return value.rows[0] ?? [];
  return invalid(`'${name}' must be a one-dimensional array`);
}

function asInt(value: DznValue | undefined, where: string): number {
  if (value?.kind !== 'int') return invalid(`${where} must be an integer`);
  return value.value;
}

function asSet(value: DznValue | undefined, where: string): number[] {
  if (value?.kind === 'set') return value.values;
  // A lone integer where a set is expected is read as a one-element set.
  if (value?.kind === 'int') return [value.value];
  return invalid(`${where} must be a set of integers`);
}

/** The `requested` rows: a 2-d array `[| a, b, session | ... |]`, or a flat list of triples. */
function readRequests(items: Map<string, DznValue>): number[][] {
  const value = items.get('requested');
  if (value === undefined) throw new DznParseError('DznMissingField', "the instance has no 'requested'");
  if (value.kind === 'matrix') {
    return value.rows.map((row, i) => row.map((cell, j) => asInt(cell, `requested[${i + 1},${j + 1}]`)));
  }
  if (value.kind === 'array') {
    if (value.items.every((item) => item.kind === 'array')) {
      return value.items.map((item, i) =>
        item.kind === 'array' ? item.items.map((cell, j) => asInt(cell, `requested[${i + 1},${j + 1}]`)) : [],
      );
    }
    const flat = value.items.map((cell, i) => asInt(cell, `requested element ${i + 1}`));
    if (flat.length % 3 !== 0) invalid("a flat 'requested' needs a multiple of 3 integers");
    const rows: number[][] = [];
    for (let i = 0; i < flat.length; i += 3) rows.push(flat.slice(i, i + 3));
    return rows;
  }
  return invalid("'requested' must be an array");
}

/** Reads a B2B meeting instance from `.dzn` text; other fields of the file are ignored. */
export function parseB2bInstance(text: string): B2bInstance {
  const items = parseDzn(text);
  const businessCount = readInt(items, 'nBusiness');
  const slotCount = readInt(items, 'nTotalSlots');
  const tableCount = readInt(items, 'nTables');
  const rows = readRequests(items);
  const meetingCount = readInt(items, 'nMeetings', rows.length);
  if (meetingCount !== rows.length) {
    invalid(`nMeetings is ${meetingCount} but 'requested' has ${rows.length} rows`);
  }
  const morningSlotCount = readInt(items, 'nMorningSlots', slotCount);
  if (businessCount < 0 || slotCount < 1 || tableCount < 1) invalid('counts must be positive');
  if (morningSlotCount < 0 || morningSlotCount > slotCount)
    invalid('nMorningSlots must be within 0..nTotalSlots');

  const meetings = rows.map((row, i) => {
    if (row.length < 2 || row.length > 3) invalid(`requested row ${i + 1} must hold 2 or 3 integers`);
    const [a = 0, b = 0, session = 3] = row;
    if (a < 1 || a > businessCount || b < 1 || b > businessCount) {
      invalid(`requested row ${i + 1} names a business outside 1..${businessCount}`);
    }
    if (session !== 1 && session !== 2 && session !== 3) {
      invalid(`requested row ${i + 1} has session ${session}; sessions are 1, 2 or 3`);
    }
    return { a, b, session: session as B2bSession };
  });

  const forbiddenList = readList(items, 'forbidden') ?? [];
  if (forbiddenList.length > 0 && forbiddenList.length !== businessCount) {
    invalid(`'forbidden' has ${forbiddenList.length} sets for ${businessCount} businesses`);
  }
  const forbidden = Array.from({ length: businessCount }, (_, p) =>
    // Slot 0 pads some files' sets ({0} for "none"); only real slots are kept.
    asSet(forbiddenList[p] ?? { kind: 'set', values: [] }, `forbidden[${p + 1}]`).filter(
      (slot) => slot >= 1 && slot <= slotCount,
    ),
  );

  const fixedList = readList(items, 'fixed') ?? [];
  if (fixedList.length > 0 && fixedList.length !== meetingCount) {
    invalid(`'fixed' has ${fixedList.length} entries for ${meetingCount} meetings`);
  }
  const fixed = Array.from({ length: meetingCount }, (_, m) => {
    const slot = fixedList[m] === undefined ? 0 : asInt(fixedList[m], `fixed[${m + 1}]`);
    if (slot < 0 || slot > slotCount) invalid(`fixed[${m + 1}] is ${slot}, outside 0..${slotCount}`);
    return slot;
  });

  const precedenceList = readList(items, 'precedences') ?? [];
  if (precedenceList.length > 0 && precedenceList.length !== meetingCount) {
    invalid(`'precedences' has ${precedenceList.length} sets for ${meetingCount} meetings`);
  }
  const precedences = Array.from({ length: meetingCount }, (_, m) => {
    const earlier = asSet(precedenceList[m] ?? { kind: 'set', values: [] }, `precedences[${m + 1}]`);
    for (const other of earlier) {
      if (other < 1 || other > meetingCount) invalid(`precedences[${m + 1}] names meeting ${other}`);
    }
    return earlier;
  });

  return { businessCount, tableCount, slotCount, morningSlotCount, meetings, forbidden, fixed, precedences };
}

/**
 * The instance as a brokerage event: business k is participant "k", meeting row i is meeting "i",
 * sessions become sets of slots (the morning is slots 1..morningSlotCount).
 */
export function b2bInstanceToEvent(instance: B2bInstance): BrokerageEvent {
  const { slotCount, morningSlotCount } = instance;
  const morning = Array.from({ length: morningSlotCount }, (_, i) => i + 1);
  const afternoon = Array.from({ length: slotCount - morningSlotCount }, (_, i) => morningSlotCount + i + 1);
  const participants = instance.forbidden.map((slots, p) => ({
    id: String(p + 1),
    ...(slots.length > 0 ? { unavailableSlots: slots } : {}),
  }));
  const meetings: AcceptedMeeting[] = instance.meetings.map((request, m) => {
    const fixedSlot = instance.fixed[m] ?? 0;
    return {
      id: String(m + 1),
      participants: [String(request.a), String(request.b)],
      ...(request.session === 1 ? { allowedSlots: morning } : {}),
      ...(request.session === 2 ? { allowedSlots: afternoon } : {}),
      ...(fixedSlot > 0 ? { fixedSlot } : {}),
    };
  });
  const precedences: MeetingPrecedence[] = [];
  instance.precedences.forEach((earlier, m) => {
    for (const before of earlier) precedences.push({ before: String(before), after: String(m + 1) });
  });
  return {
    slotCount,
    tablesPerSlot: instance.tableCount,
    morningSlotCount,
    participants,
    meetings,
    precedences,
  };
}
