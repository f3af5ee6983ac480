import { matchContests } from '../../src/core/match';
import { butlerSwing, compareShares, steedSwing } from '../../src/core/swing';
import { contest } from '../builders';

// Worcester, Battenhall: 2012 as published in domain-rules.md §2.3 (fixtures/worcester-2012.csv), 2016 from LEAP.
const battenhall2012 = contest(
  'Battenhall',
  [
    ['Con 2012', 'Conservative', 656, true],
    ['Lab 2012', 'Labour', 444, false],
    ['Grn 2012', 'Green', 155, false],
    ['LD 2012', 'Liberal Democrats', 119, false],
  ],
  { council: 'Worcester' },
);
const battenhall2016 = contest(
  'Battenhall',
  [
    ['Louis Stephen', 'Green', 1081, true],
    ['David Tibbutt', 'Conservative', 887, false],
    ['Philip Ashwell', 'Labour', 127, false],
    ['Jackie Brooks', 'UKIP', 89, false],
  ],
  { council: 'Worcester' },
);

// Bedwardine 2012: domain-rules.md §3.3 publishes Con 969 and Lab 597 of 1,863 valid votes only; the other
// candidates' 297 votes are one row labelled as the unpublished remainder (see fixtures/SOURCES.md).
const bedwardine2012 = contest(
  'Bedwardine',
  [
    ['Con 2012', 'Conservative', 969, true],
    ['Lab 2012', 'Labour', 597, false],
    ['other candidates, not published separately', 'Other candidates (combined)', 297, false],
  ],
  { council: 'Worcester' },
);
const bedwardine2016 = contest(
  'Bedwardine',
  [
    ['Alan Amos', 'Conservative', 1030, true],
    ['Ceri Stalker', 'Labour', 621, false],
    ['James Goad', 'UKIP', 343, false],
    ['Mike Mullins', 'Liberal Democrats', 227, false],
    ['Nicola Porter', 'Green', 142, false],
    ['Peter McNally', 'TUSC', 25, false],
  ],
  { council: 'Worcester' },
);

function compare(before: ReturnType<typeof contest>[], after: ReturnType<typeof contest>[], pair: [string, string] | null = null) {
  return compareShares(matchContests(before, after), 'top', pair);
}

describe('change in share (domain-rules.md §2.3)', () => {
  it('gives Battenhall 2012 -> 2016 Green +38.2, Con -7.1, Lab -26.5, LD -8.7 (not standing) and UKIP new', () => {
    const [battenhall] = compare([battenhall2012], [battenhall2016]).contests;
    const change = (party: string) => battenhall!.parties.find((p) => p.party === party)!;
    expect(change('Green').change * 100).toBeCloseTo(38.22, 2);
    expect(change('Conservative').change * 100).toBeCloseTo(-7.13, 2);
    expect(change('Labour').change * 100).toBeCloseTo(-26.5, 2);
    expect(change('Liberal Democrats')).toMatchObject({ shareAfter: 0, stoodAfter: false });
    expect(change('Liberal Democrats').change * 100).toBeCloseTo(-8.66, 2);
    expect(change('UKIP')).toMatchObject({ shareBefore: 0, stoodBefore: false });
    expect(change('UKIP').shareAfter * 100).toBeCloseTo(4.08, 2);
  });
});

describe('swing (domain-rules.md §3)', () => {
  it('gives Battenhall Butler 22.7 and Steed 35.8 from Conservative to Green, the top two of 2016', () => {
    const [battenhall] = compare([battenhall2012], [battenhall2016]).contests;
    expect(battenhall!.butler!.from).toBe('Conservative');
    expect(battenhall!.butler!.to).toBe('Green');
    expect(battenhall!.butler!.value * 100).toBeCloseTo(22.67, 1);
    expect(battenhall!.steed!).toMatchObject({ from: 'Conservative', to: 'Green' });
    expect(battenhall!.steed!.value * 100).toBeCloseTo(35.82, 1);
  });

  it('lets Butler and Steed disagree in direction (Bedwardine: Butler 1.4 Con -> Lab, Steed 0.5 Lab -> Con)', () => {
    const [bedwardine] = compare([bedwardine2012], [bedwardine2016]).contests;
    expect(bedwardine!.butler).toMatchObject({ from: 'Conservative', to: 'Labour' });
    expect(bedwardine!.butler!.value * 100).toBeCloseTo(1.42, 1);
    expect(bedwardine!.steed).toMatchObject({ from: 'Labour', to: 'Conservative' });
    expect(bedwardine!.steed!.value * 100).toBeCloseTo(0.51, 1);
  });

  it('reverses: swing(after, before) is swing(before, after) with from and to exchanged', () => {
    const forward = compare([battenhall2012, bedwardine2012], [battenhall2016, bedwardine2016], ['Conservative', 'Green']);
    const backward = compare([battenhall2016, bedwardine2016], [battenhall2012, bedwardine2012], ['Conservative', 'Green']);
    for (const kind of ['butler', 'steed'] as const) {
      const f = forward.overall[kind]!;
      const b = backward.overall[kind]!;
      expect(b.from).toBe(f.to);
      expect(b.to).toBe(f.from);
      expect(b.value).toBeCloseTo(f.value, 12);
      expect(f.value).toBeGreaterThan(0);
    }
  });

  it('never reports a negative value: the pair is turned round instead', () => {
    const changes = compare([battenhall2012], [battenhall2016]).contests[0]!.parties;
    expect(butlerSwing('Green', 'Conservative', changes)).toEqual(butlerSwing('Conservative', 'Green', changes));
    expect(steedSwing('Green', 'Conservative', changes)!.value).toBeGreaterThanOrEqual(0);
  });

  it('adds up overall only the contests polled on both sides, and leaves out an unopposed one with its reason', () => {
    const unopposed = contest('Warndon', [['Sole Candidate', 'Labour', null]], { council: 'Worcester' });
    const polled = contest(
      'Warndon',
      [
        ['A', 'Labour', 500],
        ['B', 'Conservative', 300],
      ],
      { council: 'Worcester' },
    );
    const result = compare([battenhall2012, unopposed], [battenhall2016, polled]);
    expect(result.overall.contests).toBe(1);
    expect(result.leftOut).toEqual([{ council: 'Worcester', area: 'Warndon', reason: 'returned unopposed before' }]);
    expect(result.overall.parties.find((p) => p.party === 'Green')!.change * 100).toBeCloseTo(38.22, 2);
  });
});
