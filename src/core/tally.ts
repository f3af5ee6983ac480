/**
 * The count of each contest (who is elected, majority, shares, turnout) and party totals per council and
 * overall. `TallyBuilder` takes contests one at a time so a large file can be tallied as it streams past;
 * `tally()` does a whole election at once.
 */
import { DataError, plural, type Origin } from '../errors';

import type { Contest, ContestStatus, Election, ShareMethod, StvStage, VotingSystem, Warning } from './model';
import { largest, smallest } from './arrays';
import { checkContest, checkSeatAccount } from './invariants';
import { INDEPENDENT } from './parties';
import { contestPartyVotes, fraction, oneVoteEach, sum, type PartyVote } from './shares';

/** 2^53 - 1, the largest count a double holds exactly, as the messages write it. */
const MAX_EXACT = '9,007,199,254,740,991';

export interface CandidateTally {
  readonly name: string;
  readonly party: string;
  readonly partyCode: string;
  readonly description: string;
  readonly independent: boolean;
  readonly votes: number | null;
  /** votes / the contest's share base; null when unopposed. */
  readonly share: number | null;
  /** null only when an unresolved tie for the last seat leaves it undecided. */
  readonly elected: boolean | null;
  /** 1 for the most votes; equal votes share a rank; null when unopposed. */
  readonly rank: number | null;
  /** STV: the stage at which the candidate was elected or excluded; null when the file does not say. */
  readonly stage: StvStage | null;
  readonly origin: Origin;
}

export interface ContestPartyTally extends PartyVote {
  readonly share: number | null;
  readonly seats: number;
}

/** What the totals take from a counted contest (TallyBuilder.count). */
export interface CountedContest {
  readonly council: string | null;
  readonly area: string;
  readonly seats: number;
  readonly status: ContestStatus;
  readonly origin: Origin;
  readonly validVotes: number | null;
  readonly undecidedSeats: number;
  readonly unfilledSeats: number;
  /** In vote order. */
  readonly candidates: readonly (Pick<CandidateTally, 'party' | 'partyCode' | 'independent' | 'elected'> & TotalsNumber)[];
  readonly parties: readonly (Pick<ContestPartyTally, 'party' | 'partyCode' | 'independent' | 'votes'> & TotalsNumber)[];
}

/**
 * A number for the party a candidate counts for in the totals (every independent one party), given by a counter
 * that numbers them (cli/byte-part.ts, each party cell): the same number for the same party, for as long as one
 * TallyBuilder counts. The totals then find the party's entry by number instead of by name.
 */
interface TotalsNumber {
  readonly totalsNumber?: number;
}

/** How the elected candidates were known. */
export type ElectedFrom = 'file' | 'votes' | 'unopposed';

export interface ContestTally {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  readonly seats: number;
  readonly status: ContestStatus;
  readonly system: VotingSystem;
  readonly origin: Origin;
  /** The share base under the share method: the sum of the parties' votes (null when no poll was held). */
  readonly validVotes: number | null;
  /** Every candidate's votes added up (equals validVotes in a single-member contest). */
  readonly votesCast: number | null;
  readonly electorate: number | null;
  readonly ballots: number | null;
  readonly rejected: number | null;
  /** Ballot papers counted (incl. rejected) / electorate: the Electoral Commission method (domain-rules.md §6). */
  readonly turnout: number | null;
  /** In vote order. */
  readonly candidates: readonly CandidateTally[];
  readonly parties: readonly ContestPartyTally[];
  /** Last elected minus first unelected (domain-rules.md §1.2); null when not defined. */
  readonly majority: number | null;
  readonly majorityShare: number | null;
  /** The last seat was tied between an elected and an unelected candidate. */
  readonly tieForLastSeat: boolean;
  /** ...and the file says who won it (by lot). When false with tieForLastSeat, the seat is undecided. */
  readonly decidedByLot: boolean;
  readonly electedFrom: ElectedFrom;
  readonly defending: readonly string[] | null;
  /** STV: the quota, when the file gives it. */
  readonly quota: number | null;
  /** A poll was held but the file gives no votes, only who was elected (see Contest.votesMissing). */
  readonly votesMissing: boolean;
  /**
   * Seats the file does not settle: a tie it does not resolve, an STV count without elected flags, a
   * multi-member contest given as one vote per party (Contest.votesByParty), or fewer marked elected than seats.
   */
  readonly undecidedSeats: number;
  /** Seats with no candidate to fill them (fewer candidates than seats: a by-election follows, domain-rules.md §6), or a cancelled poll's. */
  readonly unfilledSeats: number;
  readonly warnings: readonly Warning[];
}

