/**
 * Seat-by-seat holds and gains against a baseline (domain-rules.md §4).
 *
 *   last-fought (default): the party that won each seat when it was last fought, ignoring defections and
 *     by-elections since (BBC since 2013, Commons Library / Elections Centre);
 *   eve-of-poll: the party defending each seat on the eve of poll, from the `defending` column.
 *
 * A multi-member ward is compared as two multisets of seats per party: the seats a party had and has in
 * common are holds, the rest are its gains and the other parties' losses. Which loser a multi-seat gain is
 * "from" is not in the data when more than one party lost; gains are paired with losses largest first, in
 * order of appearance, and the pairing is stated as such.
 *
 * Independents: each independent is separate (§4). A seat passing from one independent to a different
 * independent is flagged, not called a hold.
 */
import { groupBy } from './arrays';
import type { Contest, Warning } from './model';
import type { Matching } from './match';
import { INDEPENDENT } from './parties';
import { tallyContest } from './tally';
import { plural } from '../errors';

export type Baseline = 'last-fought' | 'eve-of-poll';
export const baselines: readonly Baseline[] = ['last-fought', 'eve-of-poll'];

/** One seat's holder: a party, or an independent named (independents are never a slate). */
export interface SeatHolder {
  readonly party: string;
  readonly candidate: string | null;
}

export interface SeatMove {
  readonly party: string;
  /** The party the seats came from; null for a seat with no holder before (more seats than last time). */
  readonly from: string | null;
  readonly seats: number;
}

export interface ContestResult {
  readonly kind: 'hold' | 'gain';
  /** The gaining party (the first, if several), or for a hold the party holding most seats. */
  readonly party: string;
  readonly from: string | null;
  readonly text: string;
  readonly gains: readonly SeatMove[];
  readonly holds: readonly { party: string; seats: number }[];
  /** Set when a seat passed between different independents (§4): reported, not called a hold. */
  readonly independentChange: boolean;
}

export interface ContestGains {
  readonly council: string | null;
  readonly area: string;
  readonly code: string | null;
  /** Parties holding the seats before (one entry a seat) and after. */
  readonly before: readonly string[];
  readonly after: readonly string[];
  readonly result: ContestResult;
  /** Net change in seats per party in this contest (parties with no change left out). */
  readonly seatChanges: readonly { party: string; net: number }[];
}

export interface PartySeats {
  readonly party: string;
  readonly seatsBefore: number;
  readonly seatsAfter: number;
  readonly gains: number;
  readonly losses: number;
  readonly net: number;
}

export interface GainsSummary {
  readonly parties: readonly PartySeats[];
  readonly matrix: readonly SeatMove[];
}

export interface GainsComparison extends GainsSummary {
  readonly baseline: Baseline;
  readonly contests: readonly ContestGains[];
  readonly councils: readonly ({ council: string } & GainsSummary)[];
  /** Contests with no baseline (no defending column, undecided seats) and why. */
  readonly leftOut: readonly { council: string | null; area: string; reason: string }[];
  readonly warnings: readonly Warning[];
}

/** Who holds the seats a contest filled, one entry a seat, as the count (tally) decides them. */
export function seatHolders(contest: Contest): SeatHolder[] {
  const counted = tallyContest(contest, 'top');
  return counted.candidates
    .filter((c) => c.elected === true)
    .map((c) => ({ party: c.independent ? INDEPENDENT : c.party, candidate: c.independent ? c.name : null }));
}

/**
 * Compares the seats of one contest, `before` (one holder a seat) against `after`. Pure multiset
 * arithmetic: per party, held = min(before, after), gains = after - held, losses = before - held.
 */
