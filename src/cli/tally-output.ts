/**
 * Writing a tally in the chosen format, contest by contest: the one path every `results tally` takes
 * (read -> select -> count -> render). JSON, NDJSON and CSV write each contest as it is counted, so memory
 * follows contests, not rows; the table, markdown and the HTML page group contests by council and close
 * each council with its totals, so they hold the counted contests and render once the input is read.
 * Either way the contests are the same objects, written by the same serialiser (report/tally-document.ts):
 * a streamed and a whole-file tally are equal by construction. Nothing is written before the first contest,
 * so a --council that matches nothing ends with an error and empty stdout.
 */
import type { ShareMethod, Warning } from '../core/model';
import { ExitCode, ResultsError } from '../errors';
import type { ContestTally, CouncilTotals, Tally, TallyBuilder } from '../core/tally';
import { HOLD_ROWS } from '../io/contests';
import type { ReadSummary } from '../io/read-election';
import { contestCsvRows, tallyCsvColumns } from '../report/tally-csv';
import { tallyReport, TallyReportStream, type PartyColour } from '../report/tally';
import type { Block } from '../report/report';
import { colourLevel, themeFor } from './colour';
import {
  contestDocument,
  partyTotalDocument,
  previousDocument,
  tallyHead,
  tallyTail,
  type TallyComparison,
} from '../report/tally-document';
import type { Env } from './env';
import type { OutputFormat } from './options';
import { writeReport } from './render';
import type { PublishedText } from '../report/charts/text';

export interface TallyOutput {
  contest(contest: ContestTally): void;
  /**
   * Contests counted and written by a worker thread (cli/parallel-tally.ts): `count` of them, as the UTF-8 bytes
   * of their `contestText`, in file order. Only the streamed formats have it.
   */
  encodedContests?(bytes: Uint8Array, count: number): void;
  /**
   * A council's totals so far, given while the count goes on where they are likely final (cli/parallel-tally.ts:
   * the council's part is merged and the next part has none of it). JSON makes its text now, while the main thread
   * waits on the workers, and at the end writes that text if nothing more was counted in the council. The totals
   * are made only if they are wanted (past its bound, JSON makes no more ahead).
   */
  councilSoFar?(totals: () => CouncilTotals): void;
  /** The counting is done: `counted` gives the totals whole, or without the councils' and those one at a time. */
  end(counted: CountedTotals, read: ReadSummary, warnings: readonly Warning[]): Promise<void> | void;
  /**
   * The run failed after output may have begun (a bad row late in the file, a truncated .gz). JSON is left
   * unterminated, so it never parses as an answer; NDJSON, read line by line, gets a last line saying so.
   */
  fail?(error: unknown): void;
}

/** What a TallyBuilder gives once every contest is counted. */
export type CountedTotals = Pick<TallyBuilder, 'finish' | 'finishOverall' | 'eachCouncil' | 'eachCouncilText'>;

/** The formats written contest by contest as they are counted. */
export type StreamedFormat = 'json' | 'ndjson' | 'csv';

export const streamedFormats: readonly OutputFormat[] = ['json', 'ndjson', 'csv'];

/**
 * One counted contest as a streamed format writes it: the JSON contest object (an item of the `contests` array),
 * an NDJSON line, or CSV lines. The sinks below write with it, and so does a worker thread counting part of a big
 * file (which puts LATER_ITEM before each JSON item), so both write the same bytes by construction.
 */
