/** `results council`: composition before and after, control and its change; report, CSV, `results.council/1`. */
import type { CouncilComparison, CouncilControl, CouncilResult, DefendedFrom } from '../core/council';
import type { Warning } from '../core/model';
import type { PartyInfo } from './comparison';
import type { Block, Column, Report, ReportTable } from './report';
import { text } from './report';
import { warningDocument } from './document';
import { plural } from '../errors';
import { effectiveNumberOfParties } from '../core/proportionality';

/**
 * Control and its change in words (domain-rules.md §5, judged against eve-of-poll control):
 * "Labour hold", "Conservative lose to NOC", "Labour gain from NOC", "Labour gain from Conservative", "NOC no change".
 */
export function controlText(control: Pick<CouncilControl, 'before' | 'after'>): string {
  const { before, after } = control;
  if (before === after) return before === null ? 'NOC no change' : `${before} hold`;
  if (after === null) return `${before} lose to NOC`;
  return `${after} gain from ${before ?? 'NOC'}`;
}

const compositionColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'before', label: 'Before', type: 'count' },
  { key: 'defended', label: 'Defended', type: 'count' },
  { key: 'won', label: 'Won', type: 'count' },
  { key: 'after', label: 'After', type: 'count' },
  { key: 'change', label: 'Change', type: 'net' },
];

const defendedText: Record<DefendedFrom, string> = {
  'all-out': 'all out: every seat was up, so the composition after is the seats won',
  'defending-column': 'seats defended: the defending column (eve of poll)',
  'previous-election':
    'seats defended: ASSUMED to be the winners when the seats were last fought (--previous); defections and by-elections since are not known',
};

/**
 * The effective number of parties by seats (Laakso-Taagepera, core/proportionality.ts) of the whole council before
 * and after; the votes behind the seats up (Gallagher, by votes) are in `results tally` of the same file.
 */
function compositionFragmentation(council: CouncilResult) {
  const shares = (seats: readonly number[]) => {
    const total = seats.reduce((a, b) => a + b, 0);
    return total > 0 ? effectiveNumberOfParties(seats.map((n) => n / total)) : null;
  };
  return {
    effectiveParties: {
      seatsBefore: shares(council.composition.map((r) => r.before)),
      seatsAfter: shares(council.composition.map((r) => r.after)),
    },
  };
}

function councilBlock(council: CouncilResult, info: PartyInfo): Block {
  const largest =
    council.control.largestParty !== null
      ? `largest party ${council.control.largestParty} (${council.composition.find((r) => r.party === council.control.largestParty)?.after ?? 0})`
      : `largest parties tied: ${council.control.largestParties.join(', ')}`;
  return {
    heading: [
      text(`${council.council ?? 'Council'}: `, undefined, true),
      text(controlText(council.control), info.colour(council.control.after ?? council.control.before ?? ''), true),
    ],
    table: {
      columns: compositionColumns,
      rows: council.composition.map((r) => ({
        cells: [r.party, r.before, r.defended, r.won, r.after, r.change],
        colour: info.colour(r.party),
      })),
    },
    notes: [
      `${plural(council.totalSeats, 'seat')}, ${council.majorityThreshold} for a majority (floor(N/2)+1); ${council.seatsUp} up for election; ${largest}` +
        (council.control.after === null ? `, ${council.control.seatsShort} short of a majority` : ''),
      defendedText[council.defendedFrom],
      fragmentationNote(compositionFragmentation(council)),
    ],
  };
}

function fragmentationNote(fragmentation: ReturnType<typeof compositionFragmentation>): string {
  const number = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
  const { seatsBefore, seatsAfter } = fragmentation.effectiveParties;
  return `effective parties by seats (Laakso-Taagepera, 1 / sum share^2): ${number(seatsBefore)} before, ${number(seatsAfter)} after`;
}

export function councilReport(result: CouncilComparison, info: PartyInfo, sources: string): Report {
  const blocks = result.councils.map((c) => councilBlock(c, info));
  if (result.councils.length > 1) {
    blocks.push({
      section: 'All councils',
      heading: [text(`Control after: ${result.councils.length} councils`, undefined, true)],
      table: {
        columns: [
          { key: 'control', label: 'Control', type: 'party' },
          { key: 'councils', label: 'Councils', type: 'count' },
          { key: 'change', label: 'Change', type: 'net' },
        ],
        rows: result.summary.controlled.map((c) => ({
          cells: [c.party ?? 'NOC', c.councils, c.change],
          colour: c.party ? info.colour(c.party) : null,
        })),
      },
      notes: result.summary.changes.map((c) => `${c.council}: ${controlText(c)}`),
    });
  }
  return {
    blocks,
    footer: [
      `Compared: ${sources}.`,
      'Composition after = before − seats defended + seats won; control is judged against the eve-of-poll composition (domain-rules.md §5).',
    ],
  };
}

const csvColumns: readonly Column[] = [
  'council',
  'totalSeats',
  'majorityThreshold',
  'party',
  'partyCode',
  'before',
  'defended',
  'won',
  'after',
  'change',
  'controlBefore',
  'controlAfter',
  'control',
].map((key) => ({ key, label: key, type: 'text' as const }));

export function councilCsv(result: CouncilComparison, info: PartyInfo): ReportTable {
  return {
    columns: csvColumns,
    rows: result.councils.flatMap((c) =>
      c.composition.map((r) => ({
        cells: [
          c.council,
          c.totalSeats,
          c.majorityThreshold,
          r.party,
          info.code(r.party),
          r.before,
          r.defended,
          r.won,
          r.after,
          r.change,
          c.control.before,
          c.control.after,
          controlText(c.control),
        ],
      })),
    ),
  };
}

/** The `results.council/1` document (design.md). */
export function councilJson(result: CouncilComparison, warnings: readonly Warning[], info: PartyInfo, sources: readonly string[]) {
  return {
    schema: 'results.council/1' as const,
    warnings: warnings.map(warningDocument),
    sources,
    councils: result.councils.map((c) => ({
      council: c.council,
      totalSeats: c.totalSeats,
      majorityThreshold: c.majorityThreshold,
      seatsUp: c.seatsUp,
      defendedFrom: c.defendedFrom,
      composition: c.composition.map((r) => ({
        party: r.party,
        partyCode: info.code(r.party),
        before: r.before,
        defended: r.defended,
        won: r.won,
        after: r.after,
        change: r.change,
      })),
      control: {
        before: c.control.before,
        after: c.control.after,
        largestParty: c.control.largestParty,
        largestParties: c.control.largestParties,
        seatsShort: c.control.seatsShort,
        text: controlText(c.control),
      },
      proportionality: compositionFragmentation(c),
    })),
    summary: {
      controlled: result.summary.controlled,
      changes: result.summary.changes.map((c) => ({ ...c, text: controlText(c) })),
    },
  };
}

/** The `results.council/1` document as the library returns it and the CLI writes it (one contract). */
export type CouncilDocument = ReturnType<typeof councilJson>;
