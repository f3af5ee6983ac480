/**
 * Council composition and control after an election (domain-rules.md §5).
 *
 *   after = before − seats defended + seats won
 *   majority threshold = floor(N / 2) + 1, N = all seats on the council (vacancies included)
 *   control = the party holding at least the threshold, else no overall control (NOC)
 *
 * Control before the election is always the eve-of-poll position (§4b, §5), so `before` is the
 * composition on the eve of poll. Seats defended come from the `defending` column; without it, from the
 * winners when the seats were last fought (`--previous`), which ignores defections since and is stated as
 * an assumption.
 */
import { InputError, plural } from '../errors';
import { areaKey } from './fold';
import { seatHolders } from './gains';
import { checkComposition } from './invariants';
import type { Contest, Warning } from './model';

export interface PartyCount {
  readonly party: string;
  readonly seats: number;
}

/** A composition before the election: for one named council, or (council null) for the only one in the file. */
export interface Composition {
  readonly council: string | null;
  readonly parties: readonly PartyCount[];
}

/** Where the seats defended came from: every seat (all out), the defending column, or the last-fought winners. */
export type DefendedFrom = 'all-out' | 'defending-column' | 'previous-election';

export interface CompositionRow {
  readonly party: string;
  readonly before: number;
  readonly defended: number;
  readonly won: number;
  readonly after: number;
  readonly change: number;
}

export interface CouncilControl {
  /** The controlling party, or null for no overall control. */
  readonly before: string | null;
  readonly after: string | null;
  /** The party with most seats after; null when two or more tie for most. */
  readonly largestParty: string | null;
  readonly largestParties: readonly string[];
  /** Seats the largest party is short of a majority (0 when a party controls). */
  readonly seatsShort: number;
  readonly kind: 'hold' | 'gain' | 'lose' | 'no-change';
}

export interface CouncilResult {
  readonly council: string | null;
  readonly totalSeats: number;
  readonly majorityThreshold: number;
  readonly seatsUp: number;
  readonly defendedFrom: DefendedFrom;
  readonly composition: readonly CompositionRow[];
  readonly control: CouncilControl;
}

export interface ControlSummary {
  /** Councils controlled per party after, and the number in NOC (party null). */
  readonly controlled: readonly { party: string | null; councils: number; change: number }[];
  readonly changes: readonly { council: string | null; before: string | null; after: string | null }[];
}

export interface CouncilComparison {
  readonly councils: readonly CouncilResult[];
  readonly summary: ControlSummary;
  readonly warnings: readonly Warning[];
}

export interface CouncilOptions {
  /** Every seat was up (an all-out election, perhaps on new boundaries with fewer seats than before). */
  readonly allOut?: boolean;
}

/** floor(N/2) + 1 (§5): Worcester, 35 seats, needs 18. */
export function majorityThreshold(totalSeats: number): number {
  return Math.floor(totalSeats / 2) + 1;
}

/** The party with at least the threshold, else null (no overall control). */
export function controllingParty(parties: readonly PartyCount[], threshold: number): string | null {
  return parties.find((p) => p.seats >= threshold)?.party ?? null;
}

/**
 * One council's composition and control. `contests` are the contests of this election for the council;
 * `previous` maps a contest to its last-fought contest when defended seats come from there.
 *
 * What is defended decides the answer, so it is never guessed:
 * - all out (as many seats up as the council had before, or `allOut` when a boundary review made the council
 *   smaller): every seat is defended, after = seats won, and the council's size is the seats filled;
 * - otherwise each contest's defending party comes from the file's defending column, or (stated as an
 *   assumption) from the winners when the seats were last fought; a contest with neither is refused
 *   (exit 1), as is a seat left undecided by a tie, or a composition that does not add up.
 */