export function compareSeats(before: readonly SeatHolder[], after: readonly SeatHolder[], seats: number): ContestResult {
  const parties = (holders: readonly SeatHolder[]) => count(holders.map((h) => h.party));
  const was = parties(before);
  const now = parties(after);
  const holds: { party: string; seats: number }[] = [];
  const gained: { party: string; seats: number }[] = [];
  const lost: { party: string; seats: number }[] = [];
  for (const party of new Set([...now.keys(), ...was.keys()])) {
    const held = Math.min(was.get(party) ?? 0, now.get(party) ?? 0);
    if (held > 0) holds.push({ party, seats: held });
    if ((now.get(party) ?? 0) > held) gained.push({ party, seats: now.get(party)! - held });
    if ((was.get(party) ?? 0) > held) lost.push({ party, seats: was.get(party)! - held });
  }
  const byCount = (x: { seats: number }, y: { seats: number }) => y.seats - x.seats;
  gained.sort(byCount);
  lost.sort(byCount);
  const gains: SeatMove[] = [];
  for (const gain of gained) {
    let open = gain.seats;
    for (const loss of lost) {
      if (open === 0) break;
      const moved = Math.min(open, loss.seats);
      if (moved === 0) continue;
      gains.push({ party: gain.party, from: loss.party, seats: moved });
      loss.seats -= moved;
      open -= moved;
    }
    if (open > 0) gains.push({ party: gain.party, from: null, seats: open });
  }

  // Independents are compared by person: the same party name "Independent" on both sides is a hold only
  // if the same independent holds it.
  const independentsBefore = before.filter((h) => h.candidate !== null).map((h) => h.candidate);
  const independentsAfter = after.filter((h) => h.candidate !== null).map((h) => h.candidate);
  const heldIndependent = holds.find((h) => h.party === INDEPENDENT)?.seats ?? 0;
  const samePeople = independentsAfter.filter((name) => independentsBefore.includes(name)).length;
  const independentChange = heldIndependent > samePeople;

  const first = gains[0];
  const kind = first !== undefined ? 'gain' : 'hold';
  const party = first?.party ?? [...holds].sort(byCount)[0]?.party ?? after[0]?.party ?? '';
  return {
    kind,
    party,
    from: first?.from ?? null,
    text: resultText(gains, holds, seats, independentChange),
    gains,
    holds,
    independentChange,
  };
}

/**
 * The result in words:
 *   one seat:   "Labour hold", "Green gain from Conservative"
 *   several:    "Labour gain 1 from Conservative, 1 hold", "Labour hold 2", "Labour 1 hold; Conservative 1 hold"
 */
function resultText(
  gains: readonly SeatMove[],
  holds: readonly { party: string; seats: number }[],
  seats: number,
  independentChange: boolean,
): string {
  const flag = independentChange ? ' (a different independent: flagged, not a like-for-like hold)' : '';
  if (seats === 1 && gains.length + holds.length === 1) {
    const gain = gains[0];
    if (gain) return gain.from === null ? `${gain.party} gain (no previous holder)` : `${gain.party} gain from ${gain.from}`;
    return `${holds[0]!.party} hold${flag}`;
  }
  const parties = [...new Set([...gains.map((g) => g.party), ...holds.map((h) => h.party)])];
  if (gains.length === 0 && parties.length === 1) return `${parties[0]} hold ${holds[0]!.seats}${flag}`;
  return (
    parties
      .map((party) => {
        const parts = [
          ...gains
            .filter((g) => g.party === party)
            .map((g) => (g.from === null ? `gain ${g.seats} (no previous holder)` : `gain ${g.seats} from ${g.from}`)),
          ...holds.filter((h) => h.party === party).map((h) => `${h.seats} hold`),
        ];
        return `${party} ${parts.join(', ')}`;
      })
      .join('; ') + flag
  );
}

