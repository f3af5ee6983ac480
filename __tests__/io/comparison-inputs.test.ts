import { PartyRegistry } from '../../src/core/parties';
import { parseAreaMap } from '../../src/io/area-map';
import { parseCompositionFile, parseInlineComposition } from '../../src/io/composition';

const registry = new PartyRegistry();

describe('--before composition', () => {
  it('reads Con=19,Lab=15,Grn=1 as canonical parties', () => {
    expect(parseInlineComposition('Con=19,Lab=15,Grn=1', registry).parties).toEqual([
      { party: 'Conservative', seats: 19 },
      { party: 'Labour', seats: 15 },
      { party: 'Green', seats: 1 },
    ]);
  });

  it('reads a CSV of council,party,seats, one composition per council', () => {
    const compositions = parseCompositionFile('council,party,seats\nWorcester,C,19\nWorcester,Lab,15\nAdur,Con,20\n', 'c.csv', registry);
    expect(compositions.map((c) => c.council)).toEqual(['Worcester', 'Adur']);
    expect(compositions[0]!.parties).toEqual([
      { party: 'Conservative', seats: 19 },
      { party: 'Labour', seats: 15 },
    ]);
  });

  it('reports a bad seats cell with file:line', () => {
    expect(() => parseCompositionFile('council,party,seats\nWorcester,Con,many\n', 'c.csv', registry)).toThrow(/^c\.csv:2: /);
  });
});

describe('--area-map', () => {
  it('reads old,new,council', () => {
    expect(parseAreaMap("old,new,council\nSt Peter's Parish,St Peter's,Worcester\n", 'map.csv')).toEqual([
      { before: "St Peter's Parish", after: "St Peter's", council: 'Worcester', origin: { file: 'map.csv', line: 2 } },
    ]);
  });

  it('needs old and new columns', () => {
    expect(() => parseAreaMap('from_ward,to_ward\na,b\n', 'map.csv')).toThrow(
      'map.csv: the area map needs columns "old" and "new" (found: from_ward, to_ward)',
    );
  });
});