export function contestText(
  format: StreamedFormat,
  options: { readonly raw: boolean; readonly comparison?: TallyComparison | undefined },
): (contest: ContestTally) => string {
  const { json } = jsonFormat();
  const { plainContest, contestJsonMembers } = tallyJson();
  const comparison = options.comparison;
  // The hand-written serializer where it applies (byte-identical, format/tally-json.ts), else the document.
  switch (format) {
    case 'json':
      return (contest) =>
        comparison === undefined && plainContest(contest) ? `{${contestJsonMembers(contest)}}` : json(contestDocument(contest, comparison));
    case 'ndjson':
      return (contest) =>
        comparison === undefined && plainContest(contest)
          ? `{"type":"contest",${contestJsonMembers(contest)}}\n`
          : `${json({ type: 'contest', ...contestDocument(contest, comparison) })}\n`;
    case 'csv': {
      const { csvLine } = csvFormat();
      return (contest) => {
        let text = '';
        for (const row of contestCsvRows(contest)) text += csvLine(row.cells, options.raw);
        return text;
      };
    }
  }
}

export interface TallyOutputOptions {
  readonly format: OutputFormat;
  readonly shareMethod: ShareMethod;
  readonly sources: readonly string[];
  readonly colour: PartyColour;
  /** --color / --no-color for the table. */
  readonly color: boolean;
  /** --raw for CSV. */
  readonly raw: boolean;
  readonly comparison?: TallyComparison | undefined;
  /** --title, --subtitle, --date, --source for the results page. */
  readonly published?: PublishedText;
  /** A council's party totals so far (TallyBuilder.council): the table closes each council with them. */
  readonly councilTotals?: ((council: string) => CouncilTotals | undefined) | undefined;
  /** Rows of later councils held before the table closes the oldest (TallyReportStream); default 100,000. */
  readonly holdRows?: number | undefined;
}

// Renderers are loaded for the format in use only: the start-up of a plain tally is the whole experience.
const jsonFormat = () => require('../format/json') as typeof import('../format/json');
const tallyJson = () => require('../format/tally-json') as typeof import('../format/tally-json');
const csvFormat = () => require('../format/csv') as typeof import('../format/csv');
const pageCharts = () => require('../report/charts/page') as typeof import('../report/charts/page');
const svgCharts = () => require('../format/svg/chart') as typeof import('../format/svg/chart');
const publishedText = () => require('../report/charts/text') as typeof import('../report/charts/text');
const pageSummary = () => require('../report/page') as typeof import('../report/page');
/** The hex cartograms, loaded only when the page draws a map. */
const hexLayouts = {
  constituencies: () =>
    (require('../report/charts/hexmaps/constituencies') as typeof import('../report/charts/hexmaps/constituencies')).constituencies,
  wards: () => (require('../report/charts/hexmaps/wards') as typeof import('../report/charts/hexmaps/wards')).wards,
};

export function tallyOutput(env: Env, options: TallyOutputOptions): TallyOutput {
  const write = (text: string) => env.stdout.write(text);
  const writeBytes = (bytes: Uint8Array) => env.stdout.writeBytes(bytes);
  switch (options.format) {
    case 'json':
      return jsonOutput(write, writeBytes, options);
    case 'ndjson':
      return ndjsonOutput(write, writeBytes, options);
    case 'csv':
      return csvOutput(write, writeBytes, options);
    case 'table':
    case 'markdown':
      return streamedReportOutput(env, options);
    case 'html':
      return wholeOutput(env, options);
  }
}

/**
 * The most characters of councils' totals jsonOutput makes ahead (councilSoFar): at 2M rows about a fifth of the
 * councils' 42 MB of text. Bounded because the text is held to the end, and 10M rows must peak below the bench's
 * 512 MiB (with this bound: 489-500 MiB).
 */
const MOST_AHEAD = 8 << 20;

