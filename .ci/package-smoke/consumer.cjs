// Run as CommonJS against the installed package by .ci/package-test.sh.
// Exercises: require (dist/index.js), readElection on a Buffer, tally, DataError from a bad row.
// Prints Battenhall's majority (194 in the Worcester 2016 results) and how a negative vote count is refused.
'use strict';
const { readFileSync } = require('node:fs');
const { DataError, readElection, tally } = require('psephology');

async function main() {
  const election = await readElection(readFileSync('worcester-2016.csv'));
  const battenhall = tally(election).contests.find((contest) => contest.area === 'Battenhall');
  console.log(`Battenhall majority ${battenhall?.majority}`);
  const bad = 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,-1081\n';
  try {
    await readElection({ text: bad, name: 'bad.csv' });
    console.log('bad row: accepted');
  } catch (error) {
    console.log(`bad row: ${error instanceof DataError ? `DataError at ${error.origin.file}:${error.origin.line}` : String(error)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
