/**
 * The tally as people and scripts see it: the table/markdown report (a headline in words per contest,
 * its candidates, then party totals), the CSV table (one row per candidate) and the `results.tally/1`
 * JSON document. Column labels and JSON keys live here.
 */
import type { RowAccount, SetAside, ShareMethod } from '../core/model';
import { DataError } from '../errors';
import type { ContestTally, CouncilTotals, PartyTotal, Tally, TallySummary } from '../core/tally';
import { formatCount, formatShare } from './numbers';
import { majorityText, proportionalityText, shareMethodText, stvSharesText, turnoutText } from './conventions';
import { proportionalityOf } from '../core/proportionality';
import type { Block, Column, Report, ReportTable, Span } from './report';
import { text } from './report';
import { plural } from '../errors';
import type { ContestResult } from '../core/gains';
import type { ShareChange } from '../core/swing';
import { baselineText, matchedText } from './comparison';
import { comparedContest, type TallyComparison } from './tally-document';
import { formatChange, formatPoints } from './numbers';
import { largest, smallest } from '../core/arrays';

/** Colour of a canonical party name, from the registry. */
export type PartyColour = (party: string) => string | null;

const candidateColumns: readonly Column[] = [
  { key: 'candidate', label: 'Candidate', type: 'text' },
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'votes', label: 'Votes', type: 'count' },
  { key: 'share', label: 'Share', type: 'share' },
  { key: 'elected', label: 'Elected', type: 'text' },
];

const partyColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'candidates', label: 'Candidates', type: 'count' },
  { key: 'votes', label: 'Votes', type: 'count' },
  { key: 'share', label: 'Share', type: 'share' },
  { key: 'seats', label: 'Seats', type: 'count' },
];

/** What the report says of the input: the files read and the row account. */
export interface ReadAccount {
  readonly sources: readonly string[];
  readonly rows: RowAccount;
}

/**
 * The whole-file report: every block the streamed report writes, in the same order, collected. The results page
 * and the library take this; the table and markdown take TallyReportStream itself, contest by contest.
 */
export function tallyReport(result: Tally, election: ReadAccount, colour: PartyColour, comparison?: TallyComparison): Report {
  const blocks: Block[] = [];
  const councils = new Map(result.councils.map((c) => [c.council, c]));
  const stream = new TallyReportStream((block) => blocks.push(block), {
    shareMethod: result.shareMethod,
    colour,
    comparison,
    holdRows: Number.POSITIVE_INFINITY,
    councilTotals: (council) => councils.get(council),
  });
  for (const contest of result.contests) stream.add(contest);
  const footer = stream.end(result, election);
  return { blocks, footer };
}

export interface TallyReportOptions {
  readonly shareMethod: ShareMethod;
  readonly colour: PartyColour;
  readonly comparison?: TallyComparison | undefined;
  /**
   * Rows (candidates) of later councils' contests held back before the oldest council is closed with its
   * totals and written out, as ContestAssembler's holdRows; infinite holds every council to the end.
   */
  readonly holdRows: number;
  /** A council's party totals, final once the input has moved past it (TallyBuilder.council). */
  readonly councilTotals: (council: string) => CouncilTotals | undefined;
}

/** One council's contests (null: contests without a council) not yet written out. */
interface CouncilGroup {
  readonly council: string | null;
  readonly held: ContestTally[];
  rows: number;
}

/**
 * The tally report, block by block as contests are counted: contests grouped by council in order of first
 * appearance, each council closed with its party totals (when there is more than one council), then the party
 * totals of all and the footer. Right for any input order:
 * - The oldest council still open streams: its contests are written as they come (nothing after it is written yet).
 * - Other councils' contests are held. The oldest council is closed (totals written, the next one streams) once the
 *   input has moved past it and more than `holdRows` rows are held.
 * - A council whose contests come back after another council's (input not grouped by council) stops all closing:
 *   everything is held and written in order at the end, as the whole-file report.
 * - A council whose contests come back after it was closed is refused: FILE:LINE and what to do. Only a file
 *   grouped by council for more than `holdRows` rows and then not can do that.
 */
