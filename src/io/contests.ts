/**
 * Gathering candidate rows into contests. Rows of one contest (same council and area) need not be
 * adjacent; contest-level values (seats, electorate, ballots, rejected, code) must agree across its rows,
 * and one candidate may not appear twice.
 */
import { DataError, type Origin } from '../errors';
import { makeContest } from '../core/contest';
import { areaKey } from '../core/fold';
import { KeyLines } from '../core/key-lines';
import type { Candidate, Contest, VotingSystem, Warning } from '../core/model';
import { INDEPENDENT, type PartyRegistry } from '../core/parties';
import type { CandidateRow } from './rows';

interface Draft {
  /** Its key in ContestAssembler.drafts. */
  readonly key: string;
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
  votesByParty: boolean;
  system: Known<VotingSystem>;
  quota: Known<number>;
  readonly candidates: Candidate[];
  /** Candidates by name and party, built once a contest has many (a few are compared one by one). */
  seen: Map<string, Candidate> | null;
  /** Other spellings of the council and area met in its rows (see AreaSpelling), each once. */
  spellings: Set<string> | null;
  /** The assembler's row count at this contest's last row so far. */
  lastRow: number;
}

/**
 * A row that names its contest's council or area another way (`North` / `north`, `Siân` in NFC and in NFD,
 * `St John's` / `St Johns`): one area by the one rule for "the same place" (areaKey in core/fold.ts), so one
 * contest, shown as first written; reported so the user can see what was counted together.
 */
export interface AreaSpelling {
  readonly first: { readonly council: string | null; readonly area: string; readonly origin: Origin };
  readonly other: { readonly council: string | null; readonly area: string; readonly origin: Origin };
}

/** Rows of finished contests held back before the first is released (AssemblerOptions.holdRows). */
export const HOLD_ROWS = 100_000;

/** Candidates compared one by one up to this many; a map by name and party beyond. */
const FEW_CANDIDATES = 16;

/** A contest-level value and the row that first gave it. */
type Known<T> = { value: T; origin: Origin } | null;

/** How the assembler hands on finished contests. */
export interface AssemblerOptions {
  /**
   * Receives each contest once it is finished, so memory holds only unfinished contests. Without it
   * every contest is held until `finish()` returns them all.
   */
  readonly release?: ((contest: Contest) => void) | undefined;
  /**
   * How far apart, in rows, a contest's rows may be (default HOLD_ROWS): a finished contest is held until more
   * than this many rows follow its last, so rows of it that appear again before then are counted with it
   * (a file sorted by ward but with one ward written two ways, `Market & Ashford` and `Market and Ashford`).
   */
  readonly holdRows?: number | undefined;
  /** Called with a contest's key as a run of its rows begins (a row of another contest came before). */
  readonly onRun?: ((key: string) => void) | undefined;
  /** A contest that cannot stand is reported here and left out, instead of stopping the run. */
  readonly onError?: ((error: DataError) => void) | undefined;
}

/**
 * Gathers rows into contests. A contest is finished when a row of another contest follows it, and released to
 * `release` once more than `holdRows` rows have followed its last row (in order of first appearance: an older
 * contest still held keeps the younger ones back, so the order never changes). Rows of a held contest that
 * appear again join it; rows of a released contest appearing again cannot be mended, and are an error rather
 * than a contest reported twice or split. Only each released contest's key is kept, to notice that: memory
 * follows contests, and the rows of the last `holdRows` rows' contests. A whole-file read holds every contest
 * (holdRows infinite), so any order of rows is read.
 */
export class ContestAssembler {
  /** Contests not yet released, by key. */
  private readonly drafts = new Map<string, Draft>();
  /**
   * The same contests in order of first appearance, from `first` on (those before it are released). Kept apart
   * from the map: iterating a Map from its start walks past every entry deleted since it was last rebuilt, so
   * releasing from the front of it at each contest is quadratic (14% of a 400k-row tally).
   */
  private readonly order: Draft[] = [];
  private first = 0;
  /** Contests released, by key, with the line each started on (outside V8's heap: see KeyLines). */
  private readonly released = new KeyLines();
  private current: Draft | null = null;
  /** Rows added so far (each draft remembers the count at its last row). */
  private rows = 0;
  private grouped = true;
  /** Party descriptions as written, one string each however many rows repeat them. */
  private readonly descriptions = new Map<string, string>();
  private readonly holdRows: number;

  constructor(
    private readonly registry: PartyRegistry,
    private readonly options: AssemblerOptions = {},
  ) {
    this.holdRows = options.holdRows ?? HOLD_ROWS;
  }

  /** Rows that spelled their contest's council or area another way, in reading order (one per spelling). */
  readonly spellings: AreaSpelling[] = [];

  private noteSpelling(draft: Draft, row: CandidateRow): void {
    if (row.area === draft.area && (row.council ?? '') === (draft.council ?? '')) return;
    const written = `${row.council ?? ''}\u0000${row.area}`;
    draft.spellings ??= new Set();
    if (draft.spellings.has(written)) return;
    draft.spellings.add(written);
    this.spellings.push({
      first: { council: draft.council, area: draft.area, origin: draft.origin },
      other: { council: row.council, area: row.area, origin: row.origin },
    });
  }