function count(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/**
 * Holds and gains for every contest of the later election that has a baseline: its matched contest in the
 * earlier election (last-fought) or its `defending` column (eve-of-poll).
 */
export function compareGains(matching: Matching<Contest> | null, after: readonly Contest[], baseline: Baseline): GainsComparison {
  const contests: ContestGains[] = [];
  const leftOut: { council: string | null; area: string; reason: string }[] = [];
  const warnings: Warning[] = [];
  const previous = new Map<Contest, Contest>();
  for (const pair of matching?.pairs ?? []) previous.set(pair.after, pair.before);

  for (const contest of after) {
    let was: SeatHolder[];
    if (baseline === 'eve-of-poll') {
      if (contest.defending === null) {
        leftOut.push({ council: contest.council, area: contest.area, reason: 'no defending party given (the defending column)' });
        continue;
      }
      was = contest.defending.map((party) => ({ party, candidate: null }));
    } else {
      const old = previous.get(contest);
      if (!old) continue; // listed as unmatched by the matching
      was = seatHolders(old);
      if (was.length !== old.seats) {
        leftOut.push({
          council: contest.council,
          area: contest.area,
          reason: `the earlier result has ${was.length} of ${old.seats} seats decided`,
        });
        continue;
      }
    }
    const now = seatHolders(contest);
    if (now.length !== contest.seats) {
      leftOut.push({
        council: contest.council,
        area: contest.area,
        reason: `${now.length} of ${contest.seats} seats decided (an unresolved tie)`,
      });
      continue;
    }
    if (was.length !== now.length) {
      warnings.push({
        code: 'seat-count-changed',
        message: `${contest.area}: ${plural(was.length, 'seat')} before, ${now.length} now; seats without a previous holder are gains from no one, missing ones losses`,
        origin: contest.origin,
      });
    }
    const result = compareSeats(was, now, contest.seats);
    if (result.independentChange) {
      warnings.push({
        code: 'independent-change',
        message: `${contest.area}: a seat passed from one independent to a different independent; reported as a change, not a hold (domain-rules.md §4)`,
        origin: contest.origin,
      });
    }
    contests.push({
      council: contest.council,
      area: contest.area,
      code: contest.code,
      before: was.map((h) => h.party),
      after: now.map((h) => h.party),
      result,
      seatChanges: netChanges(was, now),
    });
  }

  const councils = groupBy(contests, (c) => c.council);
  councils.delete(null);
  return {
    baseline,
    contests,
    ...summarise(contests),
    councils: councils.size > 1 ? [...councils].map(([council, own]) => ({ council: council!, ...summarise(own) })) : [],
    leftOut,
    warnings,
  };
}

/** Net change in seats per party between two holder lists (parties with no change left out). */
export function netChanges(before: readonly SeatHolder[], after: readonly SeatHolder[]): { party: string; net: number }[] {
  const was = count(before.map((h) => h.party));
  const now = count(after.map((h) => h.party));
  return [...new Set([...now.keys(), ...was.keys()])]
    .map((party) => ({ party, net: (now.get(party) ?? 0) - (was.get(party) ?? 0) }))
    .filter((c) => c.net !== 0)
    .sort((x, y) => y.net - x.net || x.party.localeCompare(y.party));
}

/** Seats before and after, gains, losses and net per party; and the who-gained-from-whom matrix. */
export function summarise(contests: readonly ContestGains[]): GainsSummary {
  const parties = new Map<string, { party: string; seatsBefore: number; seatsAfter: number; gains: number; losses: number }>();
  const entry = (party: string) => {
    let found = parties.get(party);
    if (!found) {
      found = { party, seatsBefore: 0, seatsAfter: 0, gains: 0, losses: 0 };
      parties.set(party, found);
    }
    return found;
  };
  const matrix = new Map<string, SeatMove>();
  for (const contest of contests) {
    for (const party of contest.before) entry(party).seatsBefore += 1;
    for (const party of contest.after) entry(party).seatsAfter += 1;
    // Per party, seats not held are gains (after) or losses (before); so gains - losses = net always,
    // even where the number of seats changed.
    for (const party of new Set([...contest.before, ...contest.after])) {
      const held = contest.result.holds.find((h) => h.party === party)?.seats ?? 0;
      entry(party).gains += contest.after.filter((p) => p === party).length - held;
      entry(party).losses += contest.before.filter((p) => p === party).length - held;
    }
    for (const move of contest.result.gains) {
      const key = `${move.from}\u0000${move.party}`;
      const cell = matrix.get(key);
      matrix.set(key, { party: move.party, from: move.from, seats: (cell?.seats ?? 0) + move.seats });
    }
  }
  return {
    parties: [...parties.values()]
      .map((p) => ({ ...p, net: p.seatsAfter - p.seatsBefore }))
      .sort((x, y) => y.seatsAfter - x.seatsAfter || y.net - x.net || x.party.localeCompare(y.party)),
    matrix: [...matrix.values()].sort((x, y) => y.seats - x.seats || x.party.localeCompare(y.party)),
  };
}
