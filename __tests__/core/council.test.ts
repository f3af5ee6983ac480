import * as path from 'node:path';
import * as fs from 'node:fs';
import { compareCouncils, majorityThreshold } from '../../src/core/council';
import { compareGains } from '../../src/core/gains';
import { PartyRegistry } from '../../src/core/parties';
import { parseInlineComposition } from '../../src/io/composition';
import { readElection } from '../../src/io/read-election';

const fixture = path.resolve(__dirname, '../../fixtures/worcester-2016-defending.csv');

async function worcester2016() {
  const registry = new PartyRegistry();
  const text = fs.readFileSync(fixture, 'utf8');
  const election = await readElection(
    [
      {
        name: 'worcester-2016-defending.csv',
        chunks: (async function* () {
          yield Buffer.from(text);
        })(),
      },
    ],
    { registry },
  );
  return { election, registry };
}

describe('council composition and control (domain-rules.md §5)', () => {
  it('takes floor(N/2)+1 as the majority threshold: 35 seats need 18', () => {
    expect(majorityThreshold(35)).toBe(18);
    expect(majorityThreshold(36)).toBe(19);
  });

  it('gives Worcester 2016 after Con 17, Lab 16, Green 2 and "Conservative lose to NOC" from the eve-of-poll composition', async () => {
    const { election, registry } = await worcester2016();
    const before = parseInlineComposition('Con=19,Lab=15,Grn=1', registry);
    const [worcester] = compareCouncils([before], election.contests, null).councils;
    const row = (party: string) => worcester!.composition.find((r) => r.party === party)!;
    expect(row('Conservative')).toMatchObject({ before: 19, defended: 5, won: 3, after: 17 });
    expect(row('Labour')).toMatchObject({ before: 15, defended: 6, won: 7, after: 16 });
    expect(row('Green')).toMatchObject({ before: 1, defended: 1, won: 2, after: 2 });
    expect(worcester!.totalSeats).toBe(35);
    expect(worcester!.majorityThreshold).toBe(18);
    expect(worcester!.control).toMatchObject({
      before: 'Conservative',
      after: null,
      largestParty: 'Conservative',
      seatsShort: 1,
      kind: 'lose',
    });
    expect(worcester!.defendedFrom).toBe('defending-column');
  });

  it('gives the eve-of-poll gains for Worcester 2016: Labour regains Warndon, net Con -2, Lab +1, Green +1', async () => {
    const { election } = await worcester2016();
    const result = compareGains(null, election.contests, 'eve-of-poll');
    const net = Object.fromEntries(result.parties.map((p) => [p.party, p.net]));
    expect(net).toEqual({ Conservative: -2, Labour: 1, Green: 1 });
    expect(result.contests.find((c) => c.area === 'Warndon')!.result.text).toBe('Labour gain from Conservative');
  });
});
