// npm run bench [-- --quick] [--runs N]: generates inputs into bench/out/ (once, then reused), runs
// `results tally --format json` and the comparators interleaved (DuckDB doing the same work in SQL, the
// raw read floor, `node -e 0` for start-up), prints medians and peak RSS, writes bench/RESULTS.md (the table,
// then bench/NOTES.md). Each tool writes its answer to a file in bench/out, deleted after the run.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  readFileSync,
  closeSync,
  createReadStream,
  createWriteStream,
  existsSync,
  openSync,
  rmSync,
  writeFileSync,
  renameSync,
} from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import os from 'node:os';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const generator = path.resolve(root, '..', 'shared', 'tools', 'gen-results.mjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 3 : 3);

// DuckDB (the comparator) is the bench's own dependency (bench/package.json), installed here on first use.
if (!existsSync(path.join(root, 'bench', 'node_modules', '@duckdb', 'node-api'))) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', path.join(root, 'bench')], { stdio: 'inherit' });
}

/** gen-results can give two rows the same candidate name and party in one ward; results refuses those as duplicates, so both tools get the file without them. */
async function generate(name, options) {
  const file = path.join(out, name);
  if (existsSync(file)) return file;
  execFileSync('mkdir', ['-p', out]);
  const raw = `${file}.raw`;
  execFileSync(process.execPath, [generator, ...options, '--out', raw], { stdio: 'inherit' });
  const output = createWriteStream(`${file}.tmp`);
  let ward = null;
  let seen = new Set();
  let dropped = 0;
  const lines = createInterface({ input: createReadStream(raw), crlfDelay: Infinity });
  let header = true;
  for await (const line of lines) {
    if (header) {
      output.write(`${line}\n`);
      header = false;
      continue;
    }
    // Rows of one ward are contiguous; the ward (and council) are the fields before the candidate.
    const fields = line.match(/("([^"]|"")*"|[^,]*)/g).filter((_, i) => i % 2 === 0);
    const key = fields.slice(0, -4).join(',');
    if (key !== ward) {
      ward = key;
      seen = new Set();
    }
    // A blank party is an Independent to results, so "X," and "X,Independent" are the same candidate.
    const party = fields.at(-3) === '' ? 'Independent' : fields.at(-3);
    const candidate = `${fields.at(-4)},${party}`;
    if (seen.has(candidate)) {
      dropped++;
      continue;
    }
    seen.add(candidate);
    if (!output.write(`${line}\n`)) await new Promise((resolve) => output.once('drain', resolve));
  }
  await new Promise((resolve) => output.end(resolve));
  renameSync(`${file}.tmp`, file);
  execFileSync('rm', [raw]);
  console.error(`${name}: dropped ${dropped} duplicate candidate rows`);
  return file;
}

/** Runs a command under /usr/bin/time; its stdout goes to `output` (a real file, as DuckDB's COPY writes one), deleted after. */
function measure(command, output) {
  const fd = openSync(output, 'w');
  let result;
  try {
    result = spawnSync('/usr/bin/time', ['-f', '%e %M', ...command], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', fd, 'pipe'],
    });
  } finally {
    closeSync(fd);
  }
  for (const written of [output, `${output}.contests.ndjson`, `${output}.parties.ndjson`]) rmSync(written, { force: true });
  const last = result.stderr.trim().split('\n').at(-1);
  const [seconds, kilobytes] = last.split(' ').map(Number);
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return { seconds, rss: kilobytes * 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = path.join(root, 'bin', 'results.js');

const cases = [
  { name: 'council file (fixtures/worcester-2016.csv)', file: path.join(root, 'fixtures', 'worcester-2016.csv'), start: true },
  { name: '2M rows', file: await generate('rows-2m.csv', ['--rows', '2000000', '--seed', '1']) },
  {
    name: '350k wards, 1.4M rows (memory: base)',
    file: await generate('wards-350k-x1.csv', ['--wards', '350000', '--rows', '1400000', '--seed', '2']),
  },
  {
    name: 'same 350k wards, 3x rows: 4.2M (memory)',
    file: await generate('wards-350k-x3.csv', ['--wards', '350000', '--rows', '4200000', '--seed', '2']),
  },
];
if (!quick) cases.push({ name: '10M rows', file: await generate('rows-10m.csv', ['--rows', '10000000', '--seed', '1']) });

const tools = (c) => [
  ['results', [process.execPath, results, 'tally', c.file, '--format', 'json', '--quiet']],
  ...(c.start
    ? [['node -e 0', [process.execPath, '-e', '0']]]
    : [['duckdb', [process.execPath, path.join(root, 'bench', 'duckdb-tally.mjs'), c.file, path.join(out, 'duckdb-answer')]]]),
  ['read floor', [process.execPath, path.join(root, 'bench', 'read-floor.mjs'), c.file]],
];

const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rows = [];
for (const c of cases) {
  const times = new Map();
  for (let run = 0; run < runs; run++) {
    for (const [tool, command] of tools(c)) {
      const m = measure(command, path.join(out, tool === 'duckdb' ? 'duckdb-answer' : 'stdout.txt'));
      const entry = times.get(tool) ?? { seconds: [], rss: [] };
      entry.seconds.push(m.seconds);
      entry.rss.push(m.rss);
      times.set(tool, entry);
    }
  }
  const reference = times.get(c.start ? 'node -e 0' : 'duckdb');
  for (const [tool, entry] of times) {
    const row = {
      case: c.name,
      tool,
      seconds: median(entry.seconds),
      rss: Math.max(...entry.rss),
      ratio: median(entry.seconds) / median(reference.seconds),
    };
    rows.push(row);
    console.log(
      `${row.case.padEnd(46)} ${tool.padEnd(11)} ${row.seconds.toFixed(2).padStart(7)} s  ${(row.rss / 2 ** 20).toFixed(0).padStart(6)} MiB  x${row.ratio.toFixed(2)} vs ${c.start ? 'node -e 0' : 'duckdb'}`,
    );
  }
}

const table = [
  '| input | tool | median wall (s) | peak RSS (MiB) | ratio |',
  '| --- | --- | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.case} | ${r.tool} | ${r.seconds.toFixed(2)} | ${(r.rss / 2 ** 20).toFixed(0)} | ${r.ratio.toFixed(2)} |`),
];
const text = `# Benchmark: results tally --format json\n\nMedians of ${runs} interleaved runs on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}. Ratio: against DuckDB for data files, against \`node -e 0\` for the council file. Both tools write their answer to a file in bench/out (see below for what each computes).\n\n${table.join('\n')}\n`;
// The hand-written analysis (what each side does, the profile, the goals) lives in bench/NOTES.md and is appended.
const notes = path.join(root, 'bench', 'NOTES.md');
writeFileSync(path.join(root, 'bench', 'RESULTS.md'), text + (existsSync(notes) ? `\n${readFileSync(notes, 'utf8')}` : ''));
console.log(`\nwrote bench/RESULTS.md`);