export class TallyReportStream {
  private readonly open: CouncilGroup[] = [];
  private readonly groups = new Map<string | null, CouncilGroup>();
  /** Councils closed and written out: their names only. */
  private readonly closed = new Set<string | null>();
  private current: CouncilGroup | undefined;
  private grouped = true;
  private heldRows = 0;
  private named = 0;
  private plurality = false;
  private stv = false;
  private turnout = false;
  /** The comparison's volatility per council, by council (made when the first council's totals are written). */
  private volatility: Map<string, number | null> | undefined;

  constructor(
    private readonly emit: (block: Block) => void,
    private readonly options: TallyReportOptions,
  ) {}

  add(contest: ContestTally): void {
    if (contest.system === 'stv') this.stv = true;
    else this.plurality = true;
    if (contest.turnout !== null) this.turnout = true;
    let group = this.groups.get(contest.council);
    if (group === undefined) {
      if (this.closed.has(contest.council)) {
        // results: big.csv:400123: contests of "Worcester" appear again after its party totals were written ...
        throw new DataError(
          contest.origin,
          `contests of ${contest.council === null ? 'no council' : JSON.stringify(contest.council)} appear again after its party totals ` +
            `were written out (a table is written council by council once ${formatCount(this.options.holdRows)} rows of later councils ` +
            'are held); sort the file by council, or use --format json',
        );
      }
      group = { council: contest.council, held: [], rows: 0 };
      this.open.push(group);
      this.groups.set(contest.council, group);
      if (contest.council !== null) this.named += 1;
    } else if (group !== this.current) {
      this.grouped = false;
    }
    this.current = group;
    if (group === this.open[0]) {
      this.emit(this.contestBlock(contest));
    } else {
      group.held.push(contest);
      group.rows += contest.candidates.length;
      this.heldRows += contest.candidates.length;
      this.closeFinished();
    }
  }

  /** The rest, in order, then the party totals of all; returns the footer lines. */
  end(summary: TallySummary, election: ReadAccount): string[] {
    while (this.open.length > 0) this.closeOldest();
    const { colour, comparison } = this.options;
    const councils = summary.councils;
    const title =
      councils.length === 1 ? `${councils[0]!.council}: party totals` : councils.length > 1 ? 'All councils: party totals' : 'Party totals';
    const overallBlock = totalsBlock(title, summary.parties, colour, councils.length > 1 ? 'All councils' : undefined, summary, comparison);
    this.emit({ ...overallBlock, notes: [...overallBlock.notes, proportionalityNote(summary.parties, comparison?.volatility.overall)] });
    return [
      // The share method and the majority apply to plurality contests; an STV count has conventions of its own.
      ...(this.plurality ? [`Shares: ${shareMethodText[this.options.shareMethod]}.`] : []),
      ...(this.stv ? [`STV: ${stvSharesText}.`] : []),
      ...(this.plurality ? [`Majority: ${majorityText}.`] : []),
      ...(this.turnout ? [`Turnout: ${turnoutText}.`] : []),
      `Proportionality: ${proportionalityText}.`,
      rowsText(election.rows, election.sources),
      ...(comparison
        ? [
            `Compared with: ${comparison.previousSources.join(', ')}. Baseline: ${baselineText['last-fought']}.`,
            `Change in share: the same share method in both elections, over matched contests polled both times. ${matchedText(comparison.matching)}`,
          ]
        : []),
    ];
  }

  private contestBlock(contest: ContestTally): Block {
    return contestBlock(contest, this.options.colour, contest.council ?? undefined, this.options.comparison);
  }

  /** Closes the oldest councils while the input has moved past them and too many rows are held. */
  private closeFinished(): void {
    while (this.grouped && this.heldRows > this.options.holdRows && this.open[0] !== this.current && this.closable(this.open[0]!)) {
      this.closeOldest();
    }
  }

  /** A named council's totals are written only when there is more than one council: known once a second one is seen. */
  private closable(group: CouncilGroup): boolean {
    return group.council === null || this.named > 1;
  }