export interface PartyTotal {
  readonly party: string;
  readonly partyCode: string;
  readonly candidates: number;
  readonly votes: number;
  readonly share: number | null;
  readonly seats: number;
}

export interface CouncilTotals {
  readonly council: string;
  readonly parties: readonly PartyTotal[];
  readonly contests: number;
  readonly seats: number;
  readonly validVotes: number;
}

export interface TallyTotals {
  readonly contests: number;
  readonly seats: number;
  readonly validVotes: number;
  readonly uncontested: number;
  /** Seats the file does not settle (ContestTally.undecidedSeats). */
  readonly undecidedSeats: number;
  /** Seats no candidate filled (ContestTally.unfilledSeats). Party seats + undecided + unfilled = seats. */
  readonly unfilledSeats: number;
  /** Candidates marked elected beyond a contest's seats (the file's flags disagree with its seats; a warning says so). */
  readonly electedBeyondSeats: number;
}

export interface TallySummary {
  readonly parties: readonly PartyTotal[];
  readonly councils: readonly CouncilTotals[];
  readonly totals: TallyTotals;
}

export interface Tally extends TallySummary {
  readonly shareMethod: ShareMethod;
  readonly contests: readonly ContestTally[];
  readonly warnings: readonly Warning[];
}

export function tally(election: Election, shareMethod: ShareMethod): Tally {
  const builder = new TallyBuilder(shareMethod);
  const contests = election.contests.map((contest) => builder.add(contest));
  const warnings = [...election.warnings, ...contests.flatMap((c) => c.warnings)];
  return { shareMethod, contests, warnings, ...builder.finish() };
}

