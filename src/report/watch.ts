/**
 * `results watch`: the scoreboard of a count as a report (the terminal screen) and as `results.watch/1` events
 * (one JSON object a line: `declared`, `revised`, `scoreboard`, `error`). The keys are a contract for scripts:
 * add, never rename.
 */
import type { AppliedCorrection } from '../core/corrections';
import type { DeclarationEvent } from '../core/declarations';
import type { Contest, Warning } from '../core/model';
import type { FigureChange } from '../core/revision';
import type { ControlCall, CouncilScore, Projection, ResultLine, Scoreboard } from '../core/scoreboard';
import type { HemicycleData } from './charts/data';
import type { PartyInfo } from './comparison';
import { shareMethodText } from './conventions';
import { warningDocument } from './document';
import { formatChange, formatCount } from './numbers';
import type { Block, Report, Span } from './report';
import { text } from './report';
import { headline } from './tally';

export const watchSchema = 'results.watch/1';

/** How many result lines the screen and the scoreboard document carry (the latest first). */
export const latestLines = 10;

/** The projection's label, wherever it is shown: it is never a result. */
const projectionLabel = 'PROJECTION, not a result: each party’s change in share so far added to the undeclared contests’ previous results';

function lineSpans(line: ResultLine, info: PartyInfo): Span[] {
  const spans = headline(line.tally, (party) => info.colour(party), line.result);
  return line.declaration.revisions.length > 0 ? [...spans, text(' (revised)')] : spans;
}

function lineText(line: ResultLine, info: PartyInfo): string {
  return lineSpans(line, info)
    .map((s) => s.text)
    .join('');
}

/** "Labour hold" / "no overall control (settled)" / "too early to call" / "not known: ..." */
export function controlCallText(call: ControlCall): string {
  if (call.status === 'settled') return call.party === null ? 'no overall control (settled)' : `${call.party} majority (settled)`;
  if (call.status === 'too-early') return 'too early to call';
  return `control not known: ${call.reason}`;
}

function changeText(change: FigureChange): string {
  const who = change.candidate === null ? '' : `${change.candidate} `;
  const value = (v: FigureChange['before']) => (typeof v === 'number' ? formatCount(v) : String(v));
  return `${who}${change.field} ${value(change.before)} -> ${value(change.after)}`;
}

export function revisionText(changes: readonly FigureChange[]): string {
  return changes.map(changeText).join('; ');
}

/** "Declared 5 of 29 contests (from --previous); 5 of 29 seats", and how many declared contests were not expected. */
function countLine(board: Scoreboard): string {
  const seats = `${formatCount(board.seatsDeclared)}${board.seatsExpected === null ? '' : ` of ${formatCount(board.seatsExpected)}`} seats`;
  if (board.expected === null) return `Declared ${formatCount(board.declared)} contests (the contests to come are not known); ${seats}`;
  const from = board.expectedFrom === 'previous' ? '--previous' : '--expect';
  const others = board.unexpected.length > 0 ? `, and ${formatCount(board.unexpected.length)} not in ${from}` : '';
  return `Declared ${formatCount(board.declaredExpected)} of ${formatCount(board.expected)} contests (from ${from})${others}; ${seats}`;
}

function projectionNotes(projection: Projection): string[] {
  const swing = projection.swing
    .filter((s) => s.candidate === null && (s.stoodAfter || s.stoodBefore))
    .slice(0, 6)
    .map((s) => `${s.party} ${formatChange(s.change)}`)
    .join(', ');
  const notes = [
    `PROJECTION, not a result, on ${formatCount(projection.basedOn)} matched contest${projection.basedOn === 1 ? '' : 's'}: ${swing}`,
  ];
  if (projection.unprojected.length > 0) {
    notes.push(
      `not projected: ${projection.unprojected.length} contests (${projection.unprojected
        .slice(0, 3)
        .map((c) => `${c.area}: ${c.reason}`)
        .join('; ')}${projection.unprojected.length > 3 ? '; ...' : ''})`,
    );
  }
  for (const council of projection.councils) {
    const control = !council.known
      ? 'not known (unprojected seats decide it)'
      : council.control === null
        ? 'no overall control'
        : `${council.control} majority`;
    notes.push(`${council.council ?? 'council'}: projected ${control} (${council.majorityThreshold} for a majority)`);
  }
  return notes;
}