  /** Writes the oldest council's totals (its contests are written), then the held contests of the next. */
  private closeOldest(): void {
    const group = this.open.shift()!;
    if (group.council !== null && this.named > 1) {
      const totals = this.options.councilTotals(group.council);
      if (totals !== undefined) this.emit(this.councilBlock(totals));
    }
    this.groups.delete(group.council);
    this.closed.add(group.council);
    const next = this.open[0];
    if (next === undefined) return;
    for (const contest of next.held) this.emit(this.contestBlock(contest));
    this.heldRows -= next.rows;
    next.held.length = 0;
    next.rows = 0;
  }

  private councilBlock(totals: CouncilTotals): Block {
    const { colour, comparison } = this.options;
    const block = totalsBlock(`${totals.council}: party totals`, totals.parties, colour, totals.council);
    let volatility: number | null | undefined;
    if (comparison !== undefined) {
      // By name from a Map made once: a search of the list for each council was quadratic in councils.
      this.volatility ??= new Map(comparison.volatility.councils.map((c) => [c.council, c.volatility]));
      volatility = this.volatility.get(totals.council) ?? null;
    }
    return { ...block, notes: [...block.notes, proportionalityNote(totals.parties, volatility)] };
  }
}

function contestBlock(contest: ContestTally, colour: PartyColour, section: string | undefined, comparison?: TallyComparison): Block {
  const previous = comparedContest(comparison, contest);
  const rows = contest.candidates.map((candidate) => ({
    cells: [
      candidate.name,
      partyLabel(candidate),
      candidate.votes,
      candidate.share,
      candidate.elected === true ? 'elected' : candidate.elected === null ? (contest.tieForLastSeat ? 'tied' : '?') : '',
    ],
    colour: colour(candidate.party),
    strong: candidate.elected === true,
  }));
  return {
    kind: 'contest',
    ...(section !== undefined ? { section } : {}),
    heading: headline(contest, colour, previous?.gains?.result ?? null),
    contest: { majorityShare: contest.majorityShare, changedHands: previous?.gains?.result?.kind === 'gain' },
    table: { columns: candidateColumns, rows },
    notes: [
      contestNote(contest),
      ...(previous === null
        ? []
        : previous.shares === null
          ? ['no previous contest matched: no result or change in share']
          : [shareChangeNote(previous.shares)]),
    ],
  };
}

/**
 * The party as the ward table shows it: the description as written (a joint "Labour and Co-operative
 * Party" stays visible), but the canonical name where the file uses a short code ("C", "Lab").
 */
function partyLabel(candidate: ContestTally['candidates'][number]): string {
  const written = candidate.description.trim();
  if (written === '' || written.length <= 5 || written === candidate.partyCode) return candidate.party;
  return written;
}

/** "change in share: Green +38.2, Conservative -7.1, UKIP new, Liberal Democrats -8.7" */
function shareChangeNote(changes: readonly ShareChange[]): string {
  const label = (c: ShareChange) => (c.candidate === null ? c.party : `${c.party} (${c.candidate})`);
  return `change in share: ${changes.map((c) => `${label(c)} ${c.stoodBefore ? formatChange(c.change) : 'new'}`).join(', ')}`;
}

/**
 * The contest in one line of words (with a previous result, the result line replaces the winners):
 *   Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)
 *   Battenhall: Green, majority 194 (1,081 vs 887)
 *   Warndon: Labour 2, majority 241 (454 vs 213)
 *   St Mary's: Independent 3 unopposed
 */
