// Run as an ES module against the installed package by .ci/package-test.sh.
// Exercises: named imports (dist/index.mjs), readElection + PartyRegistry on a file stream, tally.
// Prints Battenhall's majority (194 in the Worcester 2016 results).
import { createReadStream } from 'node:fs';
import { PartyRegistry, readElection, tally } from 'psephology';

const election = await readElection([{ name: 'worcester-2016.csv', chunks: createReadStream('worcester-2016.csv') }], {
  registry: new PartyRegistry(),
});
const battenhall = tally(election, 'top').contests.find((contest) => contest.area === 'Battenhall');
console.log(`Battenhall majority ${battenhall?.majority}`);
