/** `results targets`: a party's target (or defence) list and the swing to a majority; report, CSV, `results.targets/1`. */
import { plural } from '../errors';
import type { Warning } from '../core/model';
import type { MajorityPath, TargetList, TargetSeat } from '../core/targets';
import type { PartyInfo } from './comparison';
import { shareMethodText } from './conventions';
import { warningDocument } from './document';
import type { Block, Column, Report, ReportTable } from './report';
import { text } from './report';

export const targetsSchema = 'results.targets/1';

/** What the swing needed means, for the footer and JSON `conventions`. */
export const swingNeededText =
  "half the gap in share between the seat's holder and the challenger's best candidate: the Butler swing (domain-rules.md §3.1) that closes it";
export const multiMemberText =
  'multi-member wards: the seat at stake is the last elected seat the party does not hold (defending: its own last elected), against the best unelected candidate (domain-rules.md §1.2); one seat a contest';

/** Said where a council file is read without --before: the seats not up decide a majority and are not in the file. */
export const councilMajorityHint =
  'the majority each council needs: give --before COMPOSITION (the seats not up are not in the file), with --previous or --all-out as for results council';

/** A swing to two decimals, as target lists print it (0.11 for Bury North's 0.11 points). */
export function formatSwingPoints(value: number): string {
  return (value * 100).toFixed(2);
}

/** What a list is, in words: "Labour targets" or "Labour defence". */
function listTitle(list: TargetList): string {
  return list.kind === 'attack' ? `${list.party} targets` : `${list.party} defence`;
}

/**
 * The way to a majority in one line:
 *   "Labour needs 124 more seats for a majority (326 of 650): a 10.52-point swing from Conservative, taking Foo (target 124)"
 *   "Conservative has a majority: 365 of 650 seats (326 needed)"
 *   "Green needs 10 more seats for a majority on Worcester (18 of 35), more than the 3 it could gain here"
 */
export function majorityText(party: string, path: MajorityPath): string {
  const body = path.council === null ? '' : ` on ${path.council}`;
  if (path.seatsNeeded === 0)
    return `${party} has a majority${body}: ${path.seats} of ${path.totalSeats} seats (${path.majorityThreshold} needed)`;
  const needs = `${party} needs ${plural(path.seatsNeeded, 'more seat')} for a majority${body} (${path.majorityThreshold} of ${path.totalSeats})`;
  if (path.pivot === null) return `${needs}, more than the ${path.targets} it could gain here`;
  const where = path.pivot.council === null || path.council !== null ? path.pivot.area : `${path.pivot.area} (${path.pivot.council})`;
  const points = formatSwingPoints(path.pivot.swing);
  return `${needs}: ${article(points)} ${points}-point swing from ${path.pivot.holder}, taking ${where} (target ${path.seatsNeeded})`;
}

/** "a 2.10-point swing", "an 8.56-point swing", "an 11.20-point swing": the article as the number is read aloud. */
function article(points: string): string {
  const whole = points.split('.')[0] ?? '';
  return whole.startsWith('8') || whole === '11' || whole === '18' ? 'an' : 'a';
}

function columns(list: TargetList, withCouncil: boolean): Column[] {
  return [
    { key: 'rank', label: 'Rank', type: 'count' },
    ...(withCouncil ? [{ key: 'council', label: 'Council', type: 'text' as const }] : []),
    { key: 'area', label: 'Contest', type: 'text' },
    list.kind === 'attack' ? { key: 'holder', label: 'Holder', type: 'party' } : { key: 'challenger', label: 'Challenger', type: 'party' },
    { key: 'position', label: `${list.party} place`, type: 'count' },
    { key: 'majority', label: 'Majority', type: 'count' },
    { key: 'margin', label: list.kind === 'attack' ? `${list.party} behind` : `${list.party} ahead`, type: 'count' },
    { key: 'swing', label: 'Swing needed', type: 'text' },
  ];
}

function targetRow(list: TargetList, seat: TargetSeat, rank: number, withCouncil: boolean, info: PartyInfo) {
  const opponent = list.kind === 'attack' ? seat.holder : seat.challenger;
  return {
    cells: [
      rank,
      ...(withCouncil ? [seat.council] : []),
      seat.area,
      opponent,
      seat.position,
      seat.majority,
      seat.margin,
      formatSwingPoints(seat.swing),
    ],
    colour: info.colour(opponent),
  };
}

