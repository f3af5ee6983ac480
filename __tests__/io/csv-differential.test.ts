/**
 * The byte-level CSV scanner against two references, on random input cut into random chunks: csv-parse
 * (records, and which inputs are errors) and the string scanner it replaced (records, line numbers and the
 * exact error messages, which users and other tests rely on).
 */
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { CsvScanner } from '../../src/io/csv';
import { utf8Chunks } from '../../src/io/decode';
import { StringCsvScanner } from './string-csv-scanner';

/** Strings made of the given pieces. */
function text(pieces: string[], size: { minLength?: number; maxLength: number }): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...pieces), size).map((parts) => parts.join(''));
}

type Outcome = { records: [string[], number][] } | { error: string };

async function* chunked(bytes: Buffer, cuts: number[]): AsyncGenerator<Uint8Array> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

async function byteScanner(bytes: Buffer, cuts: number[], limits = { maxFieldLength: 1_000_000, maxFields: 2_000 }): Promise<Outcome> {
  const records: [string[], number][] = [];
  try {
    const scanner = new CsvScanner('x.csv', (cells, line) => records.push([cells, line]), limits);
    for await (const chunk of utf8Chunks('x.csv', chunked(bytes, cuts), 'utf-8', { encoding: 'utf-8', detected: false })) {
      scanner.pushBytes(chunk);
    }
    scanner.end();
    return { records };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function stringScanner(text: string, limits = { maxFieldLength: 1_000_000, maxFields: 2_000 }): Outcome {
  const records: [string[], number][] = [];
  try {
    const scanner = new StringCsvScanner('x.csv', (cells, line) => records.push([cells, line]), limits);
    scanner.push(text.replace(/^\uFEFF/, ''));
    scanner.end();
    return { records };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function csvParse(text: string): { records: string[][] } | { error: true } {
  try {
    return { records: parse(text, { bom: true, skip_empty_lines: true, relax_column_count: true }) };
  } catch {
    return { error: true };
  }
}

/** Field text with the characters that matter: separators, quotes, line breaks, multi-byte letters. */
const fieldText = text(['a', 'b', ' ', ',', '"', '\n', '\r\n', 'é', 'Ł', 'ŵ', '中', '😀'], { maxLength: 8 });
const plainText = text(['a', 'B', ' ', 'é', 'ŵ', '中', '😀', "'"], { minLength: 1, maxLength: 8 });
const field = fc.oneof(
  plainText,
  fieldText.map((t) => `"${t.replaceAll('"', '""')}"`),
);
const table = fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 });
const lineEnding = fc.constantFrom('\n', '\r\n', '\r');
const cuts = fc.array(fc.nat(400), { maxLength: 6 });

describe('the byte-level CSV scanner', () => {
  it('reads well-formed RFC 4180 input as csv-parse does, however the bytes are cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(table, lineEnding, fc.boolean(), fc.boolean(), cuts, async (rows, eol, bom, finalEol, at) => {
        const input = (bom ? '\uFEFF' : '') + rows.map((r) => r.join(',')).join(eol) + (finalEol ? eol : '');
        const ours = await byteScanner(Buffer.from(input, 'utf8'), at);
        const reference = csvParse(input);
        expect('records' in ours).toBe(true);
        expect('records' in reference).toBe(true);
        if ('records' in ours && 'records' in reference) expect(ours.records.map(([cells]) => cells)).toEqual(reference.records);
        expect(ours).toEqual(stringScanner(input));
      }),
      { numRuns: 400 },
    );
  });

  it('agrees with the scanner it replaced on any text: records, line numbers and error messages', async () => {
    const anyText = text(['a', ',', '"', '\n', '\r', '\r\n', 'é', '中', '😀', ' '], { maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(anyText, cuts, async (text, at) => {
        expect(await byteScanner(Buffer.from(text, 'utf8'), at)).toEqual(stringScanner(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('agrees with csv-parse on which inputs are malformed (one kind of line ending)', async () => {
    const anyText = text(['a', ',', '"', '\n', 'é', '😀'], { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(anyText, cuts, async (text, at) => {
        const ours = await byteScanner(Buffer.from(text, 'utf8'), at);
        const reference = csvParse(text);
        expect('error' in ours).toBe('error' in reference);
        if ('records' in ours && 'records' in reference) expect(ours.records.map(([cells]) => cells)).toEqual(reference.records);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the length and field-count guards, with the same messages', async () => {
    const limits = { maxFieldLength: 5, maxFields: 3 };
    const anyText = text(['a', ',', '"', '\n', 'é', '😀'], { maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(anyText, cuts, async (text, at) => {
        expect(await byteScanner(Buffer.from(text, 'utf8'), at, limits)).toEqual(stringScanner(text, limits));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads multi-byte Welsh and Polish names cut at every byte between chunks', async () => {
    // Real candidate names from Welsh and English local elections.
    const text =
      'ward,candidate,party,votes\nLlanbadarn Fawr,Siân Gwenllian,Plaid Cymru,812\nTredegar Park,"Łukasz, Wiśniewski",Independent,97\n';
    const bytes = Buffer.from(text, 'utf8');
    const expected = stringScanner(text);
    for (let cut = 0; cut <= bytes.length; cut++) {
      expect(await byteScanner(bytes, [cut])).toEqual(expected);
    }
    expect(expected).toEqual({
      records: [
        [['ward', 'candidate', 'party', 'votes'], 1],
        [['Llanbadarn Fawr', 'Siân Gwenllian', 'Plaid Cymru', '812'], 2],
        [['Tredegar Park', 'Łukasz, Wiśniewski', 'Independent', '97'], 3],
      ],
    });
  });
});
