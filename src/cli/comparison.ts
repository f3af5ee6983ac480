/** What the comparison commands (swing, gains, council, tally --previous) share: the area map, party names, matching. */
import { Option } from 'commander';
import { UsageError } from '../errors';
import type { AreaMapEntry } from '../core/match';
import { matchContests, type Matching } from '../core/match';
import type { Contest, Election } from '../core/model';
import type { PartyRegistry } from '../core/parties';
import { parseAreaMap } from '../io/area-map';
import type { PartyInfo } from '../report/comparison';
import type { Env } from './env';

export function areaMapOption(): Option {
  return new Option('--area-map <file>', 'CSV old,new[,council]: areas renamed (or notional) between the two elections');
}

export async function loadAreaMap(file: string | undefined, env: Env): Promise<AreaMapEntry[]> {
  return file === undefined ? [] : parseAreaMap(await env.readText(file), file);
}

export async function matchElections(before: Election, after: Election, areaMapFile: string | undefined, env: Env): Promise<Matching<Contest>> {
  return matchContests(before.contests, after.contests, await loadAreaMap(areaMapFile, env));
}

export function partyInfo(registry: PartyRegistry): PartyInfo {
  return {
    code: (party) => registry.byCanonicalName(party)?.code ?? party,
    colour: (party) => registry.byCanonicalName(party)?.colour ?? null,
  };
}

/** A party named on the command line (`--from Con`), as the canonical name the elections use. */
export function namedParty(option: string, written: string, registry: PartyRegistry, elections: readonly Election[]): string {
  const name = registry.lookup(written)?.name ?? written.trim();
  const present = new Set(elections.flatMap((e) => e.contests.flatMap((c) => c.candidates.map((candidate) => candidate.party))));
  if (!present.has(name)) {
    const near = registry.nearest(written);
    throw new UsageError(
      `${option}: no candidate of ${JSON.stringify(written)} in either election` + (near && present.has(near.party.name) ? ` (did you mean ${JSON.stringify(near.party.name)}?)` : ''),
    );
  }
  return name;
}

export function sourcesText(before: Election, after: Election): string {
  return `${before.sources.join(', ')} (before) with ${after.sources.join(', ')} (after)`;
}
