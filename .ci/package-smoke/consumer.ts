/**
 * Type-checked against the installed package (tsc --strict, module nodenext, as an ES module) by
 * .ci/package-test.sh. Exercises: the ESM types entry (dist/index.d.mts), readElection + PartyRegistry on a
 * file stream, tally and its ContestTally type, DataError as a class, ShareMethod as a checked union.
 */
import { createReadStream } from 'node:fs';
import { DataError, PartyRegistry, readElection, tally, type ContestTally, type Election, type ShareMethod } from 'psephology';

const election: Election = await readElection([{ name: 'worcester-2016.csv', chunks: createReadStream('worcester-2016.csv') }], {
  registry: new PartyRegistry(),
});
const method: ShareMethod = 'top';
const battenhall: ContestTally | undefined = tally(election, method).contests.find((contest) => contest.area === 'Battenhall');
const majority: number | null = battenhall?.majority ?? null;
console.log(majority);

// The types are real, not `any`: a share method outside the union does not compile.
// @ts-expect-error 'median' is not a ShareMethod
tally(election, 'median');

export function describe(error: unknown): string {
  return error instanceof DataError ? `${error.origin.file}:${error.origin.line}` : String(error);
}
