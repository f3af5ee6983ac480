/**
 * Gathering candidate rows into contests. Rows of one contest (same council and area) need not be
 * adjacent; contest-level values (seats, electorate, ballots, rejected, code) must agree across its rows,
 * and one candidate may not appear twice.
 */
import { DataError, type Origin } from '../errors';
import { makeContest } from '../core/contest';
import type { Candidate, Contest } from '../core/model';
import { INDEPENDENT, type PartyRegistry } from '../core/parties';
import type { CandidateRow } from './rows';

interface Draft {
  readonly council: string | null;
  readonly area: string;
  readonly origin: Origin;
  code: Known<string>;
  seats: Known<number>;
  electorate: Known<number>;
  ballots: Known<number>;
  rejected: Known<number>;
  defending: Known<string>;
  cancelled: boolean;
  readonly candidates: Candidate[];
  readonly seen: Map<string, Origin>;
}

/** A contest-level value and the row that first gave it. */
type Known<T> = { value: T; origin: Origin } | null;

export class ContestAssembler {
  private readonly drafts = new Map<string, Draft>();

  constructor(private readonly registry: PartyRegistry) {}

  add(row: CandidateRow): void {
    const key = `${row.council ?? ''}\u0000${row.area}`;
    let draft = this.drafts.get(key);
    if (!draft) {
      draft = {
        council: row.council,
        area: row.area,
        origin: row.origin,
        code: null,
        seats: null,
        electorate: null,
        ballots: null,
        rejected: null,
        defending: null,
        cancelled: false,
        candidates: [],
        seen: new Map(),
      };
      this.drafts.set(key, draft);
    }
    draft.code = agree(draft, 'code', draft.code, row.code, row.origin);
    draft.seats = agree(draft, 'seats', draft.seats, row.seats, row.origin);
    draft.electorate = agree(draft, 'electorate', draft.electorate, row.electorate, row.origin);
    draft.ballots = agree(draft, 'ballots', draft.ballots, row.ballots, row.origin);
    draft.rejected = agree(draft, 'rejected', draft.rejected, row.rejected, row.origin);
    draft.defending = agree(draft, 'defending', draft.defending, row.defending, row.origin);
    draft.cancelled ||= row.cancelled;

    const candidate = this.candidate(row);
    const identity = `${candidate.name}\u0000${candidate.party}`;
    const previous = draft.seen.get(identity);
    if (previous) {
      throw new DataError(
        row.origin,
        `duplicate candidate ${JSON.stringify(candidate.name)} (${candidate.party}) in ${JSON.stringify(draft.area)}, first at line ${previous.line}`,
        'duplicate-candidate',
      );
    }
    draft.seen.set(identity, row.origin);
    draft.candidates.push(candidate);
  }

  /**
   * The contests in order of first appearance. With `onError`, a contest that cannot stand (no votes for
   * more candidates than seats, say) is reported there and left out; without it, the error is thrown.
   */
  finish(onError?: (error: DataError) => void): Contest[] {
    const contests: Contest[] = [];
    for (const draft of this.drafts.values()) {
      try {
        contests.push(this.contest(draft));
      } catch (error) {
        if (!(error instanceof DataError) || onError === undefined) throw error;
        onError(error);
      }
    }
    return contests;
  }

  private contest(draft: Draft): Contest {
    return makeContest({
        council: draft.council,
        area: draft.area,
        code: draft.code?.value ?? null,
        seats: draft.seats?.value ?? null,
        candidates: draft.candidates,
        electorate: draft.electorate?.value ?? null,
        ballots: draft.ballots?.value ?? null,
        rejected: draft.rejected?.value ?? null,
        defending: draft.defending === null ? null : splitParties(draft.defending.value).map((d) => this.canonicalParty(d)),
        cancelled: draft.cancelled,
        origin: draft.origin,
      });
  }

  private candidate(row: CandidateRow): Candidate {
    const party = this.registry.lookup(row.party);
    const independent = row.party === '' || party?.name === INDEPENDENT;
    return {
      name: row.candidate,
      party: independent ? INDEPENDENT : (party?.name ?? row.party),
      partyCode: independent ? (party?.code ?? 'Ind') : (party?.code ?? row.party),
      description: row.party,
      independent,
      votes: row.votes,
      elected: row.elected,
      origin: row.origin,
    };
  }

  private canonicalParty(written: string): string {
    return this.registry.lookup(written)?.name ?? written;
  }
}

/** `defending` names one party a seat: "Con", or "Con; Lab" for a ward of two seats. */
function splitParties(text: string): string[] {
  return text
    .split(/[;+]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

function agree<T>(draft: Draft, what: string, known: Known<T>, value: T | null, origin: Origin): Known<T> {
  if (value === null) return known;
  if (known === null) return { value, origin };
  if (known.value !== value) {
    throw new DataError(
      origin,
      `${what} for ${JSON.stringify(draft.area)} is ${JSON.stringify(value)} here but ${JSON.stringify(known.value)} at line ${known.origin.line}`,
      'contest-values-disagree',
    );
  }
  return known;
}
