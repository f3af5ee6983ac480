/**
 * One contract, one serialiser: `results tally --format json` writes each contest as it is counted, and the
 * library builds the whole document at once; both come from report/tally-document.ts, so they are equal by
 * construction. These tests say so on real results (every fixture, every share method, with --council,
 * --strict and the streaming switch), and check the escaping of names that need it.
 */
import type { ShareMethod } from '../../src/core/model';
import { ContestSelection } from '../../src/core/select';
import { tally, tallyContest } from '../../src/core/tally';
import { renderCsv } from '../../src/format/csv';
import { json } from '../../src/format/json';
import { tallyCsv } from '../../src/report/tally-csv';
import { contestDocument, tallyDocument } from '../../src/report/tally-document';
import { contest } from '../builders';
import { runCli } from '../cli/run-cli';
import { fixture, read } from '../read-helpers';

const methods: ShareMethod[] = ['top', 'total', 'average'];

/** The CLI in this process, reading fixtures from disk as a user would name them. */
async function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { status, stdout, stderr } = await runCli(['tally', ...args]);
  return { code: status, stdout, stderr };
}

describe('the tally document: streamed by the CLI, whole from the library', () => {
  test.each(['worcester-2016.csv', 'worcester-2016-defending.csv', 'worcester-2018.csv', 'leap-2019-extract.csv', 'leap-2019-ties.csv'])(
    'every contest of %s, under every share method, is the same document both ways',
    async (name) => {
      const file = fixture(name);
      const election = await read(file);
      for (const method of methods) {
        const whole = tallyDocument(tally(election, method), election);
        for (const hold of ['0', '100000']) {
          const streamed = await cli(file, '--format', 'json', '--share-method', method, '--hold-rows', hold);
          expect(streamed.code).toBe(0);
          expect(JSON.parse(streamed.stdout)).toEqual(JSON.parse(json(whole)));
        }
      }
    },
  );

  test('a --council selection counts the same rows streamed and whole', async () => {
    const file = fixture('leap-2019-extract.csv');
    const streamed = JSON.parse((await cli(file, '--format', 'json', '--council', 'worcester', '--hold-rows', '0')).stdout);
    const election = await read(file, { selection: new ContestSelection({ councils: ['Worcester'], areas: [] }) });
    expect(streamed).toEqual(JSON.parse(json(tallyDocument(tally(election, 'top'), election))));
    const { read: readRows, used, filtered, setAside } = streamed.rows;
    expect(used).toBeGreaterThan(0);
    expect(filtered).toBeGreaterThan(0);
    expect(readRows).toBe(used + filtered + setAside.reduce((n: number, s: { count: number }) => n + s.count, 0));
  });

  test('the streamed CSV is the whole-file CSV, row for row', async () => {
    const file = fixture('worcester-2016.csv');
    const election = await read(file);
    let whole = '';
    renderCsv(tallyCsv(tally(election, 'top')), (text) => (whole += text));
    expect((await cli(file, '--format', 'csv')).stdout).toBe(whole);
  });

  test("NDJSON lines are the document's contests and parties", async () => {
    const file = fixture('worcester-2016.csv');
    const lines = (await cli(file, '--format', 'ndjson')).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const document = JSON.parse((await cli(file, '--format', 'json')).stdout);
    expect(lines.filter((l) => l.type === 'contest').map(({ type, ...c }) => c)).toEqual(document.contests);
    expect(lines.filter((l) => l.type === 'party').map(({ type, ...p }) => p)).toEqual(document.parties);
  });

  test.each([
    ['quotes and backslashes', 'Sam "the Man" O\\Brien'],
    ['C0 controls and DEL', 'Tab\there\u0001\u001f\u007f'],
    ['C1 controls (U+009B is CSI)', 'Esc\u009b31m red\u0085'],
    ['line and paragraph separators', 'one\u2028two\u2029three'],
    ['bidi overrides and isolates', '\u202eevil\u202c \u2066iso\u2069'],
    ['an emoji and accents', 'Siân Ní Bhriain 🗳️ Łukasz'],
  ])('names with %s are written escaped and read back as they were', (_, text) => {
    const counted = tallyContest(
      contest(
        text,
        [
          [text, text, 700, true],
          ['Plain Name', 'Labour', 300],
          [`${text} 2`, '', 100],
        ],
        { council: text },
      ),
      'top',
    );
    const written = json(contestDocument(counted));
    expect(written).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    const back = JSON.parse(written);
    expect(back.candidates[0].name).toBe(text);
    expect(back.council).toBe(text);
  });
});
