import { areaKey } from '../../src/core/fold';
import { matchContests } from '../../src/core/match';

const c = (area: string, code: string | null = null, council: string | null = null) => ({ area, code, council });

describe('matching contests across elections', () => {
  it('matches by ONS code first, whatever the spelling (Ynys Môn / Ynys Mon)', () => {
    const result = matchContests([c('Ynys Môn', 'W07000041')], [c('YNYS MON', 'W07000041')]);
    expect(result.pairs).toHaveLength(1);
    expect(result.pairs[0]!.by).toBe('code');
  });

  it('folds names for case, accents, &/and, punctuation and St/St./Saint', () => {
    expect(areaKey('Stoke-on-Trent Central')).toBe(areaKey('Stoke-On-Trent Central'));
    expect(areaKey("St. John's")).toBe(areaKey('Saint Johns'));
    expect(areaKey('Brighton, Kemptown & Peacehaven')).toBe(areaKey('Brighton Kemptown and Peacehaven'));
    const result = matchContests([c("St. Peter's", null, 'Worcester')], [c('St Peters', null, 'worcester')]);
    expect(result.pairs.map((p) => p.by)).toEqual(['name']);
  });

  it('lists what does not match on both sides instead of guessing (a boundary change)', () => {
    const result = matchContests(
      [c('Battenhall', null, 'Worcester'), c("St Peter's Parish", null, 'Worcester')],
      [c('Battenhall', null, 'Worcester'), c("St Peter's", null, 'Worcester')],
    );
    expect(result.pairs).toHaveLength(1);
    expect(result.unmatchedBefore.map((u) => u.contest.area)).toEqual(["St Peter's Parish"]);
    expect(result.unmatchedAfter.map((u) => u.contest.area)).toEqual(["St Peter's"]);
    expect(result.unmatchedAfter[0]!.reason).toMatch(/no contest/);
  });

  it('uses an area map for a renamed area', () => {
    const result = matchContests(
      [c("St Peter's Parish", null, 'Worcester')],
      [c("St Peter's", null, 'Worcester')],
      [{ before: "St Peter's Parish", after: "St Peter's", council: 'Worcester', origin: { file: 'map.csv', line: 2 } }],
    );
    expect(result.pairs.map((p) => p.by)).toEqual(['area-map']);
    expect(result.unmatchedBefore).toEqual([]);
  });

  it('leaves a name that fits two contests unmatched as ambiguous', () => {
    const result = matchContests([c('Abbey', null, 'X'), c('Abbey', null, 'X')], [c('Abbey', null, 'X')]);
    expect(result.pairs).toHaveLength(0);
    expect(result.unmatchedAfter[0]!.reason).toMatch(/ambiguous/);
  });
});
