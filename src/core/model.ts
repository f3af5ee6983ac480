/**
 * The election model every command works on. `src/io` builds it from files; everything in `src/core`
 * reads it. Votes are integers; a candidate returned unopposed has `votes: null` (absent, not zero).
 */
import type { Origin } from '../errors';

export type { Origin };

export type ContestStatus = 'contested' | 'uncontested' | 'cancelled';

/**
 * How the seats were filled. `plurality`: the N candidates with most votes win (first past the post, and the
 * bloc vote of English and Welsh multi-member wards). `stv`: single transferable vote (Scottish and Northern
 * Irish local elections), where transfers decide and first preferences alone do not order the winners.
 */
export type VotingSystem = 'plurality' | 'stv';

/**
 * Where an STV count left a candidate: elected, or excluded, at a stage (count) of the count, or still
 * standing and not elected when the last seat was filled.
 */
export type StvOutcome = 'elected' | 'excluded' | 'not elected';

export interface StvStage {
  readonly outcome: StvOutcome;
  /** The count (stage) at which the candidate was elected or excluded; null when not said (or not elected). */
  readonly count: number | null;
}

export interface Candidate {
  readonly name: string;
  /** Canonical party name from the registry ("Labour"), or the name as written when unknown. */
  readonly party: string;
  /** Short code ("Lab"); the party name itself when the registry does not know it. */
  readonly partyCode: string;
  /** The party or ballot description as written in the file ("Labour and Co-operative Party"). */
  readonly description: string;
  /** True for independents and candidates without a party: each stands alone, never as a slate. */
  readonly independent: boolean;
  readonly votes: number | null;
  /** From the file when it says; null when the file does not (then the count decides). */
  readonly elected: boolean | null;
  /** STV only, when the file gives the count's stages. */
  readonly stage?: StvStage | null;
  readonly origin: Origin;
}

export interface Contest {
  readonly council: string | null;
  readonly area: string;
  /** The area's official code (ONS/GSS) when the file has one: the best key for matching. */
  readonly code: string | null;
  /** Seats filled: the `seats` column, else the number marked elected, else 1. */
  readonly seats: number;
  readonly status: ContestStatus;
  readonly system: VotingSystem;
  readonly candidates: readonly Candidate[];
  readonly electorate: number | null;
  /** Ballot papers counted, including rejected ones. */
  readonly ballots: number | null;
  readonly rejected: number | null;
  /** Parties defending the seats on the eve of poll (one entry a seat), when the file says. */
  readonly defending: readonly string[] | null;
  /** STV only: the quota a candidate needed to be elected, when the file says (may be fractional). */
  readonly quota?: number | null;
  /**
   * A poll was held and the file says who was elected, but gives no votes (some STV exports leave whole
   * councils' counts out): the seats count, the contest stays out of vote totals and shares.
   */
  readonly votesMissing?: boolean;
  /**
   * Each candidate is a party's vote in the area, as written in a file with one column per party (the Commons
   * Library's 1918-2017 series, wide files): in a multi-member contest the file does not say how many candidates a
   * party stood, so who won the seats is not known (two Conservatives may have beaten one Labour candidate).
   */
  readonly votesByParty?: boolean;
  /** The first row of the contest. */
  readonly origin: Origin;
}

/**
 * Rows read from the input and what became of them: read = used + filtered + the rows set aside.
 * Every row is used, left out by the user's own filter, or set aside with a reason.
 */
export interface RowAccount {
  read: number;
  used: number;
  /** Rows of contests left out by --council / --area. */
  filtered: number;
  setAside: SetAside[];
}

export interface SetAside {
  readonly reason: string;
  count: number;
  /** Where the first such row was. */
  readonly origin: Origin;
}

/** A warning about the data that does not stop the run; shown on stderr and carried in JSON `warnings`. */
export interface Warning {
  readonly code: string;
  readonly message: string;
  readonly origin: Origin | null;
}

export interface Election {
  readonly contests: readonly Contest[];
  /** The files read, as named. */
  readonly sources: readonly string[];
  readonly rows: RowAccount;
  readonly warnings: readonly Warning[];
}

/** How a party's vote in a multi-member ward is counted (domain-rules.md §2.2). */
export type ShareMethod = 'top' | 'total' | 'average';
export const shareMethods: readonly ShareMethod[] = ['top', 'total', 'average'];

/** The key that identifies a contest within one election: council and area. */
export function contestKey(contest: Pick<Contest, 'council' | 'area'>): string {
  return contest.council === null ? contest.area : `${contest.council}\u0000${contest.area}`;
}
