/** Loading an election for a command: open the named files, read them with the chosen layout and parties. */
import { InputError, UsageError } from '../errors';
import type { Election } from '../core/model';
import { PartyRegistry } from '../core/parties';
import { selectContests } from '../core/select';
import { layoutNamed } from '../io/layouts';
import { parsePartiesFile } from '../io/parties-file';
import { readElection, type Source } from '../io/read-election';
import { setAsideText } from '../report/tally';
import type { Env } from './env';
import { csvLimits, type InputFlags } from './options';

export async function loadRegistry(flags: Pick<InputFlags, 'parties'>, env: Env): Promise<PartyRegistry> {
  const registry = new PartyRegistry();
  if (flags.parties !== undefined) {
    for (const party of parsePartiesFile(await env.readText(flags.parties), flags.parties)) registry.add(party);
  }
  return registry;
}

export async function loadElection(
  names: readonly string[],
  flags: InputFlags,
  registry: PartyRegistry,
  env: Env,
): Promise<Election> {
  if (names.filter((name) => name === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const sources: Source[] = [];
  for (const name of names) sources.push(...(await env.openSources(name)));
  const election = await readElection(sources, {
    registry,
    layout: flags.inputFormat === undefined ? undefined : layoutNamed(flags.inputFormat),
    encoding: flags.encoding,
    limits: csvLimits(flags),
  });
  if (flags.strict) refuseSetAside(election);
  const selected = selectContests(election, { councils: flags.council, areas: flags.area });
  if (selected.contests.length === 0 && election.contests.length > 0) {
    const wanted = [...flags.council.map((c) => `--council ${JSON.stringify(c)}`), ...flags.area.map((a) => `--area ${JSON.stringify(a)}`)];
    const councils = [...new Set(election.contests.map((c) => c.council).filter((c) => c !== null))];
    throw new UsageError(
      `no contest matches ${wanted.join(' ')}` +
        (councils.length > 0 ? ` (councils: ${councils.slice(0, 8).join(', ')}${councils.length > 8 ? ', ...' : ''})` : ''),
    );
  }
  return selected;
}

/**
 * --strict: a row set aside is an error, not a line in the footer. The message names the first such row
 * and how many there are in all, so one run shows the size of the problem.
 *
 *     results: w.csv:4: row set aside (a ward with no candidate) and --strict is on; set aside in all: 1 row (a ward with no candidate)
 */
function refuseSetAside(election: Election): void {
  const first = election.rows.setAside[0];
  if (first === undefined) return;
  const reasons = election.rows.setAside.map(setAsideText).join(', ');
  throw new InputError(
    `${first.origin.file}:${first.origin.line}`,
    `row set aside (${first.reason}) and --strict is on; set aside in all: ${reasons}`,
  );
}
