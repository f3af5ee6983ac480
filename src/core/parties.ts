/**
 * The party registry: canonical names, short codes, colours and the aliases real files use. Files spell
 * parties many ways (LEAP `C`, Commons Library `Con`, Democracy Club `Conservative and Unionist Party`);
 * the registry maps each to one canonical party so totals, swing and gains compare like with like.
 * Users extend it with `--parties FILE`. Unknown parties keep their name as written, trimmed.
 */
import { largest } from './arrays';
import { foldName } from './fold';

export interface Party {
  /** Canonical name used in `party` ("Labour"). */
  readonly name: string;
  /** Short code used in `partyCode` ("Lab"). */
  readonly code: string;
  /** Display colour as #rrggbb; used by the table and charts only. */
  readonly colour: string | null;
  readonly aliases: readonly string[];
}

/** The canonical name of independents: each independent candidate stands alone, grouped only in totals. */
export const INDEPENDENT = 'Independent';

/**
 * The GB (and Northern Ireland) parties seen in the Commons Library, Democracy Club, Electoral Commission
 * and LEAP files, with the spellings those files use. Colours follow the parties' own branding as used by
 * the BBC and Wikipedia.
 */
const builtInParties: readonly Party[] = [
  party('Conservative', 'Con', '#0087DC', [
    'C',
    'Conservative',
    'Conservatives',
    'Conservative Party',
    'Conservative and Unionist Party',
    'Conservative and Unionist',
    'Scottish Conservative and Unionist Party',
    'Scottish Conservative and Unionist',
    'Scottish Conservatives',
    'Welsh Conservative Party',
    'Welsh Conservatives',
    'The Conservative Party Candidate',
    'Tory',
    'Tories',
  ]),
  party('Labour', 'Lab', '#E4003B', [
    'Lab',
    'Labour',
    'Labour Party',
    'Labour and Co-operative Party',
    'Labour and Co-operative',
    'Labour Co-operative',
    'Labour Co-op',
    'Lab Co-op',
    'LabCoop',
    'Lab Coop',
    'Labour/Co-operative',
    'Labour & Co-operative Party',
    'Welsh Labour',
    'Welsh Labour Party',
    'Scottish Labour',
    'Scottish Labour Party',
    'Labour Party Candidate',
  ]),
  party('Liberal Democrats', 'LD', '#FAA61A', [
    'LD',
    'LDem',
    'Lib Dem',
    'Lib Dems',
    'Liberal Democrat',
    'Liberal Democrats',
    'Liberal Democrat Party',
    'Scottish Liberal Democrats',
    'Welsh Liberal Democrats',
    'Liberal Democrat Focus Team',
  ]),
  party('Green', 'Grn', '#02A95B', [
    'Grn',
    'Green',
    'Greens',
    'Green Party',
    'Green Party of England and Wales',
    'The Green Party',
    'Scottish Green Party',
    'Scottish Greens',
    'Wales Green Party',
    'Green Party Northern Ireland',
  ]),
  party('Reform UK', 'Reform', '#12B6CF', ['Reform', 'Reform UK', 'RUK', 'Reform UK - Changing Politics for Good']),
  party('Brexit Party', 'BRX', '#12B6CF', ['BRX', 'Brexit', 'Brexit Party', 'The Brexit Party']),
  party('UKIP', 'UKIP', '#6D3177', ['UKIP', 'UK Independence Party', 'UK Independence Party (UKIP)']),
  party('SNP', 'SNP', '#FDF38E', ['SNP', 'Scottish National Party', 'Scottish National Party (SNP)']),
  party('Plaid Cymru', 'PC', '#005B54', ['PC', 'Plaid', 'Plaid Cymru', 'Plaid Cymru - The Party of Wales']),
  party(INDEPENDENT, 'Ind', '#AAAAAA', [
    'Ind',
    'Independent',
    'Independents',
    'Independent Candidate',
    'Non-Party Independent',
    'Non Party',
    'No description',
  ]),
  party('Speaker', 'Spk', '#6E6E6E', ['Spk', 'Speaker', 'The Speaker', 'Speaker seeking re-election']),
  party('DUP', 'DUP', '#D46A4C', ['DUP', 'Democratic Unionist Party', 'Democratic Unionist Party - D.U.P.']),
  party('Sinn Féin', 'SF', '#326760', ['SF', 'Sinn Fein', 'Sinn Féin']),
  party('SDLP', 'SDLP', '#2AA82C', [
    'SDLP',
    'Social Democratic and Labour Party',
    'SDLP (Social Democratic & Labour Party)',
    'Social Democratic & Labour Party',
  ]),
  party('UUP', 'UUP', '#48A5EE', ['UUP', 'Ulster Unionist Party', 'UUP (as UCUNF)', 'UCUNF']),
  party('Alliance', 'APNI', '#F6CB2F', [
    'APNI',
    'Alliance',
    'Alliance Party',
    'Alliance Party of Northern Ireland',
    'Alliance Party (NI)',
    'Alliance - Alliance Party of Northern Ireland',
  ]),
  party('TUV', 'TUV', '#0C3A6A', ['TUV', 'Traditional Unionist Voice', 'Traditional Unionist Voice - TUV']),
  party('People Before Profit', 'PBP', '#E91D50', ['PBP', 'People Before Profit Alliance', 'People Before Profit']),
  party('TUSC', 'TUSC', '#EC008C', ['TUSC', 'Trade Unionist and Socialist Coalition']),
  party('Liberal', 'Lib', '#EB7A43', ['Lib', 'Liberal', 'Liberal Party', 'The Liberal Party']),
  party('BNP', 'BNP', '#2E3B74', ['BNP', 'British National Party']),
  party('English Democrats', 'ED', '#915F6D', ['ED', 'EDP', 'English Democrats', 'English Democrat']),
  party('Yorkshire Party', 'Yorks', '#00AEEF', ['Yorks', 'Yrks', 'Yorkshire Party', 'Yorks1st', 'Yorkshire First', 'YP']),
  party('Christian Peoples Alliance', 'CPA', '#813887', ['CPA', 'Christian Peoples Alliance', "Christian People's Alliance"]),
  party('Official Monster Raving Loony Party', 'Loony', '#FFF000', [
    'Loony',
    'OMRLP',
    'MRLP',
    'Monster Raving Loony Party',
    'Official Monster Raving Loony Party',
  ]),
  party("Women's Equality Party", 'WEP', '#64165F', ['WEP', "Women's Equality", "Women's Equality Party"]),
  party('Social Democratic Party', 'SDP', '#D25469', ['SDP', 'Social Democratic Party']),
  party('Mebyon Kernow', 'MK', '#DDCC00', ['MK', 'Mebyon Kernow', 'Mebyon Kernow - The Party for Cornwall']),
  party('Change UK', 'CUK', '#222221', ['CUK', 'Change UK', 'The Independent Group for Change']),
  party('Workers Party', 'WPB', '#A6192E', ['WPB', 'Workers Party of Britain', 'Workers Party']),
  party('Heritage Party', 'Heritage', '#0D0B4E', ['Heritage', 'Heritage Party']),
  // United States (OpenElections files): the layout turns DEM, REP, LIB, ... into these names.
  party('Democratic', 'Dem', '#3333FF', ['Democratic', 'Democratic Party', 'Democrat']),
  party('Republican', 'Rep', '#E81B23', ['Republican', 'Republican Party']),
  party('Libertarian', 'LBT', '#FED105', ['Libertarian', 'Libertarian Party']),
  party('US Green Party', 'GPUS', '#17AA5C', ['US Green Party', 'Green Party of the United States']),
  party('Constitution', 'CST', '#A356DE', ['Constitution', 'Constitution Party']),
  // Commons Library abbreviations (AONT, ANWP, LPUK, Ren) and LEAP codes (Libtn, SocLab) of smaller parties.
  party('Aontú', 'AONT', '#44532A', ['AONT', 'Aontu', 'Aontú']),
  party('Animal Welfare Party', 'ANWP', '#5A2D82', ['ANWP', 'AWP', 'Animal Welfare Party', 'Animal Welfare']),
  party('Libertarian Party', 'LPUK', '#FCC820', ['LPUK', 'Libtn', 'Libertarian', 'Libertarian Party']),
  party('Renew', 'Ren', '#0CCAF0', ['Ren', 'Renew', 'Renew Party']),
  party('Socialist Labour Party', 'SLP', '#D40000', ['SLP', 'SocLab', 'Socialist Labour', 'Socialist Labour Party']),
  party('Scottish Socialist Party', 'SSP', '#FF0000', ['SSP', 'Scottish Socialist Party']),
  party('National Front', 'NF', '#191970', ['NF', 'National Front']),
  party('Workers Revolutionary Party', 'WRP', '#CC0000', ['WRP', 'Workers Revolutionary Party']),
];

