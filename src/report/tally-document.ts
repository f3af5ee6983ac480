/**
 * The `results.tally/1` document (design.md, "JSON contract"): the one definition of what a tally is to a
 * script. The CLI writes these objects as JSON (the contests one at a time as they are counted) and the
 * library returns them, so the two cannot drift: same keys, same meanings. Keys known before any row is
 * read come first; those known only at the end (totals, rows, warnings) follow the contests.
 */
import type { TallyComparison } from '../core/compare';
import type { ContestResult, PartySeats } from '../core/gains';
import type { Contest, ContestStatus, RowAccount, ShareMethod, StvStage, VotingSystem, Warning } from '../core/model';
import { contestKey } from '../core/model';
import type { ShareChange } from '../core/swing';
import type { ContestTally, ElectedFrom, PartyTotal, Tally, TallySummary, TallyTotals } from '../core/tally';
import { unmatchedJson } from './comparison';
import { proportionalityOf, type Proportionality } from '../core/proportionality';
import { majorityText, proportionalityText, shareMethodText, stvSharesText, turnoutText } from './conventions';
import { rowsDocument, warningDocument, type RowsDocument, type WarningDocument } from './document';

export const tallySchema = 'results.tally/1';

export type { TallyComparison };

export interface CandidateDocument {
  readonly name: string;
  readonly party: string;
  readonly partyCode: string;
  /** The party or description as written in the file. */
  readonly description: string;
  /** null when returned unopposed. */
  readonly votes: number | null;
  /** A fraction of the contest's valid votes (0.495 for 49.5%). */
  readonly share: number | null;
  /** null for a candidate in a tie for the last seat that the file does not settle. */
  readonly elected: boolean | null;
  readonly rank: number | null;
  /** STV contests only: the count at which the candidate was elected or excluded, when the file says. */
  readonly stage?: StvStage | null;
}

export interface ContestPartyDocument {
  readonly party: string;
  readonly partyCode: string;
  /** For an independent: who (each independent is a party of one in a contest). */
  readonly candidate?: string;
  readonly votes: number;
  readonly share: number | null;
  readonly seats: number;
}

export interface ContestResultDocument {
  readonly kind: 'hold' | 'gain';
  readonly party: string;
  readonly from: string | null;
  readonly text: string;
  readonly gains: ContestResult['gains'];
  readonly holds: ContestResult['holds'];
  readonly independentChange: boolean;
}

export interface ContestDocument {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly seats: number;
  readonly status: ContestStatus;
  /** The share base under the share method (equal to the votes cast where each elector has one vote). */
  readonly validVotes: number | null;
  readonly votesCast: number | null;
  readonly electorate: number | null;
  readonly ballots: number | null;
  readonly rejected: number | null;
  readonly turnout: number | null;
  readonly candidates: readonly CandidateDocument[];
  readonly parties: readonly ContestPartyDocument[];
  readonly majority: number | null;
  readonly majorityShare: number | null;
  readonly tieForLastSeat: boolean;
  readonly decidedByLot: boolean;
  readonly electedFrom: ElectedFrom;
  readonly system: VotingSystem;
  /** STV contests only: the quota, when the file gives it. */
  readonly quota?: number | null;
  /** With a previous election: hold or gain against the last time the seats were fought; else null. */
  readonly result: ContestResultDocument | null;
  readonly seatChanges: readonly { readonly party: string; readonly net: number }[] | null;
  /** With a previous election only: change in share per party (fractions). */
  readonly shareChanges?: readonly ShareChange[] | null;
  readonly file: string;
  readonly line: number;
}

export interface PartyTotalDocument {
  readonly party: string;
  readonly partyCode: string;
  readonly candidates: number;
  readonly votes: number;
  readonly share: number | null;
  readonly seats: number;
}

/** Gallagher index and effective number of parties of a set of party totals (docs/proportionality.md). */
export type ProportionalityDocument = Proportionality;

export interface CouncilTotalsDocument {
  readonly council: string;
  readonly contests: number;
  readonly seats: number;
  readonly validVotes: number;
  readonly parties: readonly PartyTotalDocument[];
  readonly proportionality: ProportionalityDocument;
}

export interface TallyHead {
  readonly schema: typeof tallySchema;
  readonly shareMethod: ShareMethod;
  readonly conventions: {
    readonly shareMethod: string;
    readonly majority: string;
    readonly turnout: string;
    readonly stv: string;
    readonly proportionality: string;
  };
  readonly sources: readonly string[];
}

export interface TallyTail {
  readonly parties: readonly PartyTotalDocument[];
  /** Of the overall party totals. */
  readonly proportionality: ProportionalityDocument;
  readonly councils: readonly CouncilTotalsDocument[];
  readonly totals: TallyTotals;
  readonly rows: RowsDocument;
  readonly warnings: readonly WarningDocument[];
}

export interface PreviousDocument {
  readonly sources: readonly string[];
  readonly baseline: 'last-fought';
  readonly shareMethod: ShareMethod;
  readonly parties: readonly { party: string; shareBefore: number; shareAfter: number; change: number; candidate?: string }[];
  readonly seats: readonly PartySeats[];
  readonly unmatched: ReturnType<typeof unmatchedJson>;
  /** Pedersen volatility between the two files' party totals (a fraction), overall and per council. */
  readonly volatility: TallyComparison['volatility'];
}