function councilBlock(council: CouncilScore, info: PartyInfo): Block {
  return {
    heading: [
      text(`${council.council ?? 'Council'}: `, undefined, true),
      text(controlCallText(council.control), council.control.status === 'settled' ? info.colour(council.control.party ?? '') : null, true),
    ],
    table:
      council.totalSeats === null
        ? null
        : {
            columns: [
              { key: 'party', label: 'Party', type: 'party' },
              { key: 'notUp', label: 'Not up', type: 'count' },
              { key: 'won', label: 'Won', type: 'count' },
              { key: 'seats', label: 'Seats', type: 'count' },
            ],
            rows: council.seats.map((p) => ({ cells: [p.party, p.notUp, p.won, p.seats], colour: info.colour(p.party) })),
          },
    notes: [
      `seats declared ${formatCount(council.seatsDeclared)}${council.seatsExpected === null ? '' : ` of ${formatCount(council.seatsExpected)}`}` +
        (council.totalSeats === null
          ? ''
          : `; council of ${council.totalSeats}, ${council.majorityThreshold} for a majority (floor(N/2)+1); ${council.seatsToCome} to come`),
    ],
  };
}

/** The screen: the count, seats per party, the latest result lines, councils, the projection. */
export function scoreboardReport(board: Scoreboard, info: PartyInfo, sources: string): Report {
  const blocks: Block[] = [];
  blocks.push({
    kind: 'totals',
    heading: [text(countLine(board), undefined, true)],
    table: {
      columns: [
        { key: 'party', label: 'Party', type: 'party' },
        { key: 'seats', label: 'Seats', type: 'count' },
        { key: 'gains', label: 'Gains', type: 'count' },
        { key: 'losses', label: 'Losses', type: 'count' },
        { key: 'votes', label: 'Votes', type: 'count' },
        { key: 'share', label: 'Share', type: 'share' },
        ...(board.projection === null ? [] : [{ key: 'projected', label: 'Projected', type: 'count' as const }]),
      ],
      rows: board.parties
        .filter((p) => p.seats > 0 || p.votes > 0 || p.losses > 0)
        .slice(0, 12)
        .map((p) => ({
          cells: [
            p.party,
            p.seats,
            p.gains,
            p.losses,
            p.votes,
            p.share,
            ...(board.projection === null ? [] : [board.projection.parties.find((q) => q.party === p.party)?.seats ?? 0]),
          ],
          colour: info.colour(p.party),
        })),
    },
    notes: board.projection === null ? [board.noProjection ?? ''] : projectionNotes(board.projection),
  });
  blocks.push({
    heading: [text('Latest results', undefined, true)],
    table: null,
    notes: board.results.slice(0, latestLines).map((line) => lineText(line, info)),
  });
  for (const council of board.councils) {
    if (council.council === null && council.control.status === 'unknown' && council.totalSeats === null) continue;
    blocks.push(councilBlock(council, info));
  }
  const footer = [`Watching ${sources}. Shares: ${shareMethodText[board.shareMethod]}.`];
  if (board.projection !== null) footer.push(`${projectionLabel} (uniform change; parties projected only where they stood last time).`);
  if (board.unexpected.length > 0)
    footer.push(
      `not in the list of contests to come: ${board.unexpected
        .map((c) => c.area)
        .slice(0, 5)
        .join(', ')}${board.unexpected.length > 5 ? ', ...' : ''}`,
    );
  return { blocks, footer };
}

function controlDocument(call: ControlCall) {
  return {
    status: call.status,
    party: call.status === 'settled' ? call.party : null,
    text: controlCallText(call),
    reason: call.status === 'unknown' ? call.reason : null,
  };
}

/** The `scoreboard` event, and the whole document of `--once --format json`. */
/** The corrections applied to a contest (none without --corrections). */
export type CorrectionsOf = (contest: Contest) => readonly AppliedCorrection[];
const noCorrections: CorrectionsOf = () => [];

