// Run as an ES module against the installed package by .ci/package-test.sh.
// Exercises: named imports (dist/index.mjs), readElection on a path and on CSV text, tally, tallyContests.
// Prints Battenhall's majority (194 in the Worcester 2016 results) and the contests streamed.
import { readElection, tally, tallyContests } from 'psephology';

const battenhall = tally(await readElection('worcester-2016.csv')).contests.find((contest) => contest.area === 'Battenhall');
console.log(`Battenhall majority ${battenhall?.majority}`);
const text = 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,1081\nBattenhall,David Tibbutt,Conservative,887\n';
const [fromText] = tally(await readElection({ text, name: 'battenhall.csv' })).contests;
console.log(`from text: majority ${fromText.majority}`);
let streamed = 0;
for await (const contest of tallyContests('worcester-2016.csv')) streamed += contest.seats > 0 ? 1 : 0;
console.log(`streamed ${streamed} contests`);