/** The whole document, as the library returns it and `results tally --format json` writes it. */
export interface TallyDocument extends TallyHead, TallyTail {
  readonly contests: readonly ContestDocument[];
  readonly previous?: PreviousDocument;
}

/** What a contest was compared with, or null without a previous election. */
export function comparedContest(comparison: TallyComparison | undefined, contest: Pick<Contest, 'council' | 'area'>) {
  if (!comparison) return null;
  const key = contestKey(contest);
  return { gains: comparison.contests.get(key) ?? null, shares: comparison.shares.get(key) ?? null };
}

export function tallyHead(shareMethod: ShareMethod, sources: readonly string[]): TallyHead {
  return {
    schema: tallySchema,
    shareMethod,
    conventions: {
      shareMethod: shareMethodText[shareMethod],
      majority: majorityText,
      turnout: turnoutText,
      stv: stvSharesText,
      proportionality: proportionalityText,
    },
    sources,
  };
}

/**
 * A contest as the contract has it. Fields are written out in order, with no spread: this runs once per
 * contest of a file of millions of rows.
 */
export function contestDocument(c: ContestTally, comparison?: TallyComparison): ContestDocument {
  const stv = c.system === 'stv';
  const candidates: CandidateDocument[] = [];
  for (const candidate of c.candidates) {
    const document: CandidateDocument = {
      name: candidate.name,
      party: candidate.party,
      partyCode: candidate.partyCode,
      description: candidate.description,
      votes: candidate.votes,
      share: candidate.share,
      elected: candidate.elected,
      rank: candidate.rank,
    };
    candidates.push(stv ? { ...document, stage: candidate.stage } : document);
  }
  const parties: ContestPartyDocument[] = [];
  for (const p of c.parties) {
    parties.push(
      p.candidate === null
        ? { party: p.party, partyCode: p.partyCode, votes: p.votes, share: p.share, seats: p.seats }
        : { party: p.party, partyCode: p.partyCode, candidate: p.candidate, votes: p.votes, share: p.share, seats: p.seats },
    );
  }
  const previous = comparedContest(comparison, c);
  const gains = previous?.gains ?? null;
  const document: ContestDocument = {
    council: c.council,
    area: c.area,
    code: c.code,
    seats: c.seats,
    status: c.status,
    validVotes: c.validVotes,
    votesCast: c.votesCast,
    electorate: c.electorate,
    ballots: c.ballots,
    rejected: c.rejected,
    turnout: c.turnout,
    candidates,
    parties,
    majority: c.majority,
    majorityShare: c.majorityShare,
    tieForLastSeat: c.tieForLastSeat,
    decidedByLot: c.decidedByLot,
    electedFrom: c.electedFrom,
    system: c.system,
    ...(stv ? { quota: c.quota } : {}),
    result:
      gains === null
        ? null
        : {
            kind: gains.result.kind,
            party: gains.result.party,
            from: gains.result.from,
            text: gains.result.text,
            gains: gains.result.gains,
            holds: gains.result.holds,
            independentChange: gains.result.independentChange,
          },
    seatChanges: gains === null ? null : gains.seatChanges,
    ...(previous !== null ? { shareChanges: previous.shares } : {}),
    file: c.origin.file,
    line: c.origin.line,
  };
  return document;
}

export function partyTotalDocument(p: PartyTotal): PartyTotalDocument {
  return { party: p.party, partyCode: p.partyCode, candidates: p.candidates, votes: p.votes, share: p.share, seats: p.seats };
}

/** One council's totals in the document. */
export function councilTotalDocument(c: TallySummary['councils'][number]): TallyTail['councils'][number] {
  return {
    council: c.council,
    contests: c.contests,
    seats: c.seats,
    validVotes: c.validVotes,
    parties: c.parties.map(partyTotalDocument),
    proportionality: proportionalityOf(c.parties),
  };
}

export function tallyTail(summary: TallySummary, rows: RowAccount, warnings: readonly Warning[]): TallyTail {
  return {
    parties: summary.parties.map(partyTotalDocument),
    proportionality: proportionalityOf(summary.parties),
    councils: summary.councils.map(councilTotalDocument),
    totals: summary.totals,
    rows: rowsDocument(rows),
    warnings: warnings.map(warningDocument),
  };
}

/** With --previous: what the contests were compared with, and the overall changes. */
export function previousDocument(comparison: TallyComparison, shareMethod: ShareMethod): PreviousDocument {
  return {
    sources: comparison.previousSources,
    baseline: 'last-fought',
    shareMethod,
    parties: comparison.overallShares.map((p) => ({
      party: p.party,
      shareBefore: p.shareBefore,
      shareAfter: p.shareAfter,
      change: p.change,
      ...(p.candidate !== null ? { candidate: p.candidate } : {}),
    })),
    seats: comparison.seats,
    unmatched: unmatchedJson(comparison.matching),
    volatility: comparison.volatility,
  };
}

/** The whole document of a tally counted at once (the library's answer; the CLI writes the same contest by contest). */
export function tallyDocument(
  result: Tally,
  read: { readonly sources: readonly string[]; readonly rows: RowAccount },
  comparison?: TallyComparison,
): TallyDocument {
  return {
    ...tallyHead(result.shareMethod, read.sources),
    contests: result.contests.map((c) => contestDocument(c, comparison)),
    ...tallyTail(result, read.rows, result.warnings),
    ...(comparison ? { previous: previousDocument(comparison, result.shareMethod) } : {}),
  };
}
