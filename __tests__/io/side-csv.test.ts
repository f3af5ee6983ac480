import * as fs from 'node:fs';
import * as path from 'node:path';
import { PartyRegistry } from '../../src/core/parties';
import { parseAreaMap } from '../../src/io/area-map';
import { parseCompositionFile } from '../../src/io/composition';
import { parsePartiesFile } from '../../src/io/parties-file';
import { readSideCsv } from '../../src/io/side-csv';

const registry = new PartyRegistry();
const partiesExample = fs.readFileSync(path.resolve(__dirname, '../../fixtures/parties-example.csv'), 'utf8');

describe('the side-file reader (--parties, --area-map, --before FILE)', () => {
  const spec = {
    what: 'area map',
    header: 'old,new',
    columns: { before: { names: ['old', 'from'], required: true }, after: { names: ['new'], required: true } },
  };

  it('keys each record by its columns, trimmed, with the line it is on', () => {
    expect(readSideCsv('New , Old\n  Battenhall , Battenhall Ward\n', 'map.csv', spec)).toEqual([
      { origin: { file: 'map.csv', line: 2 }, cells: { before: 'Battenhall Ward', after: 'Battenhall' } },
    ]);
  });

  it('ignores a byte-order mark before the header', () => {
    expect(readSideCsv('\uFEFFold,new\nA,B\n', 'map.csv', spec).map((r) => r.cells)).toEqual([{ before: 'A', after: 'B' }]);
  });

  it('skips records with every cell blank and keeps the line numbers of the rest', () => {
    expect(readSideCsv('old,new\n\n , \nA,B\n', 'map.csv', spec).map((r) => r.origin.line)).toEqual([4]);
  });

  it('takes the first accepted name present, whatever the header order', () => {
    expect(readSideCsv('from,new,old\nX,B,A\n', 'map.csv', spec)[0]!.cells.before).toBe('A');
  });

  it('refuses an empty file, saying the header it expects', () => {
    expect(() => readSideCsv('', 'map.csv', spec)).toThrow('map.csv: empty area map: expected a header old,new');
  });
});

describe('one wording for a missing column in every side file', () => {
  it.each([
    [
      'area map',
      () => parseAreaMap('from_ward,to_ward\na,b\n', 'map.csv'),
      'map.csv: the area map needs columns "old" and "new" (found: from_ward, to_ward)',
    ],
    [
      'composition file',
      () => parseCompositionFile('council,party,members\nWorcester,Con,19\n', 'c.csv', registry),
      'c.csv: the composition file needs columns "party" and "seats", and "council" for many councils (found: council, party, members)',
    ],
    [
      'party file',
      () => parsePartiesFile('group,code\nHealth Concern,ICHC\n', 'p.csv'),
      'p.csv: the party file needs column "party" (found: group, code)',
    ],
  ])('%s', (_, read, message) => {
    expect(read).toThrow(message);
  });
});

describe('--parties FILE', () => {
  it('reads Wyre Forest Health Concern with its code, colour and aliases', () => {
    expect(parsePartiesFile(partiesExample, 'parties-example.csv')).toEqual([
      {
        name: 'Health Concern',
        code: 'ICHC',
        colour: '#9E1A1A',
        aliases: ['Independent Community and Health Concern', 'Wyre Forest Health Concern'],
      },
    ]);
  });

  it('reports a bad colour with file:line', () => {
    expect(() => parsePartiesFile('party,colour\nHealth Concern,maroon\n', 'p.csv')).toThrow(
      'p.csv:2: colour must be #rrggbb, got "maroon"',
    );
  });
});