export function scoreboardDocument(
  board: Scoreboard,
  info: PartyInfo,
  warnings: readonly Warning[] = board.warnings,
  correctionsOf: CorrectionsOf = noCorrections,
) {
  return {
    schema: watchSchema,
    type: 'scoreboard' as const,
    shareMethod: board.shareMethod,
    declared: board.declared,
    expected: board.expected,
    declaredExpected: board.declaredExpected,
    expectedFrom: board.expectedFrom,
    seatsDeclared: board.seatsDeclared,
    seatsExpected: board.seatsExpected,
    validVotes: board.validVotes,
    // Declared contests with a previous result: the gains, losses and the projection's swing rest on these.
    compared: board.compared,
    parties: board.parties.map((p) => ({
      party: p.party,
      partyCode: info.code(p.party),
      seats: p.seats,
      gains: p.gains,
      losses: p.losses,
      votes: p.votes,
      share: p.share,
    })),
    latest: board.results.slice(0, latestLines).map((line) => resultDocument(line, info, correctionsOf)),
    councils: board.councils.map((c) => ({
      council: c.council,
      contestsDeclared: c.contestsDeclared,
      contestsExpected: c.contestsExpected,
      seatsDeclared: c.seatsDeclared,
      seatsExpected: c.seatsExpected,
      totalSeats: c.totalSeats,
      majorityThreshold: c.majorityThreshold,
      controlBefore: c.controlBefore,
      seats: c.seats,
      seatsToCome: c.seatsToCome,
      // The party in control once it is settled (null: NOC settled, or not settled: see controlCall).
      control: c.control.status === 'settled' ? c.control.party : null,
      controlCall: controlDocument(c.control),
    })),
    projection:
      board.projection === null
        ? null
        : {
            label: projectionLabel,
            swing: board.projection.swing
              .filter((s) => s.candidate === null)
              .map((s) => ({ party: s.party, shareBefore: s.shareBefore, shareAfter: s.shareAfter, change: s.change })),
            basedOn: board.projection.basedOn,
            parties: board.projection.parties,
            control: board.projection.councils.map((c) => ({
              council: c.council,
              majorityThreshold: c.majorityThreshold,
              party: c.control,
              known: c.known,
              seats: c.seats,
            })),
            contests: board.projection.contests,
            unprojected: board.projection.unprojected,
          },
    noProjection: board.noProjection,
    undeclared: board.undeclared.map((c) => ({ council: c.council, area: c.area, seats: c.seats })),
    unexpected: board.unexpected.map((c) => ({ council: c.council, area: c.area, file: c.origin.file, line: c.origin.line })),
    warnings: warnings.map(warningDocument),
  };
}

function resultDocument(line: ResultLine, info: PartyInfo, correctionsOf: CorrectionsOf) {
  const contest = line.declaration.contest;
  return {
    council: contest.council,
    area: contest.area,
    text: lineText(line, info),
    result:
      line.result === null ? null : { kind: line.result.kind, party: line.result.party, from: line.result.from, text: line.result.text },
    majority: line.tally.majority,
    revisions: line.declaration.revisions.length,
    file: contest.origin.file,
    line: contest.origin.line,
    // Each corrected figure, with where the old one was read and where the new one comes from.
    corrections: correctionsOf(contest).map((c) => ({
      candidate: c.candidate,
      field: c.field,
      before: c.before,
      after: c.after,
      source: c.correction.source,
      file: c.correction.origin.file,
      line: c.correction.origin.line,
      resultFile: c.resultOrigin.file,
      resultLine: c.resultOrigin.line,
    })),
  };
}

/** A `declared` or `revised` event, with the result line as the board has it. */
export function declarationDocument(
  event: DeclarationEvent,
  line: ResultLine,
  info: PartyInfo,
  correctionsOf: CorrectionsOf = noCorrections,
) {
  const base = { schema: watchSchema, type: event.type, ...resultDocument(line, info, correctionsOf) };
  if (event.type === 'declared') return base;
  return {
    ...base,
    changes: event.changes.map((c) => ({ candidate: c.candidate, field: c.field, before: c.before, after: c.after })),
    changesText: revisionText(event.changes),
  };
}

/** An `error` event: a malformed declaration left out until it is fixed, or a file gone. */
export function errorDocument(message: string, file: string | null, line: number | null) {
  return { schema: watchSchema, type: 'error' as const, message, file, line };
}

export type ScoreboardDocument = ReturnType<typeof scoreboardDocument>;

/**
 * The results-night page (`--html FILE`): the scoreboard's tables, every declared result line (latest first) and
 * the seats so far as a parliament chart, with the seats still to declare drawn grey.
 */
export function scoreboardPage(
  board: Scoreboard,
  info: PartyInfo,
  sources: string,
): { title: string; report: Report; seats: HemicycleData } {
  const screen = scoreboardReport(board, info, sources);
  const [totals, , ...councils] = screen.blocks;
  const blocks: Block[] = [
    totals!,
    ...councils.map((b) => ({ ...b, kind: 'totals' as const })),
    ...board.results.map((line) => ({ kind: 'contest' as const, heading: lineSpans(line, info), table: null, notes: [] })),
  ];
  const toCome = board.seatsExpected === null ? 0 : Math.max(board.seatsExpected - board.seatsDeclared, 0);
  const parties = board.parties.filter((p) => p.seats > 0).map((p) => ({ party: p.party, colour: info.colour(p.party), seats: p.seats }));
  return {
    title: `Results night: ${countLine(board)}`,
    report: { blocks, footer: screen.footer },
    seats: {
      title: 'Seats declared so far',
      subtitle: toCome > 0 ? `${formatCount(toCome)} seats still to declare (grey)` : 'every seat declared',
      parties: toCome > 0 ? [...parties, { party: 'Still to declare', colour: '#DDDDDD', seats: toCome }] : parties,
      majorityThreshold: null,
    },
  };
}