  /** Whether every contest so far had its rows together. */
  get isGrouped(): boolean {
    return this.grouped;
  }

  /** Contests held in memory (unfinished, or finished and not yet released). */
  get held(): number {
    return this.drafts.size;
  }

  add(row: CandidateRow): void {
    let draft: Draft | undefined;
    this.rows += 1;
    // The row continues the current contest (the usual case): no key built.
    if (this.current !== null && row.area === this.current.area && (row.council ?? '') === (this.current.council ?? '')) {
      draft = this.current;
    } else {
      const key = this.keyOf(row.council, row.area);
      draft = this.drafts.get(key);
      if (draft === undefined || draft !== this.current) {
        this.options.onRun?.(key);
        // Moving on from the current contest (releasing those held long enough) before reopening a held one.
        if (this.current !== null) this.moveOn();
        draft = this.drafts.get(key);
        // Rows of a finished contest, still held, again: the input is not grouped; they join it.
        if (draft !== undefined) this.grouped = false;
      }
      // Else the current contest, spelled another way: not a sign of an ungrouped file.
      if (draft !== undefined) this.noteSpelling(draft, row);
      if (draft === undefined) {
        const releasedAt = this.released.get(key);
        if (releasedAt !== undefined) {
          throw new DataError(
            row.origin,
            `rows for ${JSON.stringify(row.area)}${row.council === null ? '' : ` (${row.council})`} appear again after the contest was finished and written out (it starts at line ${releasedAt}); ` +
              `the file is not grouped by contest: sort it by council and ward, or hold more rows with --hold-rows (the default is ${HOLD_ROWS.toLocaleString('en-GB')}), or 'all' to read the whole file first`,
            'ungrouped-input',
          );
        }
        draft = {
          key,
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
          votesByParty: false,
          system: null,
          quota: null,
          candidates: [],
          seen: null,
          spellings: null,
          lastRow: 0,
        };
        this.drafts.set(key, draft);
        this.order.push(draft);
      }
      this.current = draft;
    }
    draft.lastRow = this.rows;
    draft.code = agree(draft, 'code', draft.code, row.code, row.origin);
    draft.seats = agree(draft, 'seats', draft.seats, row.seats, row.origin);
    draft.electorate = agree(draft, 'electorate', draft.electorate, row.electorate, row.origin);
    draft.ballots = agree(draft, 'ballots', draft.ballots, row.ballots, row.origin);
    draft.rejected = agree(draft, 'rejected', draft.rejected, row.rejected, row.origin);
    draft.defending = agree(draft, 'defending', draft.defending, row.defending, row.origin);
    draft.cancelled ||= row.cancelled;
    draft.votesByParty ||= row.votesByParty === true;
    draft.system = agree(draft, 'voting system', draft.system, row.system ?? null, row.origin);
    draft.quota = agree(draft, 'quota', draft.quota, row.quota ?? null, row.origin);

    const candidate = this.candidate(row);
    const previous = sameCandidate(draft, candidate);
    if (previous) {
      throw new DataError(
        row.origin,
        `duplicate candidate ${JSON.stringify(candidate.name)} (${candidate.party}) in ${JSON.stringify(draft.area)}, first at ${previous.origin.file}:${previous.origin.line}`,
        'duplicate-candidate',
      );
    }
    draft.candidates.push(candidate);
    if (draft.seen !== null) draft.seen.set(identity(candidate), candidate);
    else if (draft.candidates.length > FEW_CANDIDATES) draft.seen = new Map(draft.candidates.map((c) => [identity(c), c]));
  }

  /**
   * The contests in order of first appearance. With `release`, those not yet released are released and
   * the list is empty. With `onError`, a contest that cannot stand (no votes for more candidates than
   * seats, say) is reported there and left out; without it, the error is thrown.
   */
  finish(onError: ((error: DataError) => void) | undefined = this.options.onError): Contest[] {
    const contests: Contest[] = [];
    const release = this.options.release;
    const order = this.order;
    for (let i = this.first; i < order.length; i++) {
      const draft = order[i]!;
      this.drafts.delete(draft.key);
      try {
        const contest = this.contest(draft);
        if (release) release(contest);
        else contests.push(contest);
      } catch (error) {
        if (!(error instanceof DataError) || onError === undefined) throw error;
        onError(error);
      }
    }
    order.length = 0;
    this.first = 0;
    this.current = null;
    return contests;
  }

