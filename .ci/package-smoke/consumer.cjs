// Run as CommonJS against the installed package by .ci/package-test.sh.
// Exercises: require (dist/index.js), readElection + PartyRegistry on a file stream, tally, DataError from a bad row.
// Prints Battenhall's majority (194 in the Worcester 2016 results) and how a negative vote count is refused.
'use strict';
const { createReadStream } = require('node:fs');
const { Readable } = require('node:stream');
const { DataError, PartyRegistry, readElection, tally } = require('psephology');

async function main() {
  const election = await readElection([{ name: 'worcester-2016.csv', chunks: createReadStream('worcester-2016.csv') }], {
    registry: new PartyRegistry(),
  });
  const battenhall = tally(election, 'top').contests.find((contest) => contest.area === 'Battenhall');
  console.log(`Battenhall majority ${battenhall?.majority}`);
  const bad = 'ward,candidate,party,votes\nBattenhall,Louis Stephen,Green,-1081\n';
  try {
    await readElection([{ name: 'bad.csv', chunks: Readable.from([Buffer.from(bad)]) }], { registry: new PartyRegistry() });
    console.log('bad row: accepted');
  } catch (error) {
    console.log(`bad row: ${error instanceof DataError ? `DataError at line ${error.origin.line}` : String(error)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