/** Counts one contest. Pure; the same contest and method always give the same tally. */
export function tallyContest(contest: Contest, shareMethod: ShareMethod): ContestTally {
  // A poll the file gives no votes for has no share base: left out of vote totals like an unopposed return.
  const polled = contest.status === 'contested' && contest.votesMissing !== true;
  const parties = polled ? contestPartyVotes(contest, shareMethod) : [];
  const validVotes = polled ? sum(parties.map((p) => p.votes)) : null;
  const votesCast = polled ? sum(contest.candidates.map((c) => c.votes ?? 0)) : null;
  // Each count is exact (io/cells.ts refuses one past 2^53 - 1), but their sum can pass it and be rounded:
  // refused rather than printed as a wrong total.
  if (votesCast !== null && votesCast > Number.MAX_SAFE_INTEGER) {
    throw new DataError(
      contest.origin,
      `${describeContest(contest)}: the votes add up to more than ${MAX_EXACT}, beyond exact arithmetic`,
      'invalid-count',
    );
  }
  const count = countSeats(contest);
  // A candidate's share is over the contest's share base. Under `average` a candidate can poll more than the
  // base (1,000 and 100 for one party, mean 550, against 200 for another: 1,000 / 750 is 133%), so there a
  // candidate's share is over all the votes cast instead; party shares still use the means (§2.2, method 3).
  const candidateBase = shareMethod === 'average' && !oneVoteEach(contest) ? votesCast : validVotes;

  const candidates: CandidateTally[] = count.order.map(({ candidate, elected, rank }) => ({
    name: candidate.name,
    party: candidate.party,
    partyCode: candidate.partyCode,
    description: candidate.description,
    independent: candidate.independent,
    votes: candidate.votes,
    share: candidate.votes !== null && candidateBase !== null ? fraction(candidate.votes, candidateBase) : null,
    elected,
    rank,
    stage: candidate.stage ?? null,
    origin: candidate.origin,
  }));

  // Fields written out rather than spread from p: an object spread per party was the tally's costliest line
  // on a 2M-row file. Same keys, same order.
  // Seats counted in one pass over the elected, not once per party: a ward of 125,000 candidates, each
  // their own party, was 125,000 squared comparisons. An independent's seats are their own (by name).
  const seatsByParty = new Map<string, number>();
  const seatsByIndependent = new Map<string, number>();
  for (const c of candidates) {
    if (c.elected !== true) continue;
    seatsByParty.set(c.party, (seatsByParty.get(c.party) ?? 0) + 1);
    const own = `${c.party}\u0000${c.name}`;
    seatsByIndependent.set(own, (seatsByIndependent.get(own) ?? 0) + 1);
  }
  const contestParties: ContestPartyTally[] = parties.map((p) => {
    const seats = (p.independent ? seatsByIndependent.get(`${p.party}\u0000${p.candidate}`) : seatsByParty.get(p.party)) ?? 0;
    return {
      party: p.party,
      partyCode: p.partyCode,
      candidate: p.candidate,
      independent: p.independent,
      votes: p.votes,
      candidates: p.candidates,
      share: validVotes === null ? null : fraction(p.votes, validVotes),
      seats,
    };
  });

  const elected = candidates.filter((c) => c.elected === true).length;
  // A cancelled poll fills nothing; otherwise a seat without a candidate stays empty, unless the file gives parties'
  // votes, not candidates (then a party may have stood more candidates than the file shows: the seat is undecided).
  const standing = contest.status === 'cancelled' ? 0 : contest.votesByParty === true ? contest.seats : contest.candidates.length;
  const unfilledSeats = Math.max(0, contest.seats - standing);
  const undecidedSeats = Math.max(0, contest.seats - unfilledSeats - elected);

  const turnout = contest.ballots !== null && contest.electorate !== null && polled ? fraction(contest.ballots, contest.electorate) : null;

  const counted: ContestTally = {
    council: contest.council,
    area: contest.area,
    code: contest.code,
    seats: contest.seats,
    status: contest.status,
    system: contest.system,
    origin: contest.origin,
    validVotes,
    votesCast,
    electorate: contest.electorate,
    ballots: contest.ballots,
    rejected: contest.rejected,
    turnout,
    candidates,
    parties: contestParties,
    majority: count.majority,
    majorityShare: count.majority !== null && validVotes !== null ? fraction(count.majority, validVotes) : null,
    tieForLastSeat: count.tieForLastSeat,
    decidedByLot: count.decidedByLot,
    electedFrom: count.electedFrom,
    defending: contest.defending,
    quota: contest.quota ?? null,
    votesMissing: contest.votesMissing === true,
    undecidedSeats,
    unfilledSeats,
    warnings: count.warnings,
  };
  checkContest(counted);
  return counted;
}

interface SeatCount {
  order: { candidate: Contest['candidates'][number]; elected: boolean | null; rank: number | null }[];
  majority: number | null;
  tieForLastSeat: boolean;
  decidedByLot: boolean;
  electedFrom: ElectedFrom;
  warnings: Warning[];
}

/**
 * Who is elected and by how much. The file's `elected` flags are honoured (a tie may have been decided by
 * lot, and STV counts elect by transfers) and checked against the votes; without flags the top N by votes
 * are elected, and a tie across the last seat is left undecided rather than broken (domain-rules.md §1.3).
 */