export function targetsReport(list: TargetList, top: number | null, info: PartyInfo, sources: readonly string[]): Report {
  const shown = top === null ? list.seats : list.seats.slice(0, top);
  const withCouncil = list.seats.some((s) => s.council !== null);
  const blocks: Block[] = [
    {
      heading: [
        text(`${listTitle(list)}: `, info.colour(list.party), true),
        text(
          list.kind === 'attack'
            ? `${plural(list.seats.length, 'seat')} ${list.party} could gain, smallest swing first`
            : `${plural(list.seats.length, 'seat')} ${list.party} holds, smallest swing to lose first`,
        ),
      ],
      table: { columns: columns(list, withCouncil), rows: shown.map((s, i) => targetRow(list, s, i + 1, withCouncil, info)) },
      notes: [
        ...(shown.length < list.seats.length ? [`the first ${shown.length} of ${list.seats.length} (--top)`] : []),
        ...list.majorities.map((m) => majorityText(list.party, m)),
        ...(list.majorities.length === 0 && withCouncil ? [councilMajorityHint] : []),
      ],
    },
  ];
  if (list.leftOut.length > 0) {
    blocks.push({
      heading: [text('Not on the list', undefined, true)],
      table: null,
      notes: list.leftOut.map(
        (l) => `${plural(l.contests, 'contest')}: ${l.reason} (${l.examples.join(', ')}${l.contests > l.examples.length ? ', ...' : ''})`,
      ),
    });
  }
  return {
    blocks,
    footer: [
      `Swing needed: ${swingNeededText}.`,
      `Shares: ${shareMethodText[list.shareMethod]}; ${multiMemberText}.`,
      list.kind === 'attack'
        ? `Seats ${list.party} holds are on its defence list (--defend): ${list.notApplicable}.`
        : `Contests ${list.party} does not hold are on its target list: ${list.notApplicable}.`,
      `Read: ${sources.join(', ')}.`,
    ],
  };
}

const csvKeys = [
  'rank',
  'council',
  'area',
  'code',
  'seats',
  'holder',
  'holderCandidate',
  'challenger',
  'challengerCandidate',
  'position',
  'holderShare',
  'challengerShare',
  'margin',
  'majority',
  'swing',
] as const;

export function targetsCsv(list: TargetList, top: number | null): ReportTable {
  const shown = top === null ? list.seats : list.seats.slice(0, top);
  return {
    columns: csvKeys.map((key) => ({ key, label: key, type: 'text' as const })),
    rows: shown.map((s, i) => ({
      cells: [
        i + 1,
        s.council,
        s.area,
        s.code,
        s.seats,
        s.holder,
        s.holderCandidate,
        s.challenger,
        s.challengerCandidate,
        s.position,
        s.holderShare,
        s.challengerShare,
        s.margin,
        s.majority,
        s.swing,
      ],
    })),
  };
}

function seatDocument(seat: TargetSeat, rank: number, info: PartyInfo) {
  return {
    rank,
    council: seat.council,
    area: seat.area,
    code: seat.code,
    seats: seat.seats,
    holder: seat.holder,
    holderCode: info.code(seat.holder),
    holderCandidate: seat.holderCandidate,
    challenger: seat.challenger,
    challengerCode: info.code(seat.challenger),
    challengerCandidate: seat.challengerCandidate,
    position: seat.position,
    holderShare: seat.holderShare,
    challengerShare: seat.challengerShare,
    margin: seat.margin,
    majority: seat.majority,
    swing: { from: seat.holder, to: seat.challenger, value: seat.swing },
    file: seat.origin.file,
    line: seat.origin.line,
  };
}

/** The `results.targets/1` document. */
export function targetsJson(
  list: TargetList,
  top: number | null,
  warnings: readonly Warning[],
  info: PartyInfo,
  sources: readonly string[],
) {
  const shown = top === null ? list.seats : list.seats.slice(0, top);
  return {
    schema: targetsSchema,
    shareMethod: list.shareMethod,
    party: list.party,
    partyCode: info.code(list.party),
    kind: list.kind,
    conventions: { swing: swingNeededText, shareMethod: shareMethodText[list.shareMethod], multiMember: multiMemberText },
    sources,
    warnings: warnings.map(warningDocument),
    targets: shown.map((s, i) => seatDocument(s, i + 1, info)),
    /** Seats on the whole list (before --top). */
    listed: list.seats.length,
    notApplicable: list.notApplicable,
    leftOut: list.leftOut,
    control: list.majorities.map((m) => ({
      council: m.council,
      totalSeats: m.totalSeats,
      majorityThreshold: m.majorityThreshold,
      seats: m.seats,
      seatsNeeded: m.seatsNeeded,
      controlNow: m.controlNow,
      targets: m.targets,
      pivot: m.pivot === null ? null : seatDocument(m.pivot, m.seatsNeeded, info),
      text: majorityText(list.party, m),
    })),
  };
}

/** The `results.targets/1` document as the library returns it and the CLI writes it. */
export type TargetsDocument = ReturnType<typeof targetsJson>;
