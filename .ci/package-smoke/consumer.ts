/**
 * Type-checked against the installed package (tsc --strict, module nodenext, as an ES module) by
 * .ci/package-test.sh. Exercises: the ESM types entry (dist/index.d.mts), readElection on a path, tally and its
 * document types, tallyContests as an async iterable, DataError as a class, ShareMethod as a checked union.
 */
import {
  DataError,
  readElection,
  tally,
  tallyContests,
  type ContestDocument,
  type Election,
  type ShareMethod,
  type TallyDocument,
  type TallyTail,
} from 'psephology';

const election: Election = await readElection('worcester-2016.csv');
const shareMethod: ShareMethod = 'top';
const document: TallyDocument = tally(election, { shareMethod });
const battenhall: ContestDocument | undefined = document.contests.find((contest) => contest.area === 'Battenhall');
const majority: number | null = battenhall?.majority ?? null;
console.log(majority, document.schema satisfies 'results.tally/1');

const streamed = tallyContests('worcester-2016.csv');
for (let next = await streamed.next(); ; next = await streamed.next()) {
  if (next.done === true) {
    const tail: TallyTail = next.value;
    console.log(tail.rows.used);
    break;
  }
  const contest: ContestDocument = next.value;
  console.log(contest.area);
}

// The types are real, not `any`: a share method outside the union does not compile.
// @ts-expect-error 'median' is not a ShareMethod
tally(election, { shareMethod: 'median' });

export function describe(error: unknown): string {
  return error instanceof DataError ? `${error.origin.file}:${error.origin.line}` : String(error);
}