function countSeats(contest: Contest): SeatCount {
  const name = describeContest(contest);
  const warnings: Warning[] = [];
  if (contest.status === 'uncontested' && contest.seats > contest.candidates.length) {
    // Fewer nominations than seats (IndyLive 2022: North Isles, Shetland, 2 for 3): the rest stay vacant.
    const vacant = contest.seats - contest.candidates.length;
    warnings.push(
      warning(
        'seats-vacant',
        `${name}: ${plural(contest.candidates.length, 'candidate')} returned unopposed for ${plural(contest.seats, 'seat')}: ` +
          `${plural(vacant, 'seat')} left vacant, counted for no party`,
        contest.origin,
      ),
    );
  }
  if (contest.status !== 'contested') {
    const elected = contest.status === 'uncontested';
    for (const candidate of contest.candidates) {
      if (elected && candidate.elected === false)
        warnings.push(warning('elected-flag', `${name}: ${candidate.name} is returned unopposed but marked not elected`, candidate.origin));
    }
    return {
      order: contest.candidates.map((candidate) => ({ candidate, elected, rank: null })),
      majority: null,
      tieForLastSeat: false,
      decidedByLot: false,
      electedFrom: elected ? 'unopposed' : 'file',
      warnings,
    };
  }

  // A file of party votes may hide a party's second candidate: there the seats are undecided, not unfilled.
  if (contest.seats > contest.candidates.length && contest.votesByParty !== true) {
    const unfilled = contest.seats - contest.candidates.length;
    warnings.push(
      warning(
        'more-seats-than-candidates',
        `${name}: a poll for ${plural(contest.seats, 'seat')} with only ${plural(contest.candidates.length, 'candidate')}: ` +
          `${plural(unfilled, 'seat')} left unfilled, counted for no party`,
        contest.origin,
      ),
    );
  }
  const hasFlags = contest.candidates.some((c) => c.elected !== null);
  if (contest.system === 'stv') return countStv(contest, name, warnings);
  if (contest.votesByParty === true && contest.seats > 1 && !hasFlags) return countPartyVotes(contest, name);
  const sorted = contest.candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort(
      (a, b) =>
        (b.candidate.votes ?? 0) - (a.candidate.votes ?? 0) ||
        Number(b.candidate.elected === true) - Number(a.candidate.elected === true) ||
        a.index - b.index,
    )
    .map((entry) => entry.candidate);
  const ranks = competitionRanks(sorted.map((c) => c.votes ?? 0));
  const votesOf = (i: number) => sorted[i]?.votes ?? 0;

  if (hasFlags) {
    const elected = sorted.map((c) => c.elected === true);
    const electedVotes = sorted.filter((_, i) => elected[i]).map((c) => c.votes ?? 0);
    const unelectedVotes = sorted.filter((_, i) => !elected[i]).map((c) => c.votes ?? 0);
    if (electedVotes.length !== contest.seats) {
      warnings.push(
        warning(
          'elected-count',
          `${name}: ${plural(electedVotes.length, 'candidate')} marked elected for ${plural(contest.seats, 'seat')}` +
            electedCountConsequence(electedVotes.length, contest.seats, contest.candidates.length),
          contest.origin,
        ),
      );
    }
    let majority: number | null = null;
    let tie = false;
    if (electedVotes.length > 0 && unelectedVotes.length > 0) {
      const lastElected = smallest(electedVotes);
      const firstUnelected = largest(unelectedVotes);
      if (lastElected > firstUnelected) {
        majority = lastElected - firstUnelected;
      } else if (lastElected === firstUnelected) {
        majority = 0;
        tie = true;
        const winners = sorted.filter((c, i) => elected[i] && c.votes === lastElected).map((c) => c.name);
        warnings.push(
          warning(
            'tie-decided-by-lot',
            `${name}: the last seat was tied at ${lastElected} votes; the file gives it to ${winners.join(' and ')} (decided by lot)`,
            contest.origin,
          ),
        );
      } else {
        const below = sorted.find((c, i) => elected[i] && (c.votes ?? 0) < firstUnelected);
        const above = sorted.find((c, i) => !elected[i] && c.votes === firstUnelected);
        warnings.push(
          warning(
            'elected-order',
            `${name}: ${below?.name} (${below?.votes} votes) is marked elected but ${above?.name} (${above?.votes}) is not; ` +
              `majority not computed (an STV count, or a mistake in the file)`,
            below?.origin ?? contest.origin,
          ),
        );
      }
    }
    return {
      order: sorted.map((candidate, i) => ({ candidate, elected: elected[i] ?? false, rank: ranks[i] ?? null })),
      majority,
      tieForLastSeat: tie,
      decidedByLot: tie,
      electedFrom: 'file',
      warnings,
    };
  }

  const seats = contest.seats;
  if (seats >= sorted.length) {
    return {
      order: sorted.map((candidate, i) => ({ candidate, elected: true, rank: ranks[i] ?? null })),
      majority: null,
      tieForLastSeat: false,
      decidedByLot: false,
      electedFrom: 'votes',
      warnings,
    };
  }
  const lastSeatVotes = votesOf(seats - 1);
  const runnerUpVotes = votesOf(seats);
  if (lastSeatVotes > runnerUpVotes) {
    return {
      order: sorted.map((candidate, i) => ({ candidate, elected: i < seats, rank: ranks[i] ?? null })),
      majority: lastSeatVotes - runnerUpVotes,
      tieForLastSeat: false,
      decidedByLot: false,
      electedFrom: 'votes',
      warnings,
    };
  }
  const tied = sorted.filter((c) => c.votes === lastSeatVotes);
  const clearlyElected = sorted.filter((c) => (c.votes ?? 0) > lastSeatVotes).length;
  warnings.push(
    warning(
      'tie-unresolved',
      `${name}: ${tied.map((c) => `${c.name} (${c.party})`).join(', ')} tie on ${lastSeatVotes} votes for ` +
        `${plural(seats - clearlyElected, 'seat')}; the file has no elected column to say who won the lot, so the seat is left undecided`,
      tied[0]?.origin ?? contest.origin,
    ),
  );
  return {
    order: sorted.map((candidate, i) => ({
      candidate,
      elected: candidate.votes === lastSeatVotes ? null : i < seats,
      rank: ranks[i] ?? null,
    })),
    majority: 0,
    tieForLastSeat: true,
    decidedByLot: false,
    electedFrom: 'votes',
    warnings,
  };
}