export function councilResult(
  composition: Composition,
  contests: readonly Contest[],
  previous: ReadonlyMap<Contest, Contest> | null,
  warnings: Warning[],
  options: CouncilOptions = {},
): CouncilResult {
  const name = composition.council ?? contests[0]?.council ?? 'the council';
  const before = new Map(composition.parties.map((p) => [p.party, p.seats]));
  const seatsBefore = sumSeats(composition.parties);
  const won = new Map<string, number>();
  let seatsUp = 0;
  for (const contest of contests) {
    seatsUp += contest.seats;
    const holders = seatHolders(contest);
    if (holders.length < Math.min(contest.seats, contest.candidates.length)) {
      throw new InputError(
        `${contest.origin.file}:${contest.origin.line}`,
        `${name}: ${contest.area} has ${contest.seats - holders.length} of ${plural(contest.seats, 'seat')} undecided (a tie the file does not settle), so the composition after cannot be known; add an elected column saying who won the lot`,
      );
    }
    for (const holder of holders) won.set(holder.party, (won.get(holder.party) ?? 0) + 1);
  }

  const allOut = contests.length > 0 && (options.allOut === true || seatsUp >= seatsBefore);
  let defended: Map<string, number>;
  let defendedFrom: DefendedFrom;
  if (allOut) {
    defended = new Map(before);
    defendedFrom = 'all-out';
    if (seatsUp !== seatsBefore) {
      warnings.push({
        code: 'council-size-changed',
        message: `${name}: ${plural(seatsUp, 'seat')} filled at an all-out election, ${seatsBefore} in the composition before (a new council size, or a composition that is out of date)`,
        origin: null,
      });
    }
  } else {
    ({ defended, defendedFrom } = defendedSeats(name, contests, previous, seatsBefore, seatsUp));
  }

  for (const [party, seats] of defended) {
    if (seats > (before.get(party) ?? 0)) {
      throw new InputError(
        '',
        `${name}: ${party} defends ${plural(seats, 'seat')} but held ${before.get(party) ?? 0} before the election (from --before): the composition or the defending parties are wrong`,
      );
    }
  }

  const parties = [...new Set([...before.keys(), ...defended.keys(), ...won.keys()])];
  const rows = parties
    .map((party) => {
      const b = before.get(party) ?? 0;
      const d = defended.get(party) ?? 0;
      const w = won.get(party) ?? 0;
      return { party, before: b, defended: d, won: w, after: b - d + w, change: w - d };
    })
    .sort((x, y) => y.after - x.after || y.before - x.before || x.party.localeCompare(y.party));

  const totalSeats = allOut ? seatsUp : seatsBefore;
  const thresholdBefore = majorityThreshold(seatsBefore);
  const threshold = majorityThreshold(totalSeats);
  const controlBefore = controllingParty(
    rows.map((r) => ({ party: r.party, seats: r.before })),
    thresholdBefore,
  );
  const controlAfter = controllingParty(
    rows.map((r) => ({ party: r.party, seats: r.after })),
    threshold,
  );
  let most = 0;
  for (const row of rows) if (row.after > most) most = row.after;
  const largestParties = rows.filter((r) => r.after === most && most > 0).map((r) => r.party);
  const result: CouncilResult = {
    council: composition.council ?? contests[0]?.council ?? null,
    totalSeats,
    majorityThreshold: threshold,
    seatsUp,
    defendedFrom,
    composition: rows,
    control: {
      before: controlBefore,
      after: controlAfter,
      largestParty: largestParties.length === 1 ? largestParties[0]! : null,
      largestParties,
      seatsShort: controlAfter !== null ? 0 : threshold - most,
      kind: controlBefore === controlAfter ? (controlBefore === null ? 'no-change' : 'hold') : controlAfter === null ? 'lose' : 'gain',
    },
  };
  checkComposition(result);
  return result;
}

/**
 * Seats defended at a partial (thirds, halves) election: the defending column where every contest has one,
 * else the winners when each seat was last fought. Refused when some contest has neither, or when the seats
 * defended and won cannot add up to the council.
 */