export function headline(contest: ContestTally, colour: PartyColour, result: ContestResult | null = null): Span[] {
  const spans: Span[] = [text(`${contest.area}: `, undefined, true)];
  if (contest.status === 'cancelled') return [...spans, text('poll cancelled')];
  const winners = electedParties(contest);
  if (result !== null) spans.push(text(result.text, colour(result.party), true));
  else
    winners.forEach((winner, i) => {
      if (i > 0) spans.push(text(', '));
      spans.push(text(winner.party, colour(winner.party), true));
      if (contest.seats > 1) spans.push(text(` ${winner.seats}`));
    });
  const unfilled = contest.unfilledSeats > 0 ? `, ${plural(contest.unfilledSeats, 'seat')} unfilled (fewer candidates than seats)` : '';
  if (contest.status === 'uncontested') {
    spans.push(text(winners.length === 0 ? 'no candidates elected' : ` unopposed${unfilled}`));
    return spans;
  }
  if (unfilled !== '') spans.push(text(unfilled.slice(winners.length > 0 ? 0 : 2)));
  if (contest.warnings.some((w) => w.code === 'winners-unknown')) {
    spans.push(text(`${plural(contest.seats, 'seat')}, winners not in the file (one vote figure per party, not per candidate)`));
    return spans;
  }
  if (contest.system === 'stv') {
    spans.push(
      text(
        contest.votesMissing
          ? ' (STV: elected as the file says; no votes in the file)'
          : contest.electedFrom === 'file'
            ? ' (STV: elected on transfers; first preferences shown)'
            : ' (STV: winners not in the file)',
      ),
    );
    return spans;
  }
  const undecided = contest.candidates.filter((c) => c.elected === null);
  if (undecided.length > 0) {
    const open = contest.seats - contest.candidates.filter((c) => c.elected === true).length;
    spans.push(
      text(
        `${winners.length > 0 ? ', ' : ''}${open === 1 ? '1 seat' : `${open} seats`} undecided: ` +
          `${undecided.map((c) => `${c.name} (${c.party})`).join(', ')} tie on ${formatCount(undecided[0]!.votes)}`,
      ),
    );
    return spans;
  }
  if (winners.length === 0 && contest.candidates.length > 0) {
    // A poll with nobody marked elected: say so rather than print an empty winner.
    spans.push(text(`no winner in the file (0 of ${plural(contest.seats, 'seat')} marked elected)`));
    return spans;
  }
  if (contest.majority === null) {
    if (contest.electedFrom === 'file' && contest.candidates.some((c) => c.elected === false)) {
      spans.push(text(' (elected as the file says; not in vote order, so no majority)'));
    }
    return spans;
  }
  const lastElected = smallest(contest.candidates.filter((c) => c.elected === true).map((c) => c.votes ?? 0));
  const firstUnelected = largest(contest.candidates.filter((c) => c.elected === false).map((c) => c.votes ?? 0));
  if (contest.tieForLastSeat) {
    spans.push(text(`, majority 0 (tie at ${formatCount(lastElected)}, decided by lot)`));
  } else {
    spans.push(text(`, majority ${formatCount(contest.majority)} (${formatCount(lastElected)} vs ${formatCount(firstUnelected)})`));
  }
  return spans;
}

/** The parties of the elected, in order of their first seat, with their seats (a Map: a ward may elect thousands unopposed). */
function electedParties(contest: ContestTally): { party: string; seats: number }[] {
  const parties = new Map<string, { party: string; seats: number }>();
  for (const candidate of contest.candidates) {
    if (candidate.elected !== true) continue;
    const entry = parties.get(candidate.party);
    if (entry) entry.seats += 1;
    else parties.set(candidate.party, { party: candidate.party, seats: 1 });
  }
  return [...parties.values()];
}

function contestNote(contest: ContestTally): string {
  const parts: string[] = [];
  if (contest.status === 'uncontested') parts.push(`returned unopposed: no poll, left out of vote totals and shares`);
  if (contest.votesMissing) parts.push('a poll was held but the file gives no votes: left out of vote totals and shares');
  if (contest.quota !== null) parts.push(`quota ${formatCount(contest.quota)}`);
  if (contest.validVotes !== null) {
    if (contest.seats === 1 || contest.validVotes === contest.votesCast) {
      parts.push(`valid votes ${formatCount(contest.validVotes)}`);
    } else {
      parts.push(
        `${plural(contest.seats, 'seat')}: votes cast ${formatCount(contest.votesCast)}, share base ${formatCount(contest.validVotes)}`,
      );
    }
  }
  if (contest.majority !== null) parts.push(`majority ${formatCount(contest.majority)} (${formatShare(contest.majorityShare)})`);
  if (contest.turnout !== null) parts.push(`turnout ${formatShare(contest.turnout)}`);
  if (contest.rejected !== null) parts.push(`rejected ${formatCount(contest.rejected)}`);
  return parts.join(' · ');
}