/**
 * A multi-member contest given as one vote per party (Contest.votesByParty): the top parties need not be the
 * winners, since a party may have stood as many candidates as seats (1945 Stockport, two seats: Conservative 30,915,
 * Labour 29,652, and both members Conservative). The seats are left undecided, the votes still count.
 */
function countPartyVotes(contest: Contest, name: string): SeatCount {
  const sorted = [...contest.candidates].sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0));
  const ranks = competitionRanks(sorted.map((c) => c.votes ?? 0));
  return {
    order: sorted.map((candidate, i) => ({ candidate, elected: null, rank: ranks[i] ?? null })),
    majority: null,
    tieForLastSeat: false,
    decidedByLot: false,
    electedFrom: 'votes',
    warnings: [
      warning(
        'winners-unknown',
        `${name}: ${plural(contest.seats, 'seat')} filled, and the file gives one vote figure per party, not per candidate: ` +
          `who won the seats is not known (a party may have stood more than one candidate), so they are left undecided`,
        contest.origin,
      ),
    ],
  };
}

/**
 * An STV count elects by transfers: first preferences do not order the winners, so the file's flags are
 * the result and no plurality majority exists. Without flags the winners cannot be known from first
 * preferences, and the tool says so rather than guess.
 */
function countStv(contest: Contest, name: string, warnings: Warning[]): SeatCount {
  const sorted = [...contest.candidates].sort(
    (a, b) => (b.votes ?? 0) - (a.votes ?? 0) || Number(b.elected === true) - Number(a.elected === true),
  );
  const ranks = competitionRanks(sorted.map((c) => c.votes ?? 0));
  const hasFlags = contest.candidates.some((c) => c.elected !== null);
  const marked = contest.candidates.filter((c) => c.elected === true).length;
  if (contest.votesMissing === true) {
    warnings.push(
      warning(
        'votes-missing',
        `${name}: the file says who was elected but gives no votes; the seats count, the contest is left out of vote totals and shares`,
        contest.origin,
      ),
    );
  } else {
    // Each valid STV ballot carries one first preference, so first preferences + rejected = ballots; a
    // shortfall means a candidate's row is missing (IndyLive 2022, Fraserburgh and District: 6 of 7).
    const firstPreferences = sum(contest.candidates.map((c) => c.votes ?? 0));
    if (contest.ballots !== null && contest.rejected !== null && firstPreferences + contest.rejected !== contest.ballots) {
      warnings.push(
        warning(
          'ballots-mismatch',
          `${name}: first preferences (${firstPreferences}) plus rejected papers (${contest.rejected}) make ${firstPreferences + contest.rejected}, ` +
            `but ${contest.ballots} ballot papers were counted (a candidate missing from the file?)`,
          contest.origin,
        ),
      );
    }
  }
  if (!hasFlags) {
    warnings.push(
      warning(
        'stv-without-elected',
        `${name}: an STV count elects by transfers, and the file has no elected column: the winners are left undecided`,
        contest.origin,
      ),
    );
  } else if (marked !== contest.seats) {
    warnings.push(
      warning(
        'elected-count',
        `${name}: ${plural(marked, 'candidate')} marked elected for ${plural(contest.seats, 'seat')}`,
        contest.origin,
      ),
    );
  }
  return {
    order: sorted.map((candidate, i) => ({
      candidate,
      elected: hasFlags ? candidate.elected === true : null,
      rank: candidate.votes === null ? null : (ranks[i] ?? null),
    })),
    majority: null,
    tieForLastSeat: false,
    decidedByLot: false,
    electedFrom: hasFlags ? 'file' : 'votes',
    warnings,
  };
}