function jsonOutput(write: (text: string) => void, writeBytes: (bytes: Uint8Array) => void, options: TallyOutputOptions): TallyOutput {
  const { JsonWriter } = jsonFormat();
  const { councilTotalJson } = tallyJson();
  const text = contestText('json', options);
  const writer = new JsonWriter(write);
  let begun = false;
  const begin = () => {
    begun = true;
    for (const [key, value] of Object.entries(tallyHead(options.shareMethod, options.sources))) writer.key(key, value);
    writer.beginArray('contests');
  };
  // Councils' totals as text made ahead (councilSoFar), with the contests each had then; bounded, as a big file's
  // councils' texts together run to tens of megabytes (2M rows: 8,664 councils, about 4.8 KB each).
  const ahead = new Map<string, { readonly contests: number; readonly text: string }>();
  let aheadLength = 0;
  const knownCouncil = (council: string, contests: number): string | undefined => {
    const known = ahead.get(council);
    return known !== undefined && known.contests === contests ? known.text : undefined;
  };
  return {
    contest(contest) {
      if (!begun) begin();
      writer.itemText(text(contest));
    },
    councilSoFar(made) {
      if (aheadLength > MOST_AHEAD) return;
      const totals = made();
      const councilText = councilTotalJson(totals);
      // Flattened now (reading a character does it): kept as the rope of pieces it was joined from, each council's
      // text was hundreds of small strings for the collector to trace for the rest of the run.
      councilText.charCodeAt(0);
      aheadLength += councilText.length;
      ahead.set(totals.council, { contests: totals.contests, text: councilText });
    },
    encodedContests(bytes, count) {
      if (!begun) begin();
      writer.encodedItems(bytes, count, writeBytes);
    },
    end(counted, read, warnings) {
      if (!begun) begin();
      writer.endArray();
      // The councils' totals made and written one by one (a big file has tens of thousands), in their place among the keys.
      for (const [key, value] of Object.entries(tallyTail({ ...counted.finishOverall(), councils: [] }, read.rows, warnings))) {
        if (key === 'councils') writer.inlineArray(key, counted.eachCouncilText(knownCouncil, councilTotalJson), (text) => text);
        else writer.key(key, value);
      }
      if (options.comparison !== undefined) writer.key('previous', previousDocument(options.comparison, options.shareMethod));
      writer.end();
    },
  };
}

/**
 * One contest a line, then one line per party total (design.md: the form for pipelines over very large
 * inputs), then one `{"type":"end"}` line with the totals and the row account. Every line is valid JSON on
 * its own, so a stream cut short by an error must say so: its last line is `{"type":"error"}` instead, and a
 * stream without an end line did not finish (SECURITY.md).
 */
function ndjsonOutput(write: (text: string) => void, writeBytes: (bytes: Uint8Array) => void, options: TallyOutputOptions): TallyOutput {
  const { json } = jsonFormat();
  const text = contestText('ndjson', options);
  let begun = false;
  return {
    contest(contest) {
      begun = true;
      write(text(contest));
    },
    encodedContests(bytes, count) {
      if (count === 0) return;
      begun = true;
      writeBytes(bytes);
    },
    end(counted, read, warnings) {
      begun = true;
      // The councils' totals are not written here.
      const summary = { ...counted.finishOverall(), councils: [] };
      for (const party of summary.parties) write(`${json({ type: 'party', ...partyTotalDocument(party) })}\n`);
      const tail = tallyTail(summary, read.rows, warnings);
      write(`${json({ type: 'end', totals: tail.totals, rows: tail.rows, warnings: tail.warnings.length })}\n`);
    },
    fail(error) {
      // Nothing written yet: stdout stays empty, as for any error before output.
      if (!begun) return;
      write(`${json(errorRecord(error))}\n`);
    },
  };
}

/** The last NDJSON line of a failed run: the one-line message stderr also gets, and the exit code. */
function errorRecord(error: unknown): { type: 'error'; message: string; exitCode: number } {
  if (error instanceof ResultsError) return { type: 'error', message: error.message, exitCode: error.exitCode };
  return { type: 'error', message: 'internal error: this is a bug in results (see standard error)', exitCode: ExitCode.Internal };
}

function csvOutput(write: (text: string) => void, writeBytes: (bytes: Uint8Array) => void, options: TallyOutputOptions): TallyOutput {
  const { csvHeader } = csvFormat();
  const text = contestText('csv', options);
  let begun = false;
  const begin = () => {
    begun = true;
    write(csvHeader(tallyCsvColumns));
  };
  return {
    contest(contest) {
      if (!begun) begin();
      write(text(contest));
    },
    encodedContests(bytes, count) {
      if (!begun) begin();
      if (count > 0) writeBytes(bytes);
    },
    end() {
      if (!begun) begin();
    },
  };
}

