/**
 * The tally report written contest by contest (TallyReportStream, src/report/tally.ts) against the whole-file
 * report, for any order of councils and any holding: the same blocks and footer, or, when a council comes back
 * after it was closed, a refusal naming its line. Never a different report.
 */
import fc from 'fast-check';
import { contest } from '../builders';
import { TallyBuilder, type ContestTally } from '../../src/core/tally';
import { tallyReport, TallyReportStream } from '../../src/report/tally';
import type { Block } from '../../src/report/report';
import { DataError } from '../../src/errors';

const account = { sources: ['test.csv'], rows: { read: 0, used: 0, filtered: 0, setAside: [] } };
const parties = ['Lab', 'Con', 'LD', 'Grn'];

/** Contests of the given councils (null: none), in that order, each with 1-3 candidates. */
function contests(councils: readonly (string | null)[]) {
  return councils.map((council, i) =>
    contest(
      `W${i}`,
      parties.slice(0, 1 + (i % 3)).map((party, j) => [`C${i}-${j}`, party, 100 + ((i * 7 + j * 13) % 50)] as const),
      council === null ? {} : { council },
    ),
  );
}

function streamed(councils: readonly (string | null)[], holdRows: number) {
  const builder = new TallyBuilder('top');
  const blocks: Block[] = [];
  const emittedBeforeEnd: number[] = [];
  const stream = new TallyReportStream((block) => blocks.push(block), {
    shareMethod: 'top',
    colour: () => null,
    holdRows,
    councilTotals: (council) => builder.council(council),
  });
  const counted: ContestTally[] = [];
  for (const c of contests(councils)) {
    const tallied = builder.add(c);
    counted.push(tallied);
    stream.add(tallied);
    emittedBeforeEnd.push(blocks.length);
  }
  const summary = builder.finish();
  const footer = stream.end(summary, account);
  return {
    report: { blocks, footer },
    emittedBeforeEnd,
    whole: tallyReport({ shareMethod: 'top', contests: counted, warnings: [], ...summary }, account, () => null),
  };
}

describe('the tally report, streamed', () => {
  it('is the whole-file report for any order of councils and any holding, or refuses a council that came back', () => {
    const councils = fc.array(fc.constantFrom<string | null>('Adur', 'Bath', 'Crewe', null), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(councils, fc.integer({ min: 0, max: 12 }), (order, holdRows) => {
        let run: ReturnType<typeof streamed>;
        try {
          run = streamed(order, holdRows);
        } catch (error) {
          expect(error).toBeInstanceOf(DataError);
          expect((error as DataError).message).toMatch(
            /^test\.csv:\d+: contests of (".*"|no council) appear again after its party totals were written out/,
          );
          return;
        }
        expect(run.report).toEqual(run.whole);
      }),
      { numRuns: 1000 },
    );
  });

  it('never refuses with holding to the end, and never refuses a file grouped by council', () => {
    const councils = fc.array(fc.constantFrom<string | null>('Adur', 'Bath', 'Crewe', null), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(councils, fc.integer({ min: 0, max: 12 }), (order, holdRows) => {
        const infinite = streamed(order, Number.POSITIVE_INFINITY);
        expect(infinite.report).toEqual(infinite.whole);
        const grouped = [...order].sort((a, b) => (a ?? '').localeCompare(b ?? ''));
        const run = streamed(grouped, holdRows);
        expect(run.report).toEqual(run.whole);
      }),
      { numRuns: 300 },
    );
  });

  it('writes each council out once the input has moved past it, so memory follows the held rows, not the file', () => {
    // 200 councils of 5 contests, grouped: with 10 rows held, every council but the last few is written before the end.
    const order = Array.from({ length: 1000 }, (_, i) => `Council ${String(Math.floor(i / 5)).padStart(3, '0')}`);
    const run = streamed(order, 10);
    expect(run.report).toEqual(run.whole);
    const total = run.report.blocks.length;
    // Blocks written by the time the last contest was added: all but the last councils' and the totals of all.
    expect(run.emittedBeforeEnd.at(-1)!).toBeGreaterThan(total - 20);
    // And steadily as it reads: by the middle of the file, about half.
    expect(run.emittedBeforeEnd[499]!).toBeGreaterThan(total * 0.45);
  });

  it('one council, or none: contests stream as they come, and the totals of all close the report', () => {
    const run = streamed(
      Array.from({ length: 50 }, () => null),
      0,
    );
    expect(run.report).toEqual(run.whole);
    expect(run.emittedBeforeEnd).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });
});