/** Standard competition ranking ("1224") of values already in descending order. */
function competitionRanks(values: readonly number[]): number[] {
  const ranks: number[] = [];
  for (let i = 0; i < values.length; i++) ranks.push(i > 0 && values[i - 1] === values[i] ? ranks[i - 1]! : i + 1);
  return ranks;
}

/**
 * What the totals do with a contest whose elected flags do not fill its seats: said in the warning, so the
 * seat count in the totals is never a surprise. Seats beyond the candidates have their own warning.
 */
function electedCountConsequence(elected: number, seats: number, candidates: number): string {
  const open = Math.min(seats, candidates) - elected;
  if (open > 0) return `: ${plural(open, 'seat')} with no winner in the file, counted for no party`;
  if (elected > seats) return `: all ${elected} counted as elected, as the file says`;
  return '';
}

function describeContest(contest: Pick<Contest, 'council' | 'area'>): string {
  return contest.council === null ? contest.area : `${contest.area} (${contest.council})`;
}

function warning(code: string, message: string, origin: Origin): Warning {
  return { code, message, origin };
}

interface PartyAccumulator {
  party: string;
  partyCode: string;
  candidates: number;
  votes: number;
  seats: number;
}

/**
 * A TallyBuilder's running totals as plain data (see TallyBuilder.state and absorb): what one worker thread
 * counted, to be added to the rest. Two arrays, not an object for every party of every council: a part's totals
 * were 72 KB of objects that posting copied key by key and the main thread built again (2M rows: about 0.15 s of
 * CPU). The numbers are a plain array, not a Float64Array: read from one, every number was a double, and the main
 * thread's totals, added up from them, kept each count in a box of its own (10M rows: 40 MiB more at the peak).
 *
 * `numbers` holds, in order: uncontested, undecidedSeats, unfilledSeats, electedBeyondSeats, the number of
 * councils; the overall totals; then each council as the index of its name in `names` and its totals. Totals are
 * contests, seats, validVotes, the number of parties, and each party (in the order it was first met) as the
 * indexes of its name and code in `names`, its candidates, votes and seats. Each name is in `names` once.
 */
export interface TallyState {
  readonly names: readonly string[];
  readonly numbers: readonly number[];
}

/** The numbers before the overall totals in TallyState.numbers. */
const STATE_HEAD = 5;

/** Writes a TallyState's names once each, and its numbers. */
class StateWriter {
  readonly names: string[] = [];
  private readonly indexes = new Map<string, number>();
  readonly numbers: number[] = [];

  number(value: number): void {
    this.numbers.push(value);
  }

  name(text: string): void {
    let index = this.indexes.get(text);
    if (index === undefined) {
      index = this.names.length;
      this.names.push(text);
      this.indexes.set(text, index);
    }
    this.number(index);
  }
}

/** Adding totals counted separately would pass 2^53: the caller counts the contests in order instead, which says where. */
export class TotalsBeyondExact extends Error {}

class Totals {
  readonly parties = new Map<string, PartyAccumulator>();
  /** Entries by TotalsNumber, each the entry in `parties` of its name (2M rows: about 4M lookups by name a worker). */
  private readonly numbered: (PartyAccumulator | undefined)[] = [];
  contests = 0;
  seats = 0;
  validVotes = 0;

  /** These totals into a TallyState (see there for the layout). */
  write(state: StateWriter): void {
    state.number(this.contests);
    state.number(this.seats);
    state.number(this.validVotes);
    state.number(this.parties.size);
    for (const party of this.parties.values()) {
      state.name(party.party);
      state.name(party.partyCode);
      state.number(party.candidates);
      state.number(party.votes);
      state.number(party.seats);
    }
  }

