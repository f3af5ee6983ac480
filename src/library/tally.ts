/**
 * The count as a function: `tally` of an election read whole, or `tallyContests` over an input of any size,
 * yielding each contest's document as it is counted (memory follows contests). Both give the objects
 * `results tally --format json` writes (report/tally-document.ts: the `results.tally/1` contract).
 */
import type { Election, ShareMethod, Warning } from '../core/model';
import { tally as countElection, TallyBuilder } from '../core/tally';
import type { ElectionInput } from '../io/sources';
import {
  contestDocument,
  tallyDocument,
  tallyTail,
  type ContestDocument,
  type TallyDocument,
  type TallyTail,
} from '../report/tally-document';
import { readContests, type ReadElectionOptions } from './read';
import { append } from '../core/arrays';

export interface TallyOptions {
  /** How a party's vote counts in a multi-member ward (domain-rules.md §2.2); default `top`. */
  readonly shareMethod?: ShareMethod;
}

/**
 *     const { contests, parties } = tally(await readElection('fixtures/worcester-2016.csv'));
 *     contests.find((c) => c.area === 'Battenhall').majority; // 194
 */
export function tally(election: Election, options: TallyOptions = {}): TallyDocument {
  return tallyDocument(countElection(election, options.shareMethod ?? 'top'), election);
}

/**
 * Each contest's document as it is counted, then (as the generator's return value) the party totals, row
 * account and warnings: the streamed form of `tally` for files too big to hold.
 */
export async function* tallyContests(
  input: ElectionInput | readonly ElectionInput[],
  options: ReadElectionOptions & TallyOptions = {},
): AsyncGenerator<ContestDocument, TallyTail> {
  const builder = new TallyBuilder(options.shareMethod ?? 'top');
  const warnings: Warning[] = [];
  const reading = readContests(input, options);
  for (;;) {
    const next = await reading.next();
    if (next.done === true) return tallyTail(builder.finish(), next.value.rows, [...next.value.warnings, ...warnings]);
    const counted = builder.add(next.value);
    if (counted.warnings.length > 0) append(warnings, counted.warnings);
    yield contestDocument(counted);
  }
}
