import { CsvScanner } from '../../src/io/csv';

function scan(chunks: readonly string[]): [string[], number][] {
  const records: [string[], number][] = [];
  const scanner = new CsvScanner('t.csv', (cells, line) => records.push([cells, line]));
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return records;
}

function scanError(text: string): string {
  try {
    scan([text]);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('the CSV scanner', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, giving each record its first line', () => {
    const text = 'ward,candidate\n"Ayr, Carrick and Cumnock","A ""B"" C"\n"Two\nlines",x\nlast,row';
    expect(scan([text])).toEqual([
      [['ward', 'candidate'], 1],
      [['Ayr, Carrick and Cumnock', 'A "B" C'], 2],
      [['Two\nlines', 'x'], 3],
      [['last', 'row'], 5],
    ]);
  });

  it('takes LF, CRLF and lone CR line endings, mixed in one file, and skips blank lines', () => {
    expect(scan(['a,b\r\n1,2\r3,4\n\n5,6\r\n'])).toEqual([
      [['a', 'b'], 1],
      [['1', '2'], 2],
      [['3', '4'], 3],
      [['5', '6'], 5],
    ]);
  });

  it('gives the same records however the text is split into chunks', () => {
    const text = 'a,"b\r\nc",d\r\n"e""f",g\r\n';
    const whole = scan([text]);
    for (let cut = 1; cut < text.length; cut++) {
      expect(scan([text.slice(0, cut), text.slice(cut)])).toEqual(whole);
    }
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(scan(['a,,c,\n'])).toEqual([[['a', '', 'c', ''], 1]]);
  });

  it('refuses a quote inside an unquoted field', () => {
    expect(scanError('a,b\nBat"tenhall,1\n')).toBe(
      't.csv:2: malformed CSV: a quote inside an unquoted field (field 1: "Bat\\""); quote the whole field and double the quote',
    );
  });

  it('refuses text after a closing quote', () => {
    expect(scanError('"Battenhall"x,1\n')).toBe(
      't.csv:1: malformed CSV: "x" after the closing quote of field 1 ("Battenhall"); expected a comma or the end of the line',
    );
  });

  it('refuses a quote that is never closed, naming the line it opened on', () => {
    expect(scanError('a,b\n1,2\n"Battenhall,3\n4,5\n')).toBe('t.csv:3: malformed CSV: a quoted field opened on this line is never closed');
  });
});
