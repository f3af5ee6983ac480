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
import type { Contest, Warning } from './model';
import { seatHolders } from './gains';

export interface PartyCount {
  readonly party: string;
  readonly seats: number;
}

/** A composition before the election: for one named council, or (council null) for the only one in the file. */
export interface Composition {
  readonly council: string | null;
  readonly parties: readonly PartyCount[];
}

export type DefendedFrom = 'defending-column' | 'previous-election';

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
 */
export function councilResult(
  composition: Composition,
  contests: readonly Contest[],
  previous: ReadonlyMap<Contest, Contest> | null,
  warnings: Warning[],
): CouncilResult {
  const before = new Map(composition.parties.map((p) => [p.party, p.seats]));
  const defended = new Map<string, number>();
  const won = new Map<string, number>();
  const useColumn = contests.every((c) => c.defending !== null);
  let seatsUp = 0;
  for (const contest of contests) {
    seatsUp += contest.seats;
    let defenders: readonly string[] | null = null;
    if (useColumn) defenders = contest.defending;
    else {
      const old = previous?.get(contest);
      if (old) defenders = seatHolders(old).map((h) => h.party);
    }
    if (defenders === null) {
      warnings.push({
        code: 'defended-unknown',
        message: `${contest.area}: no defending party (no defending column and no previous result matched); its seats are left out of "defended"`,
        origin: contest.origin,
      });
    } else for (const party of defenders) defended.set(party, (defended.get(party) ?? 0) + 1);
    for (const holder of seatHolders(contest)) won.set(holder.party, (won.get(holder.party) ?? 0) + 1);
  }

  const name = composition.council ?? contests[0]?.council ?? 'the council';
  for (const [party, seats] of defended) {
    if (seats > (before.get(party) ?? 0)) {
      warnings.push({
        code: 'defended-more-than-held',
        message: `${name}: ${party} defends ${seats} seats but held ${before.get(party) ?? 0} before the election`,
        origin: null,
      });
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

  const totalSeats = rows.reduce((t, r) => t + r.before, 0);
  const totalAfter = rows.reduce((t, r) => t + r.after, 0);
  if (totalAfter !== totalSeats) {
    warnings.push({
      code: 'seats-do-not-add-up',
      message: `${name}: ${totalSeats} seats before but ${totalAfter} after (seats defended and won differ); the threshold uses the seats before`,
      origin: null,
    });
  }
  const threshold = majorityThreshold(totalSeats);
  const controlBefore = controllingParty(rows.map((r) => ({ party: r.party, seats: r.before })), threshold);
  const controlAfter = controllingParty(rows.map((r) => ({ party: r.party, seats: r.after })), threshold);
  const most = Math.max(0, ...rows.map((r) => r.after));
  const largestParties = rows.filter((r) => r.after === most && most > 0).map((r) => r.party);
  return {
    council: composition.council ?? contests[0]?.council ?? null,
    totalSeats,
    majorityThreshold: threshold,
    seatsUp,
    defendedFrom: useColumn ? 'defending-column' : 'previous-election',
    composition: rows,
    control: {
      before: controlBefore,
      after: controlAfter,
      largestParty: largestParties.length === 1 ? largestParties[0]! : null,
      largestParties,
      seatsShort: controlAfter !== null ? 0 : threshold - most,
      kind:
        controlBefore === controlAfter
          ? controlBefore === null
            ? 'no-change'
            : 'hold'
          : controlAfter === null
            ? 'lose'
            : 'gain',
    },
  };
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
 * name applies to the one council of the file (or to the file as a whole when it names none).
 */
export function compareCouncils(
  compositions: readonly Composition[],
  contests: readonly Contest[],
  previous: ReadonlyMap<Contest, Contest> | null,
): CouncilComparison {
  const warnings: Warning[] = [];
  const councils = compositions.map((composition) => {
    const own =
      composition.council === null ? contests : contests.filter((c) => c.council !== null && sameName(c.council, composition.council!));
    return councilResult(composition, own, previous, warnings);
  });
  return { councils, summary: summariseControl(councils), warnings };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
