// Where a worker's time goes, stage by stage: the path a part of a big file takes in a worker thread
// (cli/tally-worker.ts), cut after each stage and timed on one thread (bench/count-floor.mjs does the whole job
// with none of these strings and objects: compare its CPU a row). Each line adds one stage to the one before, so
// the difference between two lines is that stage's cost. Needs a build (`npm run build`). Usage: node bench/stages.mjs FILE [MiB=32] [runs=5]
import { createRequire } from 'node:module';
import { readFileSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

const require = createRequire(import.meta.url);
const dist = path.resolve(import.meta.dirname, '..', 'dist');
const { CsvScanner } = require(`${dist}/io/csv.js`);
const { RecordIntake } = require(`${dist}/io/read-election.js`);
const { ContestAssembler } = require(`${dist}/io/contests.js`);
const { TallyBuilder } = require(`${dist}/core/tally.js`);
const { contestText } = require(`${dist}/cli/tally-output.js`);
const { resolveReadOptions } = require(`${dist}/library/read.js`);
const { readingOptions } = require(`${dist}/cli/load.js`);

const [file, mebibytes = '32', runCount = '5'] = process.argv.slice(2);
const fd = openSync(file, 'r');
const block = Buffer.allocUnsafe(Number(mebibytes) << 20);
const length = readSync(fd, block, 0, block.length, 0);
const bytes = block.subarray(0, block.lastIndexOf(10, length - 1) + 1);
const options = await resolveReadOptions(readingOptions({}), (name) => Promise.resolve(readFileSync(name, 'utf8')));

/** One pass over the part with the stages up to `depth`; returns the records read. */
function pass(depth) {
  const rows = { read: 0, used: 0, filtered: 0, setAside: [] };
  const builder = new TallyBuilder('top');
  const text = contestText('json', { raw: false });
  const sink = Buffer.allocUnsafe(6 * bytes.length);
  let written = 0;
  let records = 0;
  const release = (contest) => {
    if (depth < 4) return;
    const counted = builder.add(contest);
    if (depth < 5) return;
    const item = text(counted);
    if (depth < 6) return;
    written += sink.write(item, written, 'utf8');
  };
  const assembler = new ContestAssembler(options.registry, { release });
  const none = { add() {} };
  const intake = new RecordIntake(file, options, { assembler: depth >= 3 ? assembler : none }, rows);
  const scanner = new CsvScanner(file, (cells, line) => {
    records++;
    if (depth < 2) return;
    if (!intake.opened) {
      intake.open(cells, line);
      return;
    }
    intake.accept(cells, { file, line });
  });
  scanner.pushBytes(bytes);
  scanner.end();
  if (depth >= 3) assembler.finish();
  return records;
}

const stages = [
  'scan: records as strings (CsvScanner)',
  '+ rows: the layout reads each record (RecordIntake)',
  '+ contests: rows gathered, parties looked up (ContestAssembler)',
  '+ count: each contest counted, totals kept (TallyBuilder)',
  '+ text: each contest as JSON text (contestText)',
  '+ bytes: the text encoded as UTF-8 (Buffer.write)',
];
const runs = Number(runCount);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
let records = 0;
const times = stages.map(() => []);
// Interleaved: each run passes through every depth in turn, so a slow moment of the machine falls on all of them.
for (let run = 0; run < runs + 1; run++) {
  for (let depth = 1; depth <= stages.length; depth++) {
    const started = process.hrtime.bigint();
    records = pass(depth);
    // The first run warms the code up and is not counted.
    if (run > 0) times[depth - 1].push(Number(process.hrtime.bigint() - started) / 1e6);
  }
}
console.log(
  `${file}: the first ${(bytes.length / 2 ** 20).toFixed(0)} MiB, ${records.toLocaleString('en-GB')} records; medians of ${runs} runs, one thread\n`,
);
let before = 0;
for (let i = 0; i < stages.length; i++) {
  const ms = median(times[i]);
  console.log(
    `${stages[i].padEnd(66)} ${ms.toFixed(0).padStart(6)} ms  ${((1000 * ms) / records).toFixed(2).padStart(6)} us/row  (stage ${((1000 * (ms - before)) / records).toFixed(2)} us/row)`,
  );
  before = ms;
}
