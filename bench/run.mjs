// npm run bench [-- --quick] [--runs N] [--only start,leap,compare,2m,10m] [--baseline DIR]: generates inputs into bench/out/ (once, then reused),
// runs each case's commands interleaved, in a rotated order (medians of N runs, 3 by default; start-up at least 21), and writes
// bench/RESULTS.md (the table, then bench/NOTES.md). Each case names its reference: DuckDB doing the same work in SQL for the big
// files, `node -e 0` for start-up, `tally --format json` for the table, markdown and comparison outputs that
// must scale like it (issue 17). Wall time and CPU time (user + system) are both recorded: on a shared,
// loaded machine the CPU time is the steadier of the two. Each command writes its answer to a file in
// bench/out, deleted after the run.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, closeSync, existsSync, openSync, rmSync, writeFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const generator = path.resolve(root, '..', 'shared', 'tools', 'gen-results.mjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 3 : 3);
// Start-ups are short and noisy: at least 21 runs (CPU time is counted in hundredths: read the wall column).
const startRuns = Math.max(runs, 21);

// DuckDB (the comparator) is the bench's own dependency (bench/package.json), installed here on first use.
if (!existsSync(path.join(root, 'bench', 'node_modules', '@duckdb', 'node-api'))) {
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefix', path.join(root, 'bench')], { stdio: 'inherit' });
}

/** gen-results no longer writes two candidates with one name in a ward, so its files are used as they are. */
function generate(name, options) {
  const file = path.join(out, name);
  if (existsSync(file)) return file;
  execFileSync('mkdir', ['-p', out]);
  execFileSync(process.execPath, [generator, ...options, '--out', `${file}.tmp`], { stdio: 'inherit' });
  renameSync(`${file}.tmp`, file);
  return file;
}

