/**
 * Test builders: contests from terse rows, parsed the way a file would be (party names through the
 * registry), so core tests read like the results they come from.
 */
import { makeContest } from '../src/core/contest';
import type { Candidate, Contest } from '../src/core/model';
import { INDEPENDENT, PartyRegistry } from '../src/core/parties';

const registry = new PartyRegistry();

/** [name, party as written, votes (null if unopposed), elected flag (optional)] */
export type CandidateSpec = readonly [string, string, number | null, (boolean | undefined)?];

export function candidate([name, written, votes, elected]: CandidateSpec, line: number, file = 'test.csv'): Candidate {
  const party = registry.lookup(written);
  const independent = written === '' || party?.name === INDEPENDENT;
  return {
    name,
    party: independent ? INDEPENDENT : (party?.name ?? written),
    partyCode: independent ? 'Ind' : (party?.code ?? written),
    description: written,
    independent,
    votes,
    elected: elected ?? null,
    origin: { file, line },
  };
}

export function contest(
  area: string,
  candidates: readonly CandidateSpec[],
  options: {
    seats?: number;
    council?: string;
    electorate?: number;
    ballots?: number;
    rejected?: number;
    system?: 'plurality' | 'stv';
  } = {},
): Contest {
  return makeContest({
    council: options.council ?? null,
    area,
    code: null,
    seats: options.seats ?? null,
    candidates: candidates.map((spec, i) => candidate(spec, i + 2)),
    electorate: options.electorate ?? null,
    ballots: options.ballots ?? null,
    rejected: options.rejected ?? null,
    defending: null,
    cancelled: false,
    system: options.system,
    origin: { file: 'test.csv', line: 2 },
  });
}
