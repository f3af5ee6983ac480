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
import type { ContestTally, Tally, TallySummary } from '../core/tally';
import type { ReadSummary } from '../io/read-election';
import { contestCsvRows, tallyCsvColumns, tallyReport, type PartyColour } from '../report/tally';
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

export interface TallyOutput {
  contest(contest: ContestTally): void;
  end(summary: TallySummary, read: ReadSummary, warnings: readonly Warning[]): Promise<void> | void;
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
}

// Renderers are loaded for the format in use only: the start-up of a plain tally is the whole experience.
const jsonFormat = () => require('../format/json') as typeof import('../format/json');
const tallyJson = () => require('../format/tally-json') as typeof import('../format/tally-json');
const csvFormat = () => require('../format/csv') as typeof import('../format/csv');
const pageCharts = () => require('../report/charts/page') as typeof import('../report/charts/page');
const svgCharts = () => require('../format/svg/chart') as typeof import('../format/svg/chart');

export function tallyOutput(env: Env, options: TallyOutputOptions): TallyOutput {
  const write = (text: string) => env.stdout.write(text);
  switch (options.format) {
    case 'json':
      return jsonOutput(write, options);
    case 'ndjson':
      return ndjsonOutput(write, options);
    case 'csv':
      return csvOutput(write, options);
    case 'table':
    case 'markdown':
    case 'html':
      return wholeOutput(env, options);
  }
}

function jsonOutput(write: (text: string) => void, options: TallyOutputOptions): TallyOutput {
  const { JsonWriter, json } = jsonFormat();
  const { plainContest, contestJsonMembers } = tallyJson();
  const writer = new JsonWriter(write);
  let begun = false;
  const begin = () => {
    begun = true;
    for (const [key, value] of Object.entries(tallyHead(options.shareMethod, options.sources))) writer.key(key, value);
    writer.beginArray('contests');
  };
  return {
    contest(contest) {
      if (!begun) begin();
      // The hand-written serializer where it applies (byte-identical, format/tally-json.ts), else the document.
      writer.itemText(
        options.comparison === undefined && plainContest(contest)
          ? `{${contestJsonMembers(contest)}}`
          : json(contestDocument(contest, options.comparison)),
      );
    },
    end(summary, read, warnings) {
      if (!begun) begin();
      writer.endArray();
      for (const [key, value] of Object.entries(tallyTail(summary, read.rows, warnings))) writer.key(key, value);
      if (options.comparison !== undefined) writer.key('previous', previousDocument(options.comparison, options.shareMethod));
      writer.end();
    },
  };
}

/** One contest a line, then one line per party total (design.md: the form for pipelines over very large inputs). */
function ndjsonOutput(write: (text: string) => void, options: TallyOutputOptions): TallyOutput {
  const { json } = jsonFormat();
  const { plainContest, contestJsonMembers } = tallyJson();
  return {
    contest(contest) {
      write(
        options.comparison === undefined && plainContest(contest)
          ? `{"type":"contest",${contestJsonMembers(contest)}}\n`
          : `${json({ type: 'contest', ...contestDocument(contest, options.comparison) })}\n`,
      );
    },
    end(summary) {
      for (const party of summary.parties) write(`${json({ type: 'party', ...partyTotalDocument(party) })}\n`);
    },
  };
}

function csvOutput(write: (text: string) => void, options: TallyOutputOptions): TallyOutput {
  const { csvHeader, csvLine } = csvFormat();
  let begun = false;
  const begin = () => {
    begun = true;
    write(csvHeader(tallyCsvColumns));
  };
  return {
    contest(contest) {
      if (!begun) begin();
      for (const row of contestCsvRows(contest)) write(csvLine(row.cells, options.raw));
    },
    end() {
      if (!begun) begin();
    },
  };
}

/** Table, markdown and the results page: contests held, then the report rendered whole. */
function wholeOutput(env: Env, options: TallyOutputOptions): TallyOutput {
  const contests: ContestTally[] = [];
  return {
    contest(contest) {
      contests.push(contest);
    },
    async end(summary, read, warnings) {
      const result: Tally = { shareMethod: options.shareMethod, contests, warnings, ...summary };
      const { colour, comparison } = options;
      const report = () => tallyReport(result, read, colour, comparison);
      await writeReport(env, options.format, options.color, {
        report,
        html: () => {
          const { resultsPageCharts, resultsPageTitle } = pageCharts();
          return {
            title: resultsPageTitle(result),
            report: report(),
            charts: resultsPageCharts(result, colour, comparison).map((chart) => ({ svg: svgCharts().renderChart(chart) })),
          };
        },
      });
    },
  };
}
