/**
 * The streamed tally writes each contest with a hand-written serializer (format/tally-json.ts) instead of
 * building contestJson's object and stringifying it. The output must stay byte for byte the same: these
 * tests compare the two on real results and on names that need escaping.
 */
import type { ShareMethod } from '../../src/core/model';
import { tally, tallyContest } from '../../src/core/tally';
import { json } from '../../src/format/json';
import { contestJsonMembers, contestJsonText } from '../../src/format/tally-json';
import { contestJson } from '../../src/report/tally';
import { contest } from '../builders';
import { fixture, read } from '../read-helpers';

const methods: ShareMethod[] = ['top', 'total', 'average'];

describe('contestJsonText writes what json(contestJson(...)) writes', () => {
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
        expect(contestJsonText(counted)).toBe(json(contestJson(counted)));
      }
    }
  });

  test('independents (a party of one, with a candidate key), unopposed and tied contests', () => {
    const contests = [
      // Worcester 2016, Cathedral, with two independents standing against each other.
      contest('Cathedral', [['Lynn Denham', 'Labour', 1360, true], ['Barry MacGabhann', '', 779], ['Jane Moorhouse', 'Independent', 238]]),
      contest('Claines', [['Andy Roberts', 'Conservative', null]], { seats: 1 }),
      contest('Nunnery', [['A', 'Labour', 500], ['B', 'Conservative', 500], ['C', 'Green Party', 20]]),
      contest('Battenhall', [['A', 'Labour', 0], ['B', 'Conservative', 0]], { electorate: 5000, ballots: 0 }),
    ];
    for (const method of methods) {
      for (const c of contests) {
        const counted = tallyContest(c, method);
        expect(contestJsonText(counted)).toBe(json(contestJson(counted)));
      }
    }
  });

  test.each([
    ['quotes and backslashes', 'Sam "the Man" O\\Brien'],
    ['C0 controls and DEL', 'Tab\there\u0001\u001f\u007f'],
    ['C1 controls (U+009B is CSI)', 'Esc\u009b31m red\u0085'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['bidi overrides and isolates', '\u202eevil\u202c \u2066iso\u2069'],
    ['a lone surrogate', 'half \ud83d of an emoji'],
    ['an emoji and accents', 'Siân Ní Bhriain 🗳️ Łukasz'],
  ])('names and parties with %s are escaped as json() escapes them', (_, text) => {
    const counted = tallyContest(
      contest(text, [[text, text, 700, true], ['Plain Name', 'Labour', 300], [`${text} 2`, '', 100]], { council: text }),
      'top',
    );
    const expected = json(contestJson(counted));
    expect(contestJsonText(counted)).toBe(expected);
    // And the NDJSON line, which puts "type" first.
    expect(`{"type":"contest",${contestJsonMembers(counted)}}`).toBe(json({ type: 'contest', ...contestJson(counted) }));
    expect(JSON.parse(expected).candidates[0].name).toBe(text);
  });
});
