/**
 * What every answer must satisfy, checked on each result as it is made and before anything is rendered,
 * whatever the command or format (issue 11). A broken invariant is a bug in `results`, never bad data: the
 * checks throw InvariantError (exit 3) naming the invariant and the contest, and the wrong answer is not
 * printed. Bad data is refused earlier, with its file and line (exit 1).
 */
import { InvariantError } from '../errors';
import type { RowAccount } from './model';

/** Shares computed in floating point add up to 1 within this. */
const SHARE_TOLERANCE = 1e-9;

/** The parts of a contest's count the invariants look at (a ContestTally). */
export interface CountedContest {
  readonly council: string | null;
  readonly area: string;
  readonly seats: number;
  readonly status: 'contested' | 'uncontested' | 'cancelled';
  readonly system: 'plurality' | 'stv';
  readonly validVotes: number | null;
  readonly candidates: readonly { readonly votes: number | null; readonly share: number | null; readonly elected: boolean | null }[];
  readonly parties: readonly { readonly share: number | null }[];
  readonly majority: number | null;
  readonly tieForLastSeat: boolean;
  readonly decidedByLot: boolean;
  readonly undecidedSeats: number;
  readonly unfilledSeats: number;
  readonly warnings: readonly { readonly code: string }[];
}

/** Warnings that explain a count of elected candidates other than the seats: the file's own flags disagree. */
const ELECTED_EXPLAINED = new Set(['elected-count', 'stv-without-elected', 'elected-flag', 'winners-unknown']);

export function checkContest(contest: CountedContest): void {
  const subject = contest.council === null ? JSON.stringify(contest.area) : `${JSON.stringify(contest.area)} (${contest.council})`;
  const broken = (invariant: string, detail: string) => new InvariantError(invariant, subject, detail);

  if (contest.majority !== null && !(contest.majority >= 0)) throw broken('majority >= 0', `majority ${contest.majority}`);
  for (const candidate of contest.candidates) {
    if (candidate.share !== null && !(candidate.share >= 0 && candidate.share <= 1 + SHARE_TOLERANCE)) {
      throw broken('0 <= share <= 1', `a candidate's share is ${candidate.share}`);
    }
  }

  if (contest.status === 'contested' && contest.validVotes !== null && contest.validVotes > 0) {
    // Party shares add up to 1 under every share method (the base is the sum of the parties' votes, §2.2).
    const partyShares = sumOf(contest.parties.map((p) => p.share ?? 0));
    if (Math.abs(partyShares - 1) > SHARE_TOLERANCE) throw broken('party shares sum to 1', `they sum to ${partyShares}`);
    // Where each elector has one vote, every candidate's share is over all valid votes (§2.1), so they add up to 1.
    if (contest.seats === 1 || contest.system === 'stv') {
      const candidateShares = sumOf(contest.candidates.map((c) => c.share ?? 0));
      if (Math.abs(candidateShares - 1) > SHARE_TOLERANCE) {
        throw broken('candidate shares sum to 1 where each elector has one vote', `they sum to ${candidateShares}`);
      }
    }
  }

  if (contest.status !== 'cancelled') {
    const elected = contest.candidates.filter((c) => c.elected === true).length;
    const undecided = contest.tieForLastSeat && !contest.decidedByLot;
    const explained = contest.warnings.some((w) => ELECTED_EXPLAINED.has(w.code));
    // Seats are filled, or left open by a tie the file does not settle, or by too few candidates (an
    // unfilled seat goes to a by-election, domain-rules.md §6), or the file's flags say otherwise and a warning says so.
    const expected = Math.min(contest.seats, contest.candidates.length);
    if (!undecided && !explained && elected !== expected) {
      throw broken('seats elected = seats', `${elected} elected for ${contest.seats} seats among ${contest.candidates.length} candidates`);
    }
    if (!explained && elected > contest.seats) throw broken('no more elected than seats', `${elected} elected for ${contest.seats} seats`);
    // Every seat is somebody's, undecided, or unfilled; only a file marking more elected than seats (warned) has more.
    if (elected <= contest.seats && elected + contest.undecidedSeats + contest.unfilledSeats !== contest.seats) {
      throw broken(
        'elected + undecided + unfilled = seats',
        `${elected} elected, ${contest.undecidedSeats} undecided, ${contest.unfilledSeats} unfilled for ${contest.seats} seats`,
      );
    }
  }
}

/** read = used + filtered + set aside, none negative: every row read is accounted for, once. */
export function checkRowAccount(rows: RowAccount): void {
  const setAside = sumOf(rows.setAside.map((s) => s.count));
  const parts = [rows.read, rows.used, rows.filtered, ...rows.setAside.map((s) => s.count)];
  if (parts.some((n) => !Number.isInteger(n) || n < 0) || rows.read !== rows.used + rows.filtered + setAside) {
    throw new InvariantError(
      'rows read = used + filtered + set aside',
      'the input',
      `read ${rows.read}, used ${rows.used}, filtered ${rows.filtered}, set aside ${setAside}`,
    );
  }
}

/** A council's composition: after = before − defended + won for each party, none negative, summing to the council's seats. */
export function checkComposition(council: {
  readonly council: string | null;
  readonly totalSeats: number;
  readonly composition: readonly { party: string; before: number; defended: number; won: number; after: number }[];
}): void {
  const subject = council.council ?? 'the council';
  for (const row of council.composition) {
    if (row.after !== row.before - row.defended + row.won || row.after < 0) {
      throw new InvariantError(
        'after = before - defended + won',
        subject,
        `${row.party}: before ${row.before}, defended ${row.defended}, won ${row.won}, after ${row.after}`,
      );
    }
  }
  const after = sumOf(council.composition.map((r) => r.after));
  if (after !== council.totalSeats) {
    throw new InvariantError(
      'composition after sums to the council seats',
      subject,
      `${after} seats after on a council of ${council.totalSeats}`,
    );
  }
}

function sumOf(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/**
 * The totals account for every seat: each is won by a party, undecided (the file does not settle who won),
 * or unfilled (fewer candidates than seats, a cancelled poll); candidates elected beyond a contest's seats
 * are counted for their parties as the file says, and counted as such.
 */
export function checkSeatAccount(
  totals: { readonly seats: number; readonly undecidedSeats: number; readonly unfilledSeats: number; readonly electedBeyondSeats: number },
  partySeats: number,
): void {
  const accounted = partySeats + totals.undecidedSeats + totals.unfilledSeats - totals.electedBeyondSeats;
  if (accounted !== totals.seats) {
    throw new InvariantError(
      'seats = party seats + undecided + unfilled',
      'the totals',
      `${totals.seats} seats, but ${partySeats} won by parties, ${totals.undecidedSeats} undecided, ${totals.unfilledSeats} unfilled and ${totals.electedBeyondSeats} elected beyond the seats`,
    );
  }
}
