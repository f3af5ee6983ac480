/**
 * The streamed tally writes each plain contest, and each council's totals, with a hand-written serializer
 * (format/tally-json.ts) instead of building the document's object and stringifying it. Speed never changes an answer (issue 17): these
 * tests compare the two byte for byte on real results and on names that need escaping, and the whole
 * `results tally` JSON and NDJSON of every results fixture with the serializer and without it.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { ShareMethod } from '../../src/core/model';
import { tally, TallyBuilder, tallyContest } from '../../src/core/tally';
import { json } from '../../src/format/json';
import * as tallyJson from '../../src/format/tally-json';
import { contestJsonMembers, councilTotalJson, plainContest } from '../../src/format/tally-json';
import { contestDocument, councilTotalDocument } from '../../src/report/tally-document';
import { contest } from '../builders';
import { root, runCli } from '../cli/run-cli';
import { fixture, read } from '../read-helpers';

const methods: ShareMethod[] = ['top', 'total', 'average'];
const text = (c: ReturnType<typeof tallyContest>) => `{${contestJsonMembers(c)}}`;

describe('contestJsonMembers writes what json(contestDocument(...)) writes', () => {
  test.each([
    'worcester-2016.csv',
    'worcester-2016-defending.csv',
    'worcester-2018.csv',
    'leap-2019-extract.csv',
    'leap-2019-ties.csv',
    'ties-2019.csv',
  ])('every contest of %s, under every share method', async (name) => {
    const election = await read(fixture(name));
    expect(election.contests.length).toBeGreaterThan(0);
    for (const method of methods) {
      for (const counted of tally(election, method).contests) {
        expect(plainContest(counted)).toBe(true);
        expect(text(counted)).toBe(json(contestDocument(counted)));
      }
    }
  });

  test('independents (a party of one, with a candidate key), unopposed and tied contests', () => {
    const contests = [
      // Worcester 2016, Cathedral, with two independents standing against each other.
      contest('Cathedral', [
        ['Lynn Denham', 'Labour', 1360, true],
        ['Barry MacGabhann', '', 779],
        ['Jane Moorhouse', 'Independent', 238],
      ]),
      contest('Claines', [['Andy Roberts', 'Conservative', null]], { seats: 1 }),
      contest('Nunnery', [
        ['A', 'Labour', 500],
        ['B', 'Conservative', 500],
        ['C', 'Green Party', 20],
      ]),
      contest(
        'Battenhall',
        [
          ['A', 'Labour', 0],
          ['B', 'Conservative', 0],
        ],
        { electorate: 5000, ballots: 0 },
      ),
    ];
    for (const method of methods) {
      for (const c of contests) {
        const counted = tallyContest(c, method);
        expect(text(counted)).toBe(json(contestDocument(counted)));
      }
    }
  });

  test('STV contests are not written by it (stage and quota go through the document)', () => {
    const stv = tallyContest(contest('Leith', [['A', 'SNP', 2000, true]], { system: 'stv' }), 'top');
    expect(plainContest(stv)).toBe(false);
  });

  test.each([
    ['quotes and backslashes', 'Sam "the Man" O\\Brien'],
    ['C0 controls and DEL', 'Tab\there\u0001\u001f\u007f'],
    ['C1 controls (U+009B is CSI)', 'Esc\u009b31m red\u0085'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['bidi overrides and isolates', '\u202eevil\u202c \u2066iso\u2069'],
    ['a lone surrogate', 'half \ud83d of an emoji'],
    ['an emoji and accents', 'Siân Ní Bhriain 🗳️ Łukasz'],
  ])('names and parties with %s are escaped as json() escapes them', (_, name) => {
    const counted = tallyContest(
      contest(
        name,
        [
          [name, name, 700, true],
          ['Plain Name', 'Labour', 300],
          [`${name} 2`, '', 100],
        ],
        { council: name },
      ),
      'top',
    );
    const expected = json(contestDocument(counted));
    expect(text(counted)).toBe(expected);
    // And the NDJSON line, which puts "type" first.
    expect(`{"type":"contest",${contestJsonMembers(counted)}}`).toBe(json({ type: 'contest', ...contestDocument(counted) }));
    expect(JSON.parse(expected).candidates[0].name).toBe(name);
  });
});

describe('councilTotalJson writes what json(councilTotalDocument(...)) writes', () => {
  test.each(['worcester-2016.csv', 'worcester-2012.csv', 'leap-2019-extract.csv', 'leap-2019-ties.csv', 'scotland-2022-stv-extract.csv'])(
    'every council of %s, under every share method',
    async (name) => {
      const election = await read(fixture(name));
      for (const method of methods) {
        const { councils } = tally(election, method);
        expect(councils.length).toBeGreaterThan(0);
        for (const council of councils) expect(councilTotalJson(council)).toBe(json(councilTotalDocument(council)));
      }
    },
  );

  test('a council of unopposed returns only (no share, no Gallagher index) and one whose name needs escaping', () => {
    const councilsOf = (contests: ReturnType<typeof contest>[]) => {
      const builder = new TallyBuilder('top');
      for (const c of contests) builder.add(c);
      return builder.finish().councils;
    };
    const unopposed = councilsOf([
      contest('Claines', [['Andy Roberts', 'Conservative', null]], { seats: 1, council: 'Worcester' }),
      contest('Nunnery', [['B', 'Labour', null]], { seats: 1, council: 'Worcester' }),
    ]);
    const escaped = councilsOf([
      contest(
        'Leith',
        [
          ['A', 'SNP', 20, true],
          ['B', 'Tab\there \u2028 "Q"', 10],
        ],
        { council: 'Esc\u009b "City" \ud83d' },
      ),
    ]);
    expect(unopposed).toHaveLength(1);
    expect(escaped).toHaveLength(1);
    for (const council of [...unopposed, ...escaped]) expect(councilTotalJson(council)).toBe(json(councilTotalDocument(council)));
    expect(JSON.parse(councilTotalJson(unopposed[0]!)).proportionality.gallagher).toBeNull();
    expect(JSON.parse(councilTotalJson(escaped[0]!)).council).toBe('Esc\u009b "City" \ud83d');
  });
});

describe('results tally JSON and NDJSON, serializer against the document path', () => {
  const notResults = new Set(['parties-example.csv', 'dc-candidates-parl.2019-12-12-extract.csv', 'corrections-example.csv']);
  const fixtures = readdirSync(path.join(root, 'fixtures')).filter(
    (f) => f.endsWith('.csv') && !f.startsWith('check-') && !notResults.has(f),
  );

  it.each(fixtures.flatMap((f) => [[f, 'json'] as const, [f, 'ndjson'] as const]))('%s as %s', async (name, format) => {
    const args = ['tally', `fixtures/${name}`, '--format', format, '--quiet'];
    const fast = await runCli(args);
    expect(fast.status).toBe(0);
    const spy = jest.spyOn(tallyJson, 'plainContest').mockReturnValue(false);
    try {
      expect(await runCli(args)).toEqual(fast);
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
    }
  });
});