  /**
   * Adds totals of later contests, written by write() at `at` in `numbers`, and returns where they end: counts add
   * up, and parties keep the order they were first met in (a party new to these totals goes after the rest), so
   * the result is the one counting every contest here gives. `names` are the state's names, each the one copy kept.
   */
  absorb(numbers: readonly number[], at: number, names: readonly string[]): number {
    this.contests += numbers[at]!;
    this.seats += numbers[at + 1]!;
    this.validVotes += numbers[at + 2]!;
    if (this.validVotes > Number.MAX_SAFE_INTEGER) throw new TotalsBeyondExact();
    const parties = numbers[at + 3]!;
    let next = at + 4;
    for (let i = 0; i < parties; i++, next += 5) {
      const entry = this.entry(names[numbers[next]!]!, names[numbers[next + 1]!]!);
      entry.candidates += numbers[next + 2]!;
      entry.votes += numbers[next + 3]!;
      entry.seats += numbers[next + 4]!;
    }
    return next;
  }

  add(contest: CountedContest): void {
    this.contests += 1;
    this.seats += contest.seats;
    this.validVotes += contest.validVotes ?? 0;
    if (this.validVotes > Number.MAX_SAFE_INTEGER) {
      throw new DataError(
        contest.origin,
        `the valid votes of all contests up to ${describeContest(contest)} add up to more than ${MAX_EXACT}, beyond exact arithmetic`,
        'invalid-count',
      );
    }
    for (const candidate of contest.candidates) {
      const entry = this.entryFor(candidate);
      entry.candidates += 1;
      if (candidate.elected === true) entry.seats += 1;
    }
    for (const party of contest.parties) this.entryFor(party).votes += party.votes;
  }

  /** The entry a candidate or contest party counts in: independents all in one. */
  private entryFor(item: Pick<CandidateTally, 'party' | 'partyCode' | 'independent'> & TotalsNumber): PartyAccumulator {
    const number = item.totalsNumber;
    if (number !== undefined) {
      const known = this.numbered[number];
      if (known !== undefined) return known;
    }
    const entry = item.independent ? this.entry(INDEPENDENT, 'Ind') : this.entry(item.party, item.partyCode);
    if (number !== undefined) this.numbered[number] = entry;
    return entry;
  }

  result(): PartyTotal[] {
    // Written out, not `{ ...p, share }`: Node 20's V8 gave almost every object spread that way a hidden class of
    // its own, 114 bytes each (10M rows: 400,000 of them, 92 MB of the main thread's heap at the end).
    return [...this.parties.values()]
      .map((p) => ({
        party: p.party,
        partyCode: p.partyCode,
        candidates: p.candidates,
        votes: p.votes,
        seats: p.seats,
        share: fraction(p.votes, this.validVotes),
      }))
      .sort((a, b) => b.seats - a.seats || b.votes - a.votes || a.party.localeCompare(b.party));
  }

  private entry(party: string, partyCode: string): PartyAccumulator {
    let entry = this.parties.get(party);
    if (!entry) {
      entry = { party, partyCode, candidates: 0, votes: 0, seats: 0 };
      this.parties.set(party, entry);
    }
    return entry;
  }
}

/** The one copy of `text` kept in `names`. */
function oneCopy(names: Map<string, string>, text: string): string {
  const known = names.get(text);
  if (known !== undefined) return known;
  names.set(text, text);
  return text;
}

function councilTotals(council: string, totals: Totals): CouncilTotals {
  return { council, parties: totals.result(), contests: totals.contests, seats: totals.seats, validVotes: totals.validVotes };
}

/** Tallies contests one at a time, keeping only party totals between them. */
export class TallyBuilder {
  private readonly overall = new Totals();
  private readonly councils = new Map<string, Totals>();
  /**
   * Party names and codes absorbed from other threads, one string each: every part's totals arrive with copies of
   * their own, and a council's totals would keep the copies of the part that first met each party (10M rows:
   * 1.2M strings, 30 MB, for two dozen names).
   */
  private readonly names = new Map<string, string>();
  private uncontested = 0;
  private undecidedSeats = 0;
  private unfilledSeats = 0;
  private electedBeyondSeats = 0;

  constructor(readonly shareMethod: ShareMethod) {}

  /** Contests counted so far. */
  get contests(): number {
    return this.overall.contests;
  }

  add(contest: Contest): ContestTally {
    const result = tallyContest(contest, this.shareMethod);
    this.count(result);
    return result;
  }