function party(name: string, code: string, colour: string | null, aliases: readonly string[]): Party {
  return { name, code, colour, aliases };
}

/**
 * Folds a party name for lookup: case, accents, `&`/`and`, apostrophes and other punctuation do not
 * distinguish parties ("Sinn Féin" = "Sinn Fein", "Labour & Co-operative" = "labour and co operative").
 */
export function partyKey(written: string): string {
  return foldName(written).replace(/^the /, '');
}

/** A looser key tried second: "(UKIP)"-style asides and a trailing "party"/"candidate" dropped. */
function looseKey(written: string): string {
  // `[^()]`, not `[^)]`: with no `)` to close it each `(` would scan to the end of the name, quadratic in
  // a long name of `(`s (50,000 took 2 s). A nested aside loses its innermost part only.
  const withoutAside = written.replace(/\([^()]*\)/g, ' ');
  return partyKey(withoutAside)
    .replace(/ (party|candidate)$/, '')
    .replace(/ party$/, '');
}

/** The built-in parties' tables, keyed once: every other built-in registry starts as a copy of them. */
let builtInTables: { readonly byKey: ReadonlyMap<string, Party>; readonly byName: ReadonlyMap<string, Party> } | null = null;

export class PartyRegistry {
  private readonly byKey: Map<string, Party>;
  private readonly byName: Map<string, Party>;
  private readonly cache = new Map<string, Party | null>();

