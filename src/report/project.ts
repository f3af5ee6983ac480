/** `results project`: seats, changes of hands and majority or control under a swing; report, CSV, `results.project/1`. */
import { plural } from '../errors';
import type { ProjectedControl, Projection, ProjectionMethod } from '../core/project';
import type { PartyInfo } from './comparison';
import { shareMethodText } from './conventions';
import { controlText } from './council';
import { warningDocument } from './document';
import { formatChange } from './numbers';
import type { Block, Column, Report, ReportTable } from './report';
import { text } from './report';

export const projectSchema = 'results.project/1';

export const methodText: Record<ProjectionMethod, string> = {
  uniform:
    "uniform: each party's change in national share (points) added to its candidates' shares in every contest it fought, floored at zero",
  proportional: "proportional: each party's candidates' shares scaled by its national share after over before",
};

export const projectionText =
  'the winners of each contest are recomputed (top N in multi-member wards); a party that did not stand in a contest gets nothing there; parties not named do not move';

/**
 * The majority or control in words:
 *   a parliament: "Conservative majority of 80", "Labour short of a majority by 73", "no majority: Labour and Conservative tie on 300"
 *   a council:    "Worcester: Labour gain from NOC" (against control after the file's own result)
 */
export function projectedControlText(control: ProjectedControl): string {
  if (control.council !== null) return `${control.council}: ${controlText(control)}`;
  if (control.after !== null) {
    const seats = control.largestSeats;
    return `${control.after} majority of ${seats - (control.totalSeats - seats)}`;
  }
  if (control.largestParties.length === 1) {
    return `${control.largestParties[0]} short of a majority by ${control.majorityThreshold - control.largestSeats}`;
  }
  return `no majority: ${control.largestParties.join(' and ')} tie on ${control.largestSeats}`;
}

function changeText(projection: Projection): string {
  return projection.national.map((n) => `${n.party} ${formatChange(n.change)}`).join(', ');
}

const nationalColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'shareBefore', label: 'Share', type: 'share' },
  { key: 'change', label: 'Change', type: 'change' },
  { key: 'shareAfter', label: 'Projected', type: 'share' },
];

const seatColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'seatsBefore', label: 'Seats', type: 'count' },
  { key: 'seats', label: 'Projected', type: 'count' },
  { key: 'change', label: 'Change', type: 'net' },
];

function changedHands(projection: Projection) {
  return projection.contests.filter((c) => c.result.kind === 'gain');
}

export function projectReport(projection: Projection, info: PartyInfo, sources: readonly string[]): Report {
  const changed = changedHands(projection);
  const blocks: Block[] = [
    {
      heading: [text(`Projection, ${projection.method} swing: `, undefined, true), text(changeText(projection))],
      table: {
        columns: nationalColumns,
        rows: projection.national.map((n) => ({ cells: [n.party, n.shareBefore, n.change, n.shareAfter], colour: info.colour(n.party) })),
      },
      notes: [],
    },
    {
      heading: [text('Seats', undefined, true)],
      table: {
        columns: seatColumns,
        rows: projection.parties.map((p) => ({ cells: [p.party, p.seatsBefore, p.seatsAfter, p.net], colour: info.colour(p.party) })),
      },
      notes: [
        ...projection.control.map(projectedControlText),
        ...(projection.control.length === 0 && projection.contests.some((c) => c.council !== null)
          ? ['control per council: give --before COMPOSITION (the seats not up are not in the file)']
          : []),
        ...(projection.undecidedSeats > 0 ? [`${plural(projection.undecidedSeats, 'seat')} undecided by a tie`] : []),
      ],
    },
    {
      heading: [text(`Changing hands: ${plural(changed.length, 'contest')}`, undefined, true)],
      table: null,
      notes: changed.map((c) => `${c.council !== null ? `${c.council}, ` : ''}${c.area}: ${c.result.text}`),
    },
  ];
  if (projection.leftOut.length > 0) {
    blocks.push({
      heading: [text('Not projected', undefined, true)],
      table: null,
      notes: projection.leftOut.map(
        (l) => `${plural(l.contests, 'contest')}: ${l.reason} (${l.examples.join(', ')}${l.contests > l.examples.length ? ', ...' : ''})`,
      ),
    });
  }
  return {
    blocks,
    footer: [
      `Method: ${methodText[projection.method]}; ${projectionText}.`,
      `Shares: ${shareMethodText[projection.shareMethod]}.`,
      `Read: ${sources.join(', ')}.`,
    ],
  };
}

const csvKeys = ['council', 'area', 'code', 'seats', 'before', 'after', 'kind', 'result'] as const;

/** One row a contest: the holders in the file and after the swing. */
export function projectCsv(projection: Projection): ReportTable {
  return {
    columns: csvKeys.map((key) => ({ key, label: key, type: 'text' as const })),
    rows: projection.contests.map((c) => ({
      cells: [c.council, c.area, c.code, c.seats, c.before.join('; '), c.after.join('; '), c.result.kind, c.result.text],
    })),
  };
}

/** The `results.project/1` document. */
export function projectJson(projection: Projection, info: PartyInfo, sources: readonly string[]) {
  return {
    schema: projectSchema,
    shareMethod: projection.shareMethod,
    method: projection.method,
    conventions: {
      method: methodText[projection.method],
      projection: projectionText,
      shareMethod: shareMethodText[projection.shareMethod],
    },
    sources,
    warnings: projection.warnings.map(warningDocument),
    national: projection.national.map((n) => ({ ...n, partyCode: info.code(n.party) })),
    parties: projection.parties.map((p) => ({
      party: p.party,
      partyCode: info.code(p.party),
      seatsBefore: p.seatsBefore,
      seats: p.seatsAfter,
      change: p.net,
      gains: p.gains,
      losses: p.losses,
    })),
    changes: changedHands(projection).map((c) => ({
      council: c.council,
      area: c.area,
      code: c.code,
      before: c.before,
      after: c.after,
      party: c.result.party,
      from: c.result.from,
      gains: c.result.gains,
      text: `${c.area}: ${c.result.text}`,
      file: c.origin.file,
      line: c.origin.line,
    })),
    control: projection.control.map((c) => ({
      council: c.council,
      totalSeats: c.totalSeats,
      majorityThreshold: c.majorityThreshold,
      before: c.before,
      after: c.after,
      largestParties: c.largestParties,
      largestSeats: c.largestSeats,
      text: projectedControlText(c),
    })),
    undecidedSeats: projection.undecidedSeats,
    leftOut: projection.leftOut,
  };
}

/** The `results.project/1` document as the library returns it and the CLI writes it. */
export type ProjectDocument = ReturnType<typeof projectJson>;
