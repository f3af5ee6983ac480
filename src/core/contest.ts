/**
 * Turning the rows of one contest into a `Contest`: how many seats were filled and whether a poll was
 * held. The reader (`src/io`) gathers the rows; the rules for what they mean live here.
 */
import { DataError, plural, type Origin } from '../errors';
import type { Candidate, Contest, ContestStatus, VotingSystem } from './model';

export interface ContestDraft {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  /** The `seats` column, when the file has one. */
  readonly seats: number | null;
  readonly candidates: readonly Candidate[];
  readonly electorate: number | null;
  readonly ballots: number | null;
  readonly rejected: number | null;
  readonly defending: readonly string[] | null;
  readonly cancelled: boolean;
  /** Each candidate row is a party's vote (one column per party), not one candidate's. */
  readonly votesByParty?: boolean;
  /** Plurality unless the file (or its layout) says STV. */
  readonly system?: VotingSystem | undefined;
  /** STV: the quota, when the file gives it. */
  readonly quota?: number | null;
  readonly origin: Origin;
}

/**
 * Seats: the `seats` column, else the number of candidates marked elected, else 1 (issue #2).
 * Status: `uncontested` when no candidate has votes and there are no more candidates than seats
 * (returned unopposed: domain-rules.md §6; zero votes for every candidate count as none, the way archives
 * record unopposed returns); `cancelled` when the file says the poll was cancelled.
 *
 *     results: w.csv:4: no votes for the 3 candidates in "Warndon", which has 1 seat: ...
 */
export function makeContest(draft: ContestDraft): Contest {
  const { candidates } = draft;
  const first = candidates[0];
  if (first === undefined) throw new DataError(draft.origin, `contest ${JSON.stringify(draft.area)} has no candidates`, 'empty-contest');

  const markedElected = candidates.filter((c) => c.elected === true).length;
  const seats = draft.seats ?? (markedElected > 0 ? markedElected : 1);

  let candidatesAsRead = candidates;
  // Archives such as LEAP record an unopposed return as 0 votes: no poll was held, so the votes are absent.
  if (candidates.length <= seats && candidates.every((c) => c.votes === null || c.votes === 0) && candidates.some((c) => c.votes === 0)) {
    candidatesAsRead = candidates.map((c) => ({ ...c, votes: null }));
  }
  const withVotes = candidatesAsRead.filter((c) => c.votes !== null);
  let status: ContestStatus = 'contested';
  let votesMissing = false;
  if (draft.cancelled) {
    status = 'cancelled';
  } else if (withVotes.length === 0) {
    // An STV file that marks who was elected but leaves the count out (IndyLive 2022 for Orkney, Shetland,
    // Eilean Siar, North Ayrshire): a poll was held, the seats are known, the votes are not.
    if (candidates.length > seats && draft.system === 'stv' && markedElected > 0 && candidates.every((c) => c.elected !== null)) {
      votesMissing = true;
    } else if (candidates.length > seats) {
      throw new DataError(
        first.origin,
        `no votes for the ${candidates.length} candidates in ${JSON.stringify(draft.area)}, which has ${plural(seats, 'seat')}: ` +
          `a contest without votes must have no more candidates than seats (returned unopposed)`,
        'empty-contest',
      );
    } else {
      status = 'uncontested';
    }
  } else if (withVotes.length < candidates.length) {
    const missing = candidates.find((c) => c.votes === null) ?? first;
    throw new DataError(
      missing.origin,
      `votes missing for ${JSON.stringify(missing.name)} in ${JSON.stringify(draft.area)}, where other candidates have votes`,
      'missing-votes',
    );
  }

  return {
    council: draft.council,
    area: draft.area,
    code: draft.code,
    seats,
    status,
    system: draft.system ?? 'plurality',
    candidates: candidatesAsRead,
    electorate: draft.electorate,
    ballots: draft.ballots,
    rejected: draft.rejected,
    defending: draft.defending,
    ...(draft.system === 'stv' ? { quota: draft.quota ?? null } : {}),
    ...(votesMissing ? { votesMissing } : {}),
    ...(draft.votesByParty === true ? { votesByParty: true } : {}),
    origin: draft.origin,
  };
}