  constructor(parties: readonly Party[] = builtInParties) {
    // Every start makes two built-in registries (the one a file is read with, and the wide layout's, asking
    // which columns are parties); folding the names into keys, cold, took 3 ms of a start: the second is copied.
    if (parties === builtInParties && builtInTables !== null) {
      this.byKey = new Map(builtInTables.byKey);
      this.byName = new Map(builtInTables.byName);
      return;
    }
    this.byKey = new Map();
    this.byName = new Map();
    for (const entry of parties) this.add(entry);
    // Copies, not these maps: this registry may be added to later.
    if (parties === builtInParties) builtInTables = { byKey: new Map(this.byKey), byName: new Map(this.byName) };
  }

  /**
   * Adds a party, or extends the one of the same name (or code) with a new code, colour and aliases.
   * An empty code keeps the existing one (or, for a new party, uses the name).
   */
  add(entry: Party): void {
    const existing = this.byName.get(entry.name) ?? this.lookupExact(entry.name) ?? this.lookupExact(entry.code);
    const merged: Party = existing
      ? {
          name: existing.name,
          code: entry.code || existing.code,
          colour: entry.colour ?? existing.colour,
          aliases: [...existing.aliases, ...entry.aliases],
        }
      : { ...entry, code: entry.code || entry.name };
    this.byName.set(merged.name, merged);
    for (const alias of [merged.name, merged.code, ...merged.aliases]) {
      this.byKey.set(partyKey(alias), merged);
      this.byKey.set(looseKey(alias), merged);
    }
    this.cache.clear();
    this.aliasKeyList = null;
  }