function totalsBlock(
  title: string,
  parties: readonly PartyTotal[],
  colour: PartyColour,
  section: string | undefined,
  overall?: TallySummary,
  comparison?: TallyComparison,
): Block {
  const withChange = overall !== undefined && comparison !== undefined;
  const change = (party: string) => {
    const found = comparison?.overallShares.find((c) => c.party === party && c.candidate === null);
    return found === undefined ? null : found.stoodBefore ? found.change : 'new';
  };
  const net = (party: string) => {
    const found = comparison?.seats.find((s) => s.party === party);
    return found === undefined ? null : found.net;
  };
  const table: ReportTable = {
    columns: withChange
      ? [...partyColumns, { key: 'change', label: 'Change', type: 'change' }, { key: 'netSeats', label: 'Net seats', type: 'net' }]
      : partyColumns,
    rows: parties.map((p) => ({
      cells: [p.party, p.candidates, p.votes, p.share, p.seats, ...(withChange ? [change(p.party), net(p.party)] : [])],
      colour: colour(p.party),
    })),
  };
  const notes: string[] = [];
  if (overall) {
    const { totals } = overall;
    notes.push(
      [
        plural(totals.contests, 'contest'),
        plural(totals.seats, 'seat'),
        `valid votes ${formatCount(totals.validVotes)}`,
        ...(totals.uncontested > 0 ? [`${totals.uncontested} returned unopposed`] : []),
        ...(totals.undecidedSeats > 0 ? [`${plural(totals.undecidedSeats, 'seat')} undecided (the file does not say who won)`] : []),
        ...(totals.unfilledSeats > 0 ? [`${plural(totals.unfilledSeats, 'seat')} unfilled (fewer candidates than seats)`] : []),
        ...(totals.electedBeyondSeats > 0 ? [`${totals.electedBeyondSeats} more marked elected than seats`] : []),
      ].join(' · '),
    );
  }
  return { kind: 'totals', ...(section !== undefined ? { section } : {}), heading: [text(title, undefined, true)], table, notes };
}

/**
 * "Gallagher index 11.8 · effective parties 3.1 by votes, 2.4 by seats (Laakso-Taagepera)", and with a previous
 * election "· Pedersen volatility 4.2": the indices in points, as their authors print them.
 */
function proportionalityNote(parties: readonly PartyTotal[], volatility: number | null | undefined): string {
  const { gallagher, effectiveParties } = proportionalityOf(parties);
  const number = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
  return [
    `Gallagher index ${gallagher === null ? 'n/a' : formatPoints(gallagher)}`,
    `effective parties ${number(effectiveParties.votes)} by votes, ${number(effectiveParties.seats)} by seats (Laakso-Taagepera)`,
    ...(volatility !== undefined
      ? [`Pedersen volatility ${volatility === null ? 'n/a (no contest matched in the previous file)' : formatPoints(volatility)}`]
      : []),
  ].join(' · ');
}

function rowsText(rows: RowAccount, sources: readonly string[]): string {
  const from = sources.length === 1 ? sources[0] : `${sources.length} files`;
  const aside = rows.setAside.map((s) => `${setAsideText(s)}, first at ${s.origin.file}:${s.origin.line}`);
  const filtered = rows.filtered > 0 ? `, ${rows.filtered} in contests not selected` : '';
  return `Rows: ${rows.read} read from ${from}, ${rows.used} used${filtered}${aside.length > 0 ? `, set aside: ${aside.join('; ')}` : ''}.`;
}

/** "2 rows (blank)": how many rows were set aside for one reason. */
export function setAsideText(setAside: SetAside): string {
  return `${plural(setAside.count, 'row')} (${setAside.reason})`;
}
