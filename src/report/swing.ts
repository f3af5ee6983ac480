/** `results swing`: change in share and swing, as a report (table/markdown), a CSV table and `results.swing/1` JSON. */
import { plural } from '../errors';
import type { Contest, Warning } from '../core/model';
import type { Matching } from '../core/match';
import type { DirectedSwing, ShareChange, SwingComparison } from '../core/swing';
import { butlerText, matchedText, notComparedBlocks, steedText, unmatchedJson, type PartyInfo } from './comparison';
import { shareMethodText } from './conventions';
import { formatPoints } from './numbers';
import type { Block, Column, Report, ReportTable } from './report';
import { text } from './report';
import { warningDocument } from './document';
import { append } from '../core/arrays';

const shareColumns: readonly Column[] = [
  { key: 'party', label: 'Party', type: 'party' },
  { key: 'shareBefore', label: 'Before', type: 'share' },
  { key: 'shareAfter', label: 'After', type: 'share' },
  { key: 'change', label: 'Change', type: 'change' },
];

export function partyLabel(change: Pick<ShareChange, 'party' | 'candidate'>): string {
  return change.candidate === null ? change.party : `${change.party} (${change.candidate})`;
}

/** "22.7 points from Conservative to Green" */
export function swingText(swing: DirectedSwing | null): string {
  return swing === null ? 'not defined' : `${formatPoints(swing.value)} points from ${swing.from} to ${swing.to}`;
}

function sharesTable(parties: readonly ShareChange[], info: PartyInfo): ReportTable {
  return {
    columns: shareColumns,
    rows: parties.map((p) => ({
      cells: [partyLabel(p), p.stoodBefore ? p.shareBefore : null, p.stoodAfter ? p.shareAfter : null, p.stoodBefore ? p.change : 'new'],
      colour: info.colour(p.party),
    })),
  };
}

export function swingReport(result: SwingComparison, matching: Matching<Contest>, info: PartyInfo, sources: string): Report {
  const blocks: Block[] = [];
  const heading = (area: string, butler: DirectedSwing | null, steed: DirectedSwing | null) => [
    text(`${area}: `, undefined, true),
    text(`Butler swing ${swingText(butler)}; Steed swing ${swingText(steed)}`),
  ];
  blocks.push({
    heading: heading(`Overall (${plural(result.overall.contests, 'contest')})`, result.overall.butler, result.overall.steed),
    table: sharesTable(result.overall.parties, info),
    notes: [matchedText(matching)],
  });
  for (const contest of result.contests) {
    blocks.push({
      ...(contest.council !== null ? { section: contest.council } : {}),
      heading: heading(contest.area, contest.butler, contest.steed),
      table: sharesTable(contest.parties, info),
      notes: [],
    });
  }
  append(blocks, notComparedBlocks(matching, result.leftOut, 'Left out of shares and swing'));
  return {
    blocks,
    footer: [
      `Compared: ${sources}.`,
      `Shares: ${shareMethodText[result.shareMethod]}, the same method on both sides.`,
      `Swing between: ${result.pair ? `${result.pair[0]} and ${result.pair[1]} (as asked)` : 'the top two parties after, in each contest and overall'}.`,
      `${butlerText}. ${steedText}. A swing is always given with its direction and a value of 0 or more.`,
    ],
  };
}

const csvColumns: readonly Column[] = [
  'scope',
  'council',
  'area',
  'code',
  'party',
  'partyCode',
  'candidate',
  'shareBefore',
  'shareAfter',
  'change',
  'butlerFrom',
  'butlerTo',
  'butler',
  'steedFrom',
  'steedTo',
  'steed',
].map((key) => ({ key, label: key, type: 'text' as const }));

/** One row per party per contest (scope "contest"), then the overall rows (scope "overall"); fractions. */
export function swingCsv(result: SwingComparison): ReportTable {
  const rows = (
    scope: string,
    council: string | null,
    area: string | null,
    code: string | null,
    parties: readonly ShareChange[],
    butler: DirectedSwing | null,
    steed: DirectedSwing | null,
  ) =>
    parties.map((p) => ({
      cells: [
        scope,
        council,
        area,
        code,
        p.party,
        p.partyCode,
        p.candidate,
        p.shareBefore,
        p.shareAfter,
        p.change,
        butler?.from ?? null,
        butler?.to ?? null,
        butler?.value ?? null,
        steed?.from ?? null,
        steed?.to ?? null,
        steed?.value ?? null,
      ],
    }));
  return {
    columns: csvColumns,
    rows: [
      ...result.contests.flatMap((c) => rows('contest', c.council, c.area, c.code, c.parties, c.butler, c.steed)),
      ...rows('overall', null, null, null, result.overall.parties, result.overall.butler, result.overall.steed),
    ],
  };
}

function sharesJson(parties: readonly ShareChange[]) {
  return parties.map((p) => ({
    party: p.party,
    partyCode: p.partyCode,
    ...(p.candidate !== null ? { candidate: p.candidate } : {}),
    shareBefore: p.shareBefore,
    shareAfter: p.shareAfter,
    change: p.change,
    stoodBefore: p.stoodBefore,
    stoodAfter: p.stoodAfter,
  }));
}

/** The `results.swing/1` document (design.md). */
export function swingJson(
  result: SwingComparison,
  matching: Matching<Contest>,
  warnings: readonly Warning[],
  sources: { before: readonly string[]; after: readonly string[] },
) {
  return {
    schema: 'results.swing/1' as const,
    shareMethod: result.shareMethod,
    conventions: { shareMethod: shareMethodText[result.shareMethod], butler: butlerText, steed: steedText },
    warnings: warnings.map(warningDocument),
    sources,
    pair: result.pair,
    overall: {
      contests: result.overall.contests,
      between: result.overall.between,
      parties: sharesJson(result.overall.parties),
      butler: result.overall.butler,
      steed: result.overall.steed,
    },
    contests: result.contests.map((c) => ({
      council: c.council,
      area: c.area,
      code: c.code,
      parties: sharesJson(c.parties),
      butler: c.butler,
      steed: c.steed,
    })),
    leftOut: result.leftOut,
    unmatched: unmatchedJson(matching),
  };
}

/** The `results.swing/1` document as the library returns it and the CLI writes it (one contract). */
export type SwingDocument = ReturnType<typeof swingJson>;
