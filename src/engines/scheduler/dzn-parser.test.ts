import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { b2bInstanceToEvent, parseB2bInstance } from './b2b-instance.js';
import { parseDzn } from './dzn-parser.js';
import { DznParseError } from './scheduler.errors.js';

const DATA_DIR = fileURLToPath(new URL('../../../../shared/data/b2b-meetings/', import.meta.url));
const readInstance = (name: string): string => readFileSync(`${DATA_DIR}${name}`, 'utf8');

describe('parseDzn', () => {
  it('reads integers, sets, ranges, 1-d and 2-d arrays, comments and odd layout', () => {
    const items = parseDzn(`
      % a comment line
      n = 3 ;  /* a block
      comment */ empty = {};
      span = 2..4; negative = -7;
      sets = [ {1, 2}, {}, 3..4, ];
      grid = [| 1, 2, 3
              | 4, 5, 6, |];
      flat = array2d(1..2, 1..2, [7, 8, 9, 10]);
      flag = true; label = "x;y"; ratio = 0.5`);
    expect(items.get('n')).toEqual({ kind: 'int', value: 3 });
    expect(items.get('empty')).toEqual({ kind: 'set', values: [] });
    expect(items.get('span')).toEqual({ kind: 'set', values: [2, 3, 4] });
    expect(items.get('negative')).toEqual({ kind: 'int', value: -7 });
    expect(items.get('sets')).toEqual({
      kind: 'array',
      items: [
        { kind: 'set', values: [1, 2] },
        { kind: 'set', values: [] },
        { kind: 'set', values: [3, 4] },
      ],
    });
    const grid = items.get('grid');
    expect(
      grid?.kind === 'matrix' &&
        grid.rows.map((row) => row.map((cell) => (cell.kind === 'int' ? cell.value : 0))),
    ).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const flat = items.get('flat');
    expect(flat?.kind === 'matrix' && flat.rows.length).toBe(2);
    expect(items.get('flag')).toEqual({ kind: 'bool', value: true });
    expect(items.get('label')).toEqual({ kind: 'string', value: 'x;y' });
    expect(items.get('ratio')).toEqual({ kind: 'float', value: 0.5 });
  });

  it('names the line of a syntax error', () => {
    expect(() => parseDzn('a = 1;\nb = [1, 2;\n')).toThrowError(/line 2/);
    expect(() => parseDzn('a = 1;\nb = @;')).toThrowError(DznParseError);
  });
});

describe('parseB2bInstance on the Bofill et al. instances', () => {
  it('reads forum-13.original: counts, requests, sessions and the slot-0 padding of forbidden sets', () => {
    const instance = parseB2bInstance(readInstance('forum-13.original.dzn'));
    expect(instance.businessCount).toBe(70);
    expect(instance.meetings).toHaveLength(154);
    expect(instance.tableCount).toBe(14);
    expect(instance.slotCount).toBe(21);
    expect(instance.morningSlotCount).toBe(13);
    expect(instance.meetings[0]).toEqual({ a: 1, b: 2, session: 1 });
    expect(instance.meetings[9]).toEqual({ a: 6, b: 26, session: 2 });
    expect(instance.meetings[10]).toEqual({ a: 11, b: 12, session: 3 });
    expect(instance.forbidden[0]).toEqual([]);
    expect(instance.forbidden[2]).toEqual([17]);
    expect(instance.fixed.every((slot) => slot === 0)).toBe(true);
  });

  it('reads the forbidden slots of a forb0003 variant and the precedences of a prec15 variant', () => {
    expect(parseB2bInstance(readInstance('tic-12.forb0003.dzn')).forbidden[0]).toEqual([4]);
    const withPrecedences = parseB2bInstance(readInstance('tic-12.prec15.dzn'));
    expect(withPrecedences.precedences[3]).toEqual([111]);
    expect(withPrecedences.precedences[8]).toEqual([16]);
    expect(withPrecedences.precedences.flat()).toHaveLength(24);
  });

  it('parses all 60 instances consistently with their headers', () => {
    const files = readdirSync(DATA_DIR).filter((name) => name.endsWith('.dzn'));
    expect(files).toHaveLength(60);
    for (const file of files) {
      const text = readInstance(file);
      const instance = parseB2bInstance(text);
      const declared = /nMeetings\s*=\s*(\d+)/.exec(text)?.[1];
      expect(instance.meetings.length, file).toBe(Number(declared));
      expect(instance.forbidden.length, file).toBe(instance.businessCount);
      expect(instance.precedences.length, file).toBe(instance.meetings.length);
    }
  });

  it('gives the same instance whatever the layout: one line, CRLF, comments, array2d', () => {
    const original = readInstance('tic-12.prec15.dzn');
    const expected = parseB2bInstance(original);
    const oneLine = original.replace(/\s+/g, ' ');
    const windows = original.replace(/\n/g, '\r\n');
    const commented = original.replace(/;\n/g, '; % note\n').replace(/,/g, ' , /* c */ ');
    expect(parseB2bInstance(oneLine)).toEqual(expected);
    expect(parseB2bInstance(windows)).toEqual(expected);
    expect(parseB2bInstance(commented)).toEqual(expected);

    const rows = expected.meetings
      .map((meeting) => `${meeting.a},${meeting.b},${meeting.session}`)
      .join(', ');
    const asArray2d = original.replace(
      /requested\s*=\s*\[\|[\s\S]*?\|\]\s*;/,
      `requested = array2d(1..${expected.meetings.length}, 1..3, [${rows}]);`,
    );
    expect(parseB2bInstance(asArray2d)).toEqual(expected);
  });

  it('reports a missing field and an inconsistent meeting count with stable codes', () => {
    const missing = () => parseB2bInstance('nBusiness = 2; nTables = 1; nTotalSlots = 2;');
    expect(missing).toThrowError(expect.objectContaining({ code: 'DznMissingField' }));
    const inconsistent = () =>
      parseB2bInstance(
        'nBusiness = 2; nMeetings = 2; nTables = 1; nTotalSlots = 2; requested = [| 1, 2, 3 |];',
      );
    expect(inconsistent).toThrowError(expect.objectContaining({ code: 'DznInvalidField' }));
  });
});

describe('b2bInstanceToEvent', () => {
  it('turns sessions into slot sets and precedences into before/after pairs', () => {
    const event = b2bInstanceToEvent(
      parseB2bInstance(`
        nBusiness = 3; nMeetings = 3; nTables = 2; nTotalSlots = 4; nMorningSlots = 2;
        requested = [| 1, 2, 1 | 2, 3, 2 | 1, 3, 3 |];
        forbidden = [{0}, {4}, {}];
        fixed = [0, 0, 3];
        precedences = [{}, {1}, {}];`),
    );
    expect(event.meetings).toEqual([
      { id: '1', participants: ['1', '2'], allowedSlots: [1, 2] },
      { id: '2', participants: ['2', '3'], allowedSlots: [3, 4] },
      { id: '3', participants: ['1', '3'], fixedSlot: 3 },
    ]);
    expect(event.participants).toEqual([{ id: '1' }, { id: '2', unavailableSlots: [4] }, { id: '3' }]);
    expect(event.precedences).toEqual([{ before: '1', after: '2' }]);
    expect(event.tablesPerSlot).toBe(2);
  });
});