/**
 * Table and markdown, written as contests are counted (TallyReportStream decides when a council is finished:
 * any input order gives the whole-file report's bytes). The colour theme is loaded asynchronously (chalk is an
 * ES module): blocks made before it is ready wait for it, in order.
 */
function streamedReportOutput(env: Env, options: TallyOutputOptions): TallyOutput {
  const write = (text: string) => env.stdout.write(text);
  let writer: { block(block: Block): void; footer(lines: readonly string[]): void } | undefined;
  const waiting: Block[] = [];
  const ready =
    options.format === 'markdown'
      ? Promise.resolve().then(() => {
          const { MarkdownWriter } = require('../format/markdown') as typeof import('../format/markdown');
          writer = new MarkdownWriter(write);
        })
      : themeFor(colourLevel(env, options.color), env).then((theme) => {
          const { TableWriter } = require('../format/table') as typeof import('../format/table');
          // Share bars only on a terminal: piped or redirected output stays plain text.
          writer = new TableWriter(theme, write, { terminalWidth: env.stdout.isTTY ? env.stdout.columns : null });
        });
  // A theme that cannot load (chalk refused) fails the run at end(), like any output error, not as an unhandled rejection.
  ready.catch(() => undefined);
  const emit = (block: Block) => {
    if (writer === undefined) waiting.push(block);
    else writer.block(block);
  };
  const { councilTotals } = options;
  if (councilTotals === undefined) throw new Error('a streamed tally report needs the council totals');
  const stream = new TallyReportStream(emit, {
    shareMethod: options.shareMethod,
    colour: options.colour,
    comparison: options.comparison,
    holdRows: options.holdRows ?? HOLD_ROWS,
    councilTotals,
  });
  return {
    contest(contest) {
      if (writer !== undefined && waiting.length > 0) for (const block of waiting.splice(0)) writer.block(block);
      stream.add(contest);
    },
    async end(counted, read) {
      await ready;
      for (const block of waiting.splice(0)) writer!.block(block);
      const footer = stream.end(counted.finish(), { sources: read.sources, rows: read.rows });
      writer!.footer(footer);
      env.stdout.flush();
    },
  };
}

/** The results page: contests held, then the report rendered whole. */
function wholeOutput(env: Env, options: TallyOutputOptions): TallyOutput {
  const contests: ContestTally[] = [];
  return {
    contest(contest) {
      contests.push(contest);
    },
    async end(counted, read, warnings) {
      const result: Tally = { shareMethod: options.shareMethod, contests, warnings, ...counted.finish() };
      const { colour, comparison } = options;
      const report = () => tallyReport(result, read, colour, comparison);
      await writeReport(env, options.format, options.color, {
        report,
        html: () => {
          const { resultsPageCharts, resultsPageTitle } = pageCharts();
          const { sourceLine } = publishedText();
          const published = options.published ?? {};
          const source = sourceLine(published.source);
          const subtitle = [published.date, published.subtitle].filter((line) => line !== undefined).join(' · ');
          return {
            title: published.title ?? resultsPageTitle(result),
            ...(subtitle !== '' ? { subtitle } : {}),
            ...(source !== undefined ? { source } : {}),
            report: report(),
            summary: [pageSummary().councilsSummary(result, colour)].filter((block) => block !== null),
            charts: resultsPageCharts(result, colour, comparison, hexLayouts).map((chart) => ({
              svg: svgCharts().renderChart(chart, { source }),
              narrow: svgCharts().renderChart({ ...chart, id: `${chart.id}-narrow` }, { width: svgCharts().NARROW, source }),
            })),
          };
        },
      });
    },
  };
}