/** Runs a command under /usr/bin/time; its stdout goes to `output` (a real file, as DuckDB's COPY writes one), deleted after. */
function measure(command, output) {
  const fd = openSync(output, 'w');
  let result;
  // Wall time from a clock around the process (time's own %e counts in hundredths, too coarse for a start-up of
  // 60 ms); it includes /usr/bin/time's start of about a millisecond, for every command alike.
  const started = process.hrtime.bigint();
  try {
    result = spawnSync('/usr/bin/time', ['-f', '%M %U %S', ...command], {
      encoding: 'utf8',
      maxBuffer: 1 << 30,
      stdio: ['ignore', fd, 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
  } finally {
    closeSync(fd);
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  for (const written of [output, `${output}.contests.ndjson`, `${output}.parties.ndjson`]) rmSync(written, { force: true });
  const last = result.stderr.trim().split('\n').at(-1);
  const [kilobytes, user, system] = last.split(' ').map(Number);
  if (result.status !== 0) throw new Error(`${command.join(' ')} failed: ${result.stderr}`);
  return { seconds: wall, rss: kilobytes * 1024, cpu: user + system };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = path.join(root, 'bin', 'results.js');

const real = (...parts) => path.resolve(root, '..', 'shared', 'data', 'real', ...parts);
const council = path.join(root, 'fixtures', 'worcester-2016.csv');
const leap2019 = real('uk-leap-local', 'leap-2019-05-02.csv');
const series = real('uk-hoc-library', '1918-2017election_results.csv');
const ge2017 = real('uk-hoc-library', 'HoC-GE2017-results-by-candidate.csv');
const node = process.execPath;
const tally = (file, ...flags) => [node, results, 'tally', file, '--quiet', ...flags];
const duckdb = (file) => [node, path.join(root, 'bench', 'duckdb-tally.mjs'), file, path.join(out, 'duckdb-answer')];
const floor = (file) => [node, path.join(root, 'bench', 'read-floor.mjs'), file];
const countFloor = (file) => [node, path.join(root, 'bench', 'count-floor.mjs'), file];

/** Each case: its commands, run interleaved, and the one the ratios are taken against. */
const big = (key, name, file) => ({
  key,
  name,
  reference: 'duckdb',
  tools: [
    ['results', tally(file, '--format', 'json')],
    ['results, 1 thread', tally(file, '--format', 'json', '--threads', '1')],
    ['duckdb', duckdb(file)],
    // The arithmetic and the writing of the contests with every check and rule taken out (bench/count-floor.mjs):
    // what results itself cannot beat on this machine.
    ['count floor', countFloor(file)],
    ['read floor', floor(file)],
  ],
});
const cases = [
  {
    key: 'start',
    name: 'council file (fixtures/worcester-2016.csv): start-up',
    reference: 'node -e 0',
    runs: startRuns,
    tools: [
      ['results table', tally(council)],
      ['results json', tally(council, '--format', 'json')],
      ['node -e 0', [node, '-e', '0']],
    ],
  },
  {
    key: 'leap',
    name: 'LEAP 2019, whole file (25,848 rows, 248 councils)',
    reference: 'results json',
    tools: [
      ['results json', tally(leap2019, '--format', 'json')],
      ['results table', tally(leap2019)],
      ['results markdown', tally(leap2019, '--format', 'markdown')],
    ],
  },
  {
    key: 'compare',
    name: 'gains and swing, 1918-2017 series against GE2017 (none matched)',
    reference: 'tally json (1918-2017)',
    tools: [
      ['tally json (1918-2017)', tally(series, '--format', 'json')],
      ['gains table', [node, results, 'gains', series, ge2017, '--quiet']],
      ['gains json', [node, results, 'gains', series, ge2017, '--quiet', '--format', 'json']],
      ['swing table', [node, results, 'swing', series, ge2017, '--quiet']],
    ],
  },
  big('2m', '2M rows (--rows 2000000 --councils --seed 1)', generate('rows-2m.csv', ['--rows', '2000000', '--councils', '--seed', '1'])),
];
if (!quick)
  cases.push(
    big(
      '10m',
      '10M rows (--rows 10000000 --councils --seed 1)',
      generate('rows-10m.csv', ['--rows', '10000000', '--councils', '--seed', '1']),
    ),
  );
// --baseline DIR: the same results commands from another checkout (built), run interleaved as "… (baseline)",
// for before/after figures measured in the same run.
const baseline = args.includes('--baseline') ? path.resolve(args[args.indexOf('--baseline') + 1]) : null;
if (baseline !== null) {
  for (const c of cases) {
    const theirs = c.tools
      .filter(([, command]) => command[1] === results && !command.includes('--threads'))
      .map(([tool, command]) => [`${tool} (baseline)`, [command[0], path.join(baseline, 'bin', 'results.js'), ...command.slice(2)]]);
    c.tools.push(...theirs);
  }
}
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const chosen = only === null ? cases : cases.filter((c) => only.split(',').includes(c.key));

const loadBefore = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const rows = [];
for (const c of chosen) {
  const times = new Map();
  for (let run = 0; run < (c.runs ?? runs); run++) {
    // Each run starts one command later (A B C, B C A, C A B): a fixed order gives each command the same
    // neighbours and place every time, and the place shows (two builds of one worker posted parts in turn
    // measured 6% apart, the second faster, whichever was second).
    const shift = run % c.tools.length;
    for (const [tool, command] of [...c.tools.slice(shift), ...c.tools.slice(0, shift)]) {
      const m = measure(command, path.join(out, tool === 'duckdb' ? 'duckdb-answer' : 'stdout.txt'));
      const entry = times.get(tool) ?? { seconds: [], cpu: [], rss: [] };
      entry.seconds.push(m.seconds);
      entry.cpu.push(m.cpu);
      entry.rss.push(m.rss);
      times.set(tool, entry);
    }
  }
  const reference = times.get(c.reference);
  for (const [tool, entry] of times) {
    const row = {
      case: c.name,
      tool,
      seconds: median(entry.seconds),
      cpu: median(entry.cpu),
      rss: Math.max(...entry.rss),
      ratio: median(entry.seconds) / median(reference.seconds),
      cpuRatio: median(entry.cpu) / median(reference.cpu),
      reference: c.reference,
    };
    rows.push(row);
    console.log(
      `${row.case.slice(0, 46).padEnd(46)} ${tool.padEnd(22)} ${row.seconds.toFixed(3).padStart(8)} s wall ${row.cpu.toFixed(2).padStart(7)} s cpu ${(row.rss / 2 ** 20).toFixed(0).padStart(6)} MiB  x${row.ratio.toFixed(2)} (cpu x${row.cpuRatio.toFixed(2)}) vs ${c.reference}`,
    );
  }
}

const table = [
  '| input | command | median wall (s) | median CPU, user + sys (s) | peak RSS (MiB) | wall ratio | CPU ratio | against |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.case} | ${r.tool} | ${r.seconds.toFixed(3)} | ${r.cpu.toFixed(2)} | ${(r.rss / 2 ** 20).toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.cpuRatio.toFixed(2)} | ${r.reference} |`,
  ),
];
const text = `# Benchmark\n\nMedians of ${runs} interleaved runs, each in a rotated order (start-up: ${startRuns}) on ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ', --quick' : ''}${only !== null ? `, --only ${only}` : ''}${baseline !== null ? ', with a baseline checkout (the "(baseline)" rows)' : ''}. Load average (1, 5, 15 min) before: ${loadBefore}; after: ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}. Ratios are taken in the same run against the command named in the last column. Every command writes its answer to a file in bench/out (see below for what each computes).\n\n${table.join('\n')}\n`;
// The hand-written analysis (what each side does, the profile, the goals) lives in bench/NOTES.md and is appended.
const notes = path.join(root, 'bench', 'NOTES.md');
writeFileSync(path.join(root, 'bench', 'RESULTS.md'), text + (existsSync(notes) ? `\n${readFileSync(notes, 'utf8')}` : ''));
console.log(`\nwrote bench/RESULTS.md`);
