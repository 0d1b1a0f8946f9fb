import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eventTime, isTimeZone, parseEventTime } from '../src/modules/events/event-time.js';
import { escapeText, foldLine, renderCalendar } from '../src/modules/meetings/agenda-ics.js';
import { fontStack } from '../src/modules/meetings/meeting-documents.js';
import { meetingRoomUrl } from '../src/modules/meetings/meeting-rooms.js';
import { type MatchingFacts, suggestPartners } from '../src/modules/meetings/partner-suggestions.js';
import { brokerageEventFrom, slotsDuringSessions } from '../src/modules/meetings/scheduler-input.js';

/** Pure parts of events and meetings: time zones, iCalendar, room links, suggestions, scheduler input. */

const CORRIDOR_ZONES = [
  'Asia/Yangon',
  'Asia/Bangkok',
  'Asia/Vientiane',
  'Asia/Phnom_Penh',
  'Asia/Ho_Chi_Minh',
  'Asia/Shanghai',
] as const;

describe('event time zones', () => {
  it('knows the corridor zones and refuses made-up ones', () => {
    for (const zone of CORRIDOR_ZONES) expect(isTimeZone(zone)).toBe(true);
    expect(isTimeZone('Asia/Atlantis')).toBe(false);
    expect(isTimeZone('../etc/passwd')).toBe(false);
  });

  it('reads wall-clock times in the event zone and instants with offsets as given', () => {
    expect(parseEventTime('2026-12-03T09:00', 'Asia/Yangon').toISOString()).toBe('2026-12-03T02:30:00.000Z');
    expect(parseEventTime('2026-12-03T09:00', 'Asia/Shanghai').toISOString()).toBe(
      '2026-12-03T01:00:00.000Z',
    );
    expect(parseEventTime('2026-12-03T09:00:00+08:00', 'Asia/Yangon').toISOString()).toBe(
      '2026-12-03T01:00:00.000Z',
    );
    expect(eventTime(new Date('2026-12-03T02:30:00Z'), 'Asia/Yangon')).toEqual({
      utc: '2026-12-03T02:30:00.000Z',
      local: '2026-12-03T09:00:00+06:30',
      offset: '+06:30',
    });
  });

  it('round-trips any instant through its local time, in every corridor zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1) / 1000, max: Date.UTC(2040, 0, 1) / 1000 }),
        fc.constantFrom(...CORRIDOR_ZONES, 'Europe/Berlin', 'America/New_York'),
        (seconds, zone) => {
          const instant = new Date(seconds * 1000);
          const shown = eventTime(instant, zone);
          expect(parseEventTime(shown.local, zone).getTime()).toBe(instant.getTime());
          // Without the offset the wall-clock time maps back to the same instant (no gaps here).
          if (!zone.startsWith('Europe') && !zone.startsWith('America')) {
            expect(parseEventTime(shown.local.slice(0, 19), zone).getTime()).toBe(instant.getTime());
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('iCalendar', () => {
  it('folds long lines at 75 octets without splitting a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const folded = foldLine(`SUMMARY;LANGUAGE=lo:${text}`);
        const pieces = folded.split('\r\n');
        for (const [index, piece] of pieces.entries()) {
          expect(Buffer.byteLength(piece, 'utf8')).toBeLessThanOrEqual(75);
          if (index > 0) expect(piece.startsWith(' ')).toBe(true);
        }
        expect(pieces.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(`SUMMARY;LANGUAGE=lo:${text}`);
      }),
    );
    const lao = `SUMMARY:${'ພົບປະກັບບໍລິສັດ '.repeat(12)}`;
    expect(foldLine(lao).split('\r\n').length).toBeGreaterThan(1);
  });

  it('escapes text values', () => {
    expect(escapeText('Hall B; Table 3, row 2\nBring cards\\')).toBe(
      'Hall B\\; Table 3\\, row 2\\nBring cards\\\\',
    );
  });

  it('describes the zone with a VTIMEZONE, including daylight-saving changes', () => {
    const yangon = renderCalendar({
      name: 'Agenda',
      timeZone: 'Asia/Yangon',
      language: 'my',
      sequence: 1,
      generatedAt: new Date('2026-11-21T08:00:00Z'),
      entries: [
        {
          uid: 'm1@corridor',
          startsAt: new Date('2026-12-03T02:30:00Z'),
          endsAt: new Date('2026-12-03T02:50:00Z'),
          summary: 'Meeting',
          description: '',
          location: '',
          url: null,
        },
      ],
    });
    expect(yangon).toContain('TZOFFSETFROM:+0630\r\nTZOFFSETTO:+0630');
    expect(yangon).toContain('DTSTART;TZID=Asia/Yangon:20261203T090000');
    expect(yangon).toContain('DTSTAMP:20261121T080000Z');
    expect(yangon.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const berlin = renderCalendar({
      name: 'Roadshow',
      timeZone: 'Europe/Berlin',
      language: 'en',
      sequence: 0,
      generatedAt: new Date('2027-03-01T00:00:00Z'),
      entries: [
        {
          uid: 'a@corridor',
          startsAt: new Date('2027-03-27T09:00:00Z'),
          endsAt: new Date('2027-03-29T09:30:00Z'),
          summary: 'Across the clock change',
          description: '',
          location: '',
          url: null,
        },
      ],
    });
    expect(berlin).toContain(
      'BEGIN:DAYLIGHT\r\nDTSTART:20270328T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200',
    );
    expect(berlin).toContain('DTEND;TZID=Europe/Berlin:20270329T113000');
  });
});

describe('online meeting rooms', () => {
  it('gives each meeting a fixed room that cannot be guessed from its id', () => {
    const a = meetingRoomUrl('https://meet.example.org/', 'secret-1', 'meeting-a');
    expect(a).toMatch(/^https:\/\/meet\.example\.org\/corridor-[0-9a-f]{24}$/);
    expect(meetingRoomUrl('https://meet.example.org', 'secret-1', 'meeting-a')).toBe(a);
    expect(meetingRoomUrl('https://meet.example.org', 'secret-1', 'meeting-b')).not.toBe(a);
    expect(meetingRoomUrl('https://meet.example.org', 'secret-2', 'meeting-a')).not.toBe(a);
  });
});

describe('printable documents', () => {
  it('name the Noto families, the reader script first after Latin', () => {
    expect(fontStack('lo').startsWith('"Noto Sans", "Noto Sans Lao"')).toBe(true);
    expect(fontStack('zh')).toContain('"Noto Sans CJK SC"');
    expect(fontStack('my').split(', ')).toHaveLength(7);
  });
});

const facts = (id: string, over: Partial<MatchingFacts> = {}): MatchingFacts => ({
  registrationId: id,
  sectors: [],
  keywords: [],
  profileKinds: [],
  offerText: '',
  seekText: '',
  ...over,
});

describe('suggested partners', () => {
  it('ranks by shared sectors and keywords and by offers meeting what is sought', () => {
    const me = facts('me', {
      sectors: ['agrifood.fertilisers', 'mining.minerals_processing'],
      keywords: ['potash'],
      profileKinds: ['technology_request'],
      seekText: 'granulation technology for potash',
    });
    const offerer = facts('b', {
      sectors: ['agrifood.fertilisers'],
      keywords: ['granulation'],
      profileKinds: ['technology_offer'],
    });
    const cousin = facts('a', { sectors: ['mining.rare_earths'] });
    const stranger = facts('c', { sectors: ['health.pharmaceuticals'] });
    const ranked = suggestPartners(me, [stranger, cousin, offerer], new Set(), 10);
    expect(ranked.map((s) => s.registrationId)).toEqual(['b', 'a']);
    expect(ranked[0]?.reasons).toEqual([
      { kind: 'shared_sector', sector: 'agrifood.fertilisers' },
      { kind: 'offers_what_you_seek' },
    ]);
    expect(ranked[1]?.reasons).toEqual([{ kind: 'related_sector', group: 'mining' }]);
    expect(suggestPartners(me, [offerer], new Set(['b']), 10)).toEqual([]);
  });

  it('lets a text match by the docking engine replace the keyword test of its direction', () => {
    const me = facts('me', { keywords: ['potash'] });
    // Their offer names my keyword in my "seek" text: the keyword test alone says they offer what I seek.
    const offerer = facts('o', { keywords: ['potash'], seekText: '' });
    const mineSeeking = facts('me', { keywords: ['potash'], seekText: 'potash processing' });
    const plain = suggestPartners(mineSeeking, [offerer], new Set(), 5);
    expect(plain[0]?.reasons).toContainEqual({ kind: 'offers_what_you_seek' });
    const text = new Map([
      ['o', [{ direction: 'offers_what_you_seek' as const, strength: 0.6, terms: ['potash'] }]],
    ]);
    const [withText] = suggestPartners(mineSeeking, [offerer], new Set(), 5, new Map(), text);
    expect(withText?.reasons).toEqual([
      { kind: 'shared_keyword', keyword: 'potash' },
      { kind: 'text_match', direction: 'offers_what_you_seek', terms: ['potash'], strength: 0.6 },
    ]);
    expect(withText?.score).toBe(2 + 3 + 3);
    // Text evidence alone brings a participant nothing else connects.
    const quiet = facts('q');
    const seeking = new Map([
      ['q', [{ direction: 'seeks_what_you_offer' as const, strength: 1, terms: [] }]],
    ]);
    expect(suggestPartners(me, [quiet], new Set(), 5, new Map(), seeking)).toEqual([
      {
        registrationId: 'q',
        score: 8,
        reasons: [{ kind: 'text_match', direction: 'seeks_what_you_offer', terms: [], strength: 1 }],
      },
    ]);
  });

  it('adds the docking engine evidence between linked profiles on top of the overlap', () => {
    const me = facts('me', { sectors: ['energy.hydropower'] });
    const quiet = facts('q');
    const docking = new Map([['q', { profileId: 'mine', matchedProfileId: 'theirs', strength: 0.5 }]]);
    const [suggestion] = suggestPartners(me, [quiet], new Set(), 5, docking);
    expect(suggestion).toEqual({
      registrationId: 'q',
      score: 3 + 3,
      reasons: [{ kind: 'docking_match', profileId: 'mine', matchedProfileId: 'theirs', strength: 0.5 }],
    });
    expect(suggestPartners(me, [quiet], new Set(), 5)).toEqual([]);
  });

  it('never suggests oneself or an excluded participant, and keeps the ranking ordered', () => {
    const sectors = fc.subarray([
      'agrifood.fertilisers',
      'agrifood.crops_seeds',
      'green.clean_energy',
      'mining.mining',
    ]);
    const keywords = fc.subarray(['potash', 'solar', 'rice', 'drying']);
    const participant = fc.record({
      registrationId: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'p6'),
      sectors,
      keywords,
      profileKinds: fc.subarray([
        'technology_offer',
        'technology_request',
        'business_offer',
        'business_request',
      ]),
      offerText: fc.constantFrom('', 'solar dryers', 'potash'),
      seekText: fc.constantFrom('', 'rice drying', 'potash granulation'),
    });
    fc.assert(
      fc.property(
        participant,
        fc.array(participant, { maxLength: 8 }),
        fc.subarray(['p1', 'p2', 'p3']),
        fc.nat(5),
        (me, others, excluded, limit) => {
          const ranked = suggestPartners(me, others, new Set(excluded), limit);
          expect(ranked.length).toBeLessThanOrEqual(limit);
          for (const suggestion of ranked) {
            expect(suggestion.registrationId).not.toBe(me.registrationId);
            expect(excluded).not.toContain(suggestion.registrationId);
            expect(suggestion.score).toBeGreaterThan(0);
            expect(suggestion.reasons.length).toBeGreaterThan(0);
          }
          for (let i = 1; i < ranked.length; i++) {
            const [previous, current] = [ranked[i - 1], ranked[i]];
            if (!previous || !current) continue;
            expect(
              previous.score > current.score ||
                (previous.score === current.score && previous.registrationId <= current.registrationId),
            ).toBe(true);
          }
        },
      ),
    );
  });
});

describe('scheduler input', () => {
  const at = (hhmm: string) => new Date(`2026-12-03T${hhmm}:00+07:00`);
  const slots = [
    { startsAt: at('09:00'), endsAt: at('09:20') },
    { startsAt: at('09:20'), endsAt: at('09:40') },
    { startsAt: at('09:40'), endsAt: at('10:00') },
  ];

  it('blocks the slots a session overlaps, not those it only touches', () => {
    expect(slotsDuringSessions(slots, [{ startsAt: at('09:20'), endsAt: at('09:40') }])).toEqual([2]);
    expect(slotsDuringSessions(slots, [{ startsAt: at('09:30'), endsAt: at('09:45') }])).toEqual([2, 3]);
    expect(slotsDuringSessions(slots, [{ startsAt: at('08:00'), endsAt: at('09:00') }])).toEqual([]);
  });

  it('merges blocked slots and sessions, drops meetings with unknown sides and pins out of range', () => {
    const event = brokerageEventFrom({
      slots,
      tableCount: 2,
      participants: [
        { id: 'a', unavailableSlots: [3, 7], sessions: [{ startsAt: at('09:00'), endsAt: at('09:10') }] },
        { id: 'b', unavailableSlots: [], sessions: [] },
      ],
      meetings: [
        { id: 'm1', sides: ['a', 'b'], priority: 3, fixedSlot: 2, fixedTable: 5 },
        { id: 'm2', sides: ['a', 'gone'], priority: 1, fixedSlot: null, fixedTable: null },
      ],
    });
    expect(event.slotCount).toBe(3);
    expect(event.participants).toEqual([
      { id: 'a', unavailableSlots: [1, 3] },
      { id: 'b', unavailableSlots: [] },
    ]);
    expect(event.meetings).toEqual([{ id: 'm1', participants: ['a', 'b'], priority: 3, fixedSlot: 2 }]);
  });
});