  /** The input has moved past the current contest: release, oldest first, the contests held long enough. */
  private moveOn(): void {
    this.current = null;
    const release = this.options.release;
    if (release === undefined) return;
    const order = this.order;
    while (this.first < order.length) {
      const draft = order[this.first]!;
      if (this.rows - draft.lastRow <= this.holdRows) break;
      this.first += 1;
      this.drafts.delete(draft.key);
      this.released.set(draft.key, draft.origin.line);
      try {
        release(this.contest(draft));
      } catch (error) {
        if (!(error instanceof DataError) || this.options.onError === undefined) throw error;
        this.options.onError(error);
      }
    }
    // The released are dropped from the front now and then, so the list holds about the held contests only.
    if (this.first > 1024 && 2 * this.first > order.length) {
      order.splice(0, this.first);
      this.first = 0;
    }
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
      votesByParty: draft.votesByParty,
      system: draft.system?.value,
      quota: draft.quota?.value ?? null,
      origin: draft.origin,
    });
  }

  private candidate(row: CandidateRow): Candidate {
    const { party, partyCode, independent } = candidateParty(this.registry, row.party, row.partyAbbreviation ?? '');
    return {
      name: row.candidate,
      party,
      partyCode,
      description: this.description(row.party),
      independent,
      votes: row.votes,
      elected: row.elected,
      ...(row.stage !== undefined ? { stage: row.stage } : {}),
      origin: row.origin,
    };
  }

  /** contestKey, with the council's part kept from the contest before (a council's contests come one after another). */
  private keyOf(council: string | null, area: string): string {
    if (council !== this.keyCouncil) {
      this.keyCouncil = council;
      this.councilKey = areaKey(council ?? '');
    }
    return `${this.councilKey}\u0000${areaKey(area)}`;
  }

  private keyCouncil: string | null = null;
  private councilKey = areaKey('');

  private description(written: string): string {
    const known = this.descriptions.get(written);
    if (known !== undefined) return known;
    this.descriptions.set(written, written);
    return written;
  }

  private canonicalParty(written: string): string {
    return this.registry.lookup(written)?.name ?? written;
  }
}

/**
 * The contest a row belongs to: its council and area folded (case, accents, Unicode form, spacing and
 * punctuation), the same key as --council/--area, swing and gains use, so no command splits what another
 * calls one place.
 */
export function contestKey(council: string | null, area: string): string {
  return `${areaKey(council ?? '')}\u0000${areaKey(area)}`;
}

/**
 * A candidate's party as counted, from the party (description) and abbreviation written on the row: the
 * registry's name and code for a party it knows, else as written; no party written, or the registry's
 * Independent, is an independent (a party of one).
 */
export function candidateParty(
  registry: PartyRegistry,
  written: string,
  abbreviation: string,
): Pick<Candidate, 'party' | 'partyCode' | 'independent'> {
  const party = registry.lookup(written) ?? (abbreviation === '' ? null : registry.lookup(abbreviation));
  const independent = (written === '' && abbreviation === '') || party?.name === INDEPENDENT;
  return {
    party: independent ? INDEPENDENT : (party?.name ?? (written || abbreviation)),
    partyCode: independent ? (party?.code ?? 'Ind') : (party?.code ?? (abbreviation || written)),
    independent,
  };
}

const identity = (candidate: Candidate): string => `${candidate.name}\u0000${candidate.party}`;

/** The candidate of the same name and party already in the contest, if any. */
function sameCandidate(draft: Draft, candidate: Candidate): Candidate | undefined {
  if (draft.seen !== null) return draft.seen.get(identity(candidate));
  for (const other of draft.candidates) {
    if (other.name === candidate.name && other.party === candidate.party) return other;
  }
  return undefined;
}

/** Where an earlier row is, for a message about a later one: `line 398`, or `other.csv:398` when it is in another file. */
/** The warning for an AreaSpelling: both spellings, both lines, and what was done. */
export function areaSpellingText({ first, other }: AreaSpelling): string {
  const name = (place: AreaSpelling['first']) =>
    place.council === null || place.council === other.council
      ? JSON.stringify(place.area)
      : `${JSON.stringify(place.area)} (${place.council})`;
  const shown = (place: AreaSpelling['first']) => `${place.council ?? ''}\u0000${place.area}`;
  const looksSame = shown(first).normalize('NFC') === shown(other).normalize('NFC');
  return (
    `${name(other)} and ${name(first)} (${lineIn(first.origin, other.origin)}) are one area written two ways` +
    `${looksSame ? ' (the same letters in different Unicode forms, NFC and NFD)' : ' (case, accents, spacing or punctuation)'}; counted as one contest, ${name(first)}`
  );
}

/** The `area-spellings` warning for a spelling, on the line of the second way of writing it. */
export function spellingWarning(spelling: AreaSpelling): Warning {
  return { code: 'area-spellings', message: areaSpellingText(spelling), origin: spelling.other.origin };
}

function lineIn(earlier: Origin, here: Origin): string {
  return earlier.file === here.file ? `line ${earlier.line}` : `${earlier.file}:${earlier.line}`;
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
      `${what} for ${JSON.stringify(draft.area)} is ${JSON.stringify(value)} here but ${JSON.stringify(known.value)} at ${lineIn(known.origin, origin)}`,
      'contest-values-disagree',
    );
  }
  return known;
}