function defendedSeats(
  name: string,
  contests: readonly Contest[],
  previous: ReadonlyMap<Contest, Contest> | null,
  seatsBefore: number,
  seatsUp: number,
): { defended: Map<string, number>; defendedFrom: DefendedFrom } {
  const defended = new Map<string, number>();
  const useColumn = contests.every((c) => c.defending !== null);
  const unknown: Contest[] = [];
  for (const contest of contests) {
    let defenders: readonly string[] | null = null;
    if (useColumn) defenders = contest.defending;
    else {
      const old = previous?.get(contest);
      if (old) defenders = seatHolders(old).map((h) => h.party);
    }
    if (defenders === null || defenders.length !== contest.seats) {
      unknown.push(contest);
      continue;
    }
    for (const party of defenders) defended.set(party, (defended.get(party) ?? 0) + 1);
  }
  if (unknown.length > 0) {
    const first = unknown[0]!;
    const how =
      previous === null
        ? 'give --previous FILE (the results when these seats were last fought) or a defending column, or --all-out if every seat was up (new boundaries)'
        : 'no previous result matched them, and the file has no defending column (an --area-map can match renamed wards; --all-out if every seat was up)';
    throw new InputError(
      `${first.origin.file}:${first.origin.line}`,
      `${name}: ${seatsUp} of ${seatsBefore} seats were up, and who defended ${plural(unknown.length, 'contest')} is not known ` +
        `(${unknown
          .slice(0, 3)
          .map((c) => JSON.stringify(c.area))
          .join(', ')}${unknown.length > 3 ? ', ...' : ''}): ` +
        `the composition after cannot be computed; ${how}`,
    );
  }
  return { defended, defendedFrom: useColumn ? 'defending-column' : 'previous-election' };
}

function sumSeats(parties: readonly PartyCount[]): number {
  let total = 0;
  for (const party of parties) total += party.seats;
  return total;
}

/** Councils controlled per party after, with the change since before, and the councils that changed hands. */
export function summariseControl(councils: readonly CouncilResult[]): ControlSummary {
  const counts = new Map<string | null, { before: number; after: number }>();
  const bump = (party: string | null, when: 'before' | 'after') => {
    const entry = counts.get(party) ?? { before: 0, after: 0 };
    entry[when] += 1;
    counts.set(party, entry);
  };
  for (const c of councils) {
    bump(c.control.before, 'before');
    bump(c.control.after, 'after');
  }
  return {
    controlled: [...counts.entries()]
      .map(([party, n]) => ({ party, councils: n.after, change: n.after - n.before }))
      .sort((x, y) => y.councils - x.councils || (x.party ?? '~').localeCompare(y.party ?? '~')),
    changes: councils
      .filter((c) => c.control.before !== c.control.after)
      .map((c) => ({ council: c.council, before: c.control.before, after: c.control.after })),
  };
}

/**
 * Composition and control for each council with a composition before. A composition without a council
 * name applies to the file's one council (or to the file as a whole when it names none); the caller sees
 * to it that such a file has one. A composition for a council with no contest in the file is left out with
 * a warning (no election there: nothing changed), and so is a council with contests but no composition.
 */
export function compareCouncils(
  compositions: readonly Composition[],
  contests: readonly Contest[],
  previous: ReadonlyMap<Contest, Contest> | null,
  options: CouncilOptions = {},
): CouncilComparison {
  const warnings: Warning[] = [];
  const councils: CouncilResult[] = [];
  const covered = new Set<string>();
  for (const composition of compositions) {
    const own =
      composition.council === null
        ? contests
        : contests.filter((c) => c.council !== null && areaKey(c.council) === areaKey(composition.council!));
    if (composition.council !== null) covered.add(areaKey(composition.council));
    if (own.length === 0) {
      warnings.push({
        code: 'council-not-in-file',
        message: `${composition.council ?? 'the council'}: a composition before is given but no contest of this council was read; left out`,
        origin: null,
      });
      continue;
    }
    councils.push(councilResult(composition, own, previous, warnings, options));
  }
  if (!compositions.some((c) => c.council === null)) {
    const without = [
      ...new Set(contests.filter((c) => c.council === null || !covered.has(areaKey(c.council))).map((c) => c.council ?? '(no council)')),
    ];
    if (without.length > 0) {
      warnings.push({
        code: 'composition-missing',
        message: `no composition before for ${plural(without.length, 'council')} (${without.slice(0, 5).join(', ')}${without.length > 5 ? ', ...' : ''}): left out`,
        origin: null,
      });
    }
  }
  return { councils, summary: summariseControl(councils), warnings };
}
