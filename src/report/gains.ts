/** `results gains`: holds and gains per contest, net seats per party, who gained from whom; report, CSV, `results.gains/1`. */
import { plural } from '../errors';
import type { ContestGains, GainsComparison, GainsSummary } from '../core/gains';
import type { Contest, Warning } from '../core/model';
import type { Matching } from '../core/match';
import { baselineText, matchedText, notComparedBlocks, unmatchedJson, type PartyInfo } from './comparison';
import type { Block, Column, Report, ReportTable } from './report';
import { text } from './report';
import { warningDocument } from './document';
import { append, groupBy } from '../core/arrays';

/** A seat count with its sign: +1, -2, 0. */
const contestColumns: readonly Column[] = [
  { key: 'area', label: 'Area', type: 'text' },
  { key: 'before', label: 'Before', type: 'text' },
  { key: 'after', label: 'After', type: 'text' },
  { key: 'result', label: 'Result', type: 'text' },
];

const partyColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'seatsBefore', label: 'Before', type: 'count' },
  { key: 'seatsAfter', label: 'After', type: 'count' },
  { key: 'gains', label: 'Gains', type: 'count' },
  { key: 'losses', label: 'Losses', type: 'count' },
  { key: 'net', label: 'Net', type: 'net' },
];

const matrixColumns: readonly Column[] = [
  { key: 'to', label: 'Gained by', type: 'party' },
  { key: 'from', label: 'From', type: 'party' },
  { key: 'seats', label: 'Seats', type: 'count' },
];

function seatsText(parties: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const p of parties) counts.set(p, (counts.get(p) ?? 0) + 1);
  return [...counts].map(([p, n]) => (parties.length > 1 ? `${p} ${n}` : p)).join(', ');
}

function summaryBlocks(title: string, summary: GainsSummary, info: PartyInfo, section?: string): Block[] {
  const s = section !== undefined ? { section } : {};
  return [
    {
      ...s,
      heading: [text(`${title}: seats`, undefined, true)],
      table: {
        columns: partyColumns,
        rows: summary.parties.map((p) => ({
          cells: [p.party, p.seatsBefore, p.seatsAfter, p.gains, p.losses, p.net],
          colour: info.colour(p.party),
        })),
      },
      notes: [],
    },
    {
      ...s,
      heading: [text(`${title}: who gained from whom`, undefined, true)],
      table:
        summary.matrix.length === 0
          ? null
          : {
              columns: matrixColumns,
              rows: summary.matrix.map((m) => ({
                cells: [m.party, m.from ?? '(no previous holder)', m.seats],
                colour: info.colour(m.party),
              })),
            },
      notes: summary.matrix.length === 0 ? ['no seat changed hands'] : [],
    },
  ];
}

export function gainsReport(result: GainsComparison, matching: Matching<Contest> | null, info: PartyInfo, sources: string): Report {
  const blocks: Block[] = [];
  // Grouped in one pass, and each council's summary found by name: a filter and a search per council were
  // quadratic in councils (8,000 councils against themselves: the table took 20 s).
  const summaries = new Map(result.councils.map((c) => [c.council, c]));
  for (const [council, contests] of groupBy(result.contests, (c) => c.council)) {
    blocks.push({
      ...(council !== null ? { section: council } : {}),
      heading: [text(`${council ?? 'Contests'}: ${plural(contests.length, 'contest')}`, undefined, true)],
      table: {
        columns: contestColumns,
        rows: contests.map((c) => ({
          cells: [c.area, seatsText(c.before), seatsText(c.after), c.result.text],
          colour: info.colour(c.result.party),
          strong: c.result.kind === 'gain',
        })),
      },
      notes: [],
    });
    const own = council === null ? undefined : summaries.get(council);
    if (own) append(blocks, summaryBlocks(council!, own, info, council!));
  }
  append(
    blocks,
    summaryBlocks(
      result.councils.length > 1 ? 'All councils' : 'Overall',
      result,
      info,
      result.councils.length > 1 ? 'All councils' : undefined,
    ),
  );
  append(blocks, notComparedBlocks(matching ?? null, result.leftOut, 'Left out'));
  return {
    blocks,
    footer: [
      `Compared: ${sources}.`,
      `Baseline: ${baselineText[result.baseline]}.`,
      'Multi-member wards are compared as seats per party; where several parties lost seats, gains are paired with losses largest first.',
      ...(matching ? [matchedText(matching)] : []),
    ],
  };
}

const csvColumns: readonly Column[] = ['council', 'area', 'code', 'before', 'after', 'kind', 'party', 'from', 'text'].map((key) => ({
  key,
  label: key,
  type: 'text' as const,
}));

/** One row per contest; seats before/after joined with ";". */
export function gainsCsv(result: GainsComparison): ReportTable {
  return {
    columns: csvColumns,
    rows: result.contests.map((c) => ({
      cells: [
        c.council,
        c.area,
        c.code,
        c.before.join(';'),
        c.after.join(';'),
        c.result.kind,
        c.result.party,
        c.result.from,
        c.result.text,
      ],
    })),
  };
}

export function contestResultJson(c: Pick<ContestGains, 'result'>) {
  return {
    kind: c.result.kind,
    party: c.result.party,
    from: c.result.from,
    text: c.result.text,
    gains: c.result.gains,
    holds: c.result.holds,
    independentChange: c.result.independentChange,
  };
}

function summaryJson(summary: GainsSummary, info: PartyInfo) {
  return {
    parties: summary.parties.map((p) => ({
      party: p.party,
      partyCode: info.code(p.party),
      seatsBefore: p.seatsBefore,
      seatsAfter: p.seatsAfter,
      gains: p.gains,
      losses: p.losses,
      net: p.net,
    })),
    matrix: summary.matrix.map((m) => ({ from: m.from, to: m.party, seats: m.seats })),
  };
}

/** The `results.gains/1` document (design.md). */
export function gainsJson(
  result: GainsComparison,
  matching: Matching<Contest> | null,
  warnings: readonly Warning[],
  info: PartyInfo,
  sources: { before: readonly string[]; after: readonly string[] },
) {
  return {
    schema: 'results.gains/1' as const,
    baseline: result.baseline,
    conventions: { baseline: baselineText[result.baseline] },
    warnings: warnings.map(warningDocument),
    sources,
    contests: result.contests.map((c) => ({
      council: c.council,
      area: c.area,
      code: c.code,
      before: c.before,
      after: c.after,
      result: contestResultJson(c),
      seatChanges: c.seatChanges,
    })),
    ...summaryJson(result, info),
    councils: result.councils.map((c) => ({ council: c.council, ...summaryJson(c, info) })),
    leftOut: result.leftOut,
    unmatched: matching ? unmatchedJson(matching) : { before: [], after: [] },
  };
}

/** The `results.gains/1` document as the library returns it and the CLI writes it (one contract). */
export type GainsDocument = ReturnType<typeof gainsJson>;