  /** The registry's party for a name as written in a file, or null when it is not known. */
  lookup(written: string): Party | null {
    const cached = this.cache.get(written);
    if (cached !== undefined) return cached;
    const found = this.lookupExact(written) ?? this.byKey.get(looseKey(written)) ?? null;
    this.cache.set(written, found);
    return found;
  }

  /** A party by canonical name (used for colours of names already canonical). */
  byCanonicalName(name: string): Party | null {
    return this.byName.get(name) ?? null;
  }

  /** The display colour of a canonical party name; null for a party without one (or not known). */
  colourOf(name: string): string | null {
    return this.byName.get(name)?.colour ?? null;
  }

  all(): readonly Party[] {
    return [...this.byName.values()];
  }

  /**
   * The known spelling nearest to an unknown name, for "did you mean" hints (`Labor` -> `Labour`);
   * null when nothing is close (edit distance above a fifth of the name's length).
   */
  nearest(written: string): { alias: string; party: Party } | null {
    // Compared both whole and without "party"/"candidate" and asides, so the shared word "Party" alone does
    // not make "Respect Party" look like "Renew Party"; a fifth of the name may differ (`Labor`, `Green Pary`).
    const keys = [partyKey(written), looseKey(written)];
    if (keys.every((key) => key.length < 4)) return null;
    // No distance above the larger key's allowance can be accepted, so none is computed past it: a
    // 999,999-character name is not compared letter by letter with every alias (it took 65 s).
    const allowance = largest(
      keys.map((key) => Math.max(1, Math.floor(key.length / 5))),
      1,
    );
    let best: { alias: string; party: Party; distance: number; length: number } | null = null;
    for (const { alias, party, whole: aliasWhole, loose: aliasLoose } of this.aliasKeys()) {
      // A key under four letters ("C", "cc" from "CC(Hart)") is too short to say anything is a typo of it.
      const [whole, loose] = keys.map((key, i) =>
        key.length < 4 ? Infinity : boundedEditDistance(key, i === 0 ? aliasWhole : aliasLoose, allowance),
      ) as [number, number];
      const distance = Math.min(whole, loose);
      const length = whole <= loose ? keys[0]!.length : keys[1]!.length;
      if (best === null || distance < best.distance) best = { alias, party, distance, length };
    }
    if (best === null || best.distance === 0 || best.distance > Math.max(1, Math.floor(best.length / 5))) return null;
    return { alias: best.alias, party: best.party };
  }

  private aliasKeyList: { alias: string; party: Party; whole: string; loose: string }[] | null = null;

  /** Each known spelling with its keys, folded once rather than once per unknown name. */
  private aliasKeys(): readonly { alias: string; party: Party; whole: string; loose: string }[] {
    if (this.aliasKeyList === null) {
      this.aliasKeyList = [];
      for (const party of this.byName.values()) {
        for (const alias of [party.name, ...party.aliases])
          this.aliasKeyList.push({ alias, party, whole: partyKey(alias), loose: looseKey(alias) });
      }
    }
    return this.aliasKeyList;
  }

  private lookupExact(written: string): Party | undefined {
    return this.byKey.get(partyKey(written));
  }
}

/** Levenshtein distance (insert, delete, substitute each cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * `editDistance(a, b)` when it is at most `limit`, otherwise `Infinity`; stops as soon as the answer must
 * exceed the limit (the lengths differ by more, or a whole row of the table does), so a long name costs
 * little against short aliases.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowLeast = i;
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
      current.push(value);
      if (value < rowLeast) rowLeast = value;
    }
    if (rowLeast > limit) return Infinity;
    previous = current;
  }
  const distance = previous[b.length] ?? 0;
  return distance > limit ? Infinity : distance;
}