  /**
   * Adds a counted contest to the totals: what add() does after tallyContest, for a contest counted another way
   * (a worker thread's byte path, cli/byte-part.ts, which counts plain contests without a ContestTally).
   */
  count(result: CountedContest): void {
    this.overall.add(result);
    if (result.council !== null) {
      let council = this.councils.get(result.council);
      if (!council) {
        council = new Totals();
        this.councils.set(result.council, council);
      }
      council.add(result);
    }
    if (result.status === 'uncontested') this.uncontested += 1;
    // Every seat is a party's, undecided, or unfilled: the totals account for each (checkSeatAccount).
    this.undecidedSeats += result.undecidedSeats;
    this.unfilledSeats += result.unfilledSeats;
    let elected = 0;
    for (const candidate of result.candidates) if (candidate.elected === true) elected += 1;
    this.electedBeyondSeats += Math.max(0, elected - result.seats);
  }

  /** The running totals as plain data, to send from a worker thread. */
  state(): TallyState {
    const state = new StateWriter();
    state.number(this.uncontested);
    state.number(this.undecidedSeats);
    state.number(this.unfilledSeats);
    state.number(this.electedBeyondSeats);
    state.number(this.councils.size);
    this.overall.write(state);
    for (const [council, totals] of this.councils) {
      state.name(council);
      totals.write(state);
    }
    return { names: state.names, numbers: state.numbers };
  }

  /**
   * Adds the totals of contests counted elsewhere (a worker thread) that come after every contest counted here
   * so far: the same totals, in the same order, as adding those contests here one by one. Throws
   * TotalsBeyondExact where the sum of valid votes would pass 2^53. Returns the councils the state had contests of.
   */
  absorb(later: TallyState): string[] {
    const names = later.names.map((name) => oneCopy(this.names, name));
    const numbers = later.numbers;
    let at = this.overall.absorb(numbers, STATE_HEAD, names);
    const councils: string[] = [];
    for (let i = 0; i < numbers[4]!; i++) {
      const name = names[numbers[at]!]!;
      councils.push(name);
      let council = this.councils.get(name);
      if (!council) {
        council = new Totals();
        this.councils.set(name, council);
      }
      at = council.absorb(numbers, at + 1, names);
    }
    this.uncontested += numbers[0]!;
    this.undecidedSeats += numbers[1]!;
    this.unfilledSeats += numbers[2]!;
    this.electedBeyondSeats += numbers[3]!;
    return councils;
  }

  /**
   * One council's totals so far: final once no more of its contests come, and then the same as its entry in
   * finish() (a table written council by council prints them when the file has moved past the council).
   */
  council(council: string): CouncilTotals | undefined {
    const totals = this.councils.get(council);
    return totals === undefined ? undefined : councilTotals(council, totals);
  }

  finish(): TallySummary {
    return { ...this.finishOverall(), councils: [...this.eachCouncil()] };
  }

  /** finish() without the councils' totals, for a writer that takes them one at a time from eachCouncil. */
  finishOverall(): Omit<TallySummary, 'councils'> {
    const summary = {
      parties: this.overall.result(),
      totals: {
        contests: this.overall.contests,
        seats: this.overall.seats,
        validVotes: this.overall.validVotes,
        uncontested: this.uncontested,
        undecidedSeats: this.undecidedSeats,
        unfilledSeats: this.unfilledSeats,
        electedBeyondSeats: this.electedBeyondSeats,
      },
    };
    checkSeatAccount(summary.totals, sum(summary.parties.map((p) => p.seats)));
    return summary;
  }

  /**
   * The councils' totals in the order finish() lists them, each made as it is asked for: a big file has tens of
   * thousands of councils (10M rows: 43,000), and all their party totals at once were 60 MB of the main thread's heap.
   */
  *eachCouncil(): Generator<CouncilTotals> {
    for (const [council, totals] of this.councils) yield councilTotals(council, totals);
  }

  /**
   * The councils' totals in the order finish() lists them, as `text` writes them, or as `known` gives them: its
   * text of a council's totals made when the council had as many contests as now (nothing has been counted in
   * it since, as every contest counted adds one), or undefined.
   */
  *eachCouncilText(
    known: (council: string, contests: number) => string | undefined,
    text: (totals: CouncilTotals) => string,
  ): Generator<string> {
    for (const [council, totals] of this.councils) yield known(council, totals.contests) ?? text(councilTotals(council, totals));
  }
}
