/**
 * `results watch` left running, as on results night: the built binary in a child process (`npm run build`
 * first), fed real Worcester 2016 ward files one at a time. One run covers a declaration, a revision, a file
 * that disappears and Ctrl-C; one runs under tmux to read the terminal screen as a person sees it.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { root } from './run-cli';

/** A JSON document from the CLI, checked by shape with expect. */
type Doc = ReturnType<typeof JSON.parse>;

const lines = readFileSync(path.join(root, 'fixtures/worcester-2016.csv'), 'utf8').trimEnd().split('\n');
const header = lines[0]!;
const ward = (name: string) => lines.filter((line) => line.split(',')[1] === name);
const binary = path.join(root, 'bin/results.js');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'results-watch-live-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The events a child writes, a JSON object a line, and a way to wait for the one wanted. */
function events(child: ChildProcess) {
  const seen: Doc[] = [];
  let buffered = '';
  const waiting: { test: (e: Doc) => boolean; resolve: (e: Doc) => void }[] = [];
  child.stdout!.setEncoding('utf8');
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\n')) >= 0) {
      const event = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      seen.push(event);
      for (const w of [...waiting]) {
        if (!w.test(event)) continue;
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(event);
      }
    }
  });
  return {
    seen,
    next(test: (e: Doc) => boolean, ms = 10000): Promise<Doc> {
      const found = seen.find(test);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no such event within ${ms} ms; seen: ${JSON.stringify(seen.map((e) => [e.type, e.area ?? e.message]))}`)),
          ms,
        );
        waiting.push({ test, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
  };
}

function exited(child: ChildProcess, ms = 10000): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), reject(new Error('did not exit'))), ms);
    child.on('exit', (code) => (clearTimeout(timer), resolve(code)));
  });
}

it('declares, revises, reports a file that has gone, and exits 0 on Ctrl-C', async () => {
  const child = spawn(
    process.execPath,
    [binary, 'watch', dir, '--previous', 'fixtures/worcester-2012.csv', '--format', 'ndjson', '--interval', '200', '--settle', '150'],
    {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    },
  );
  try {
    const stream = events(child);
    await stream.next((e) => e.type === 'scoreboard' && e.declared === 0);

    let written = Date.now();
    writeFileSync(path.join(dir, '01-arboretum.csv'), [header, ...ward('Arboretum')].join('\n') + '\n');
    await stream.next((e) => e.type === 'declared' && e.area === 'Arboretum');
    const latency = Date.now() - written;
    expect(latency).toBeLessThan(3000);

    writeFileSync(path.join(dir, '02-battenhall.csv'), [header, ...ward('Battenhall')].join('\n') + '\n');
    const battenhall = await stream.next((e) => e.type === 'declared' && e.area === 'Battenhall');
    expect(battenhall.text).toBe('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
    await stream.next((e) => e.type === 'scoreboard' && e.declared === 2);

    // A recount: Louis Stephen's 1,081 corrected to 1,018. Shown as a revision, with what changed.
    written = Date.now();
    writeFileSync(path.join(dir, '02-battenhall.csv'), [header, ...ward('Battenhall')].join('\n').replace(',1081,', ',1018,') + '\n');
    const revised = await stream.next((e) => e.type === 'revised');
    expect(revised).toMatchObject({
      area: 'Battenhall',
      revisions: 1,
      changes: [{ candidate: 'Louis Stephen', field: 'votes', before: 1081, after: 1018 }],
      text: 'Battenhall: Green gain from Conservative, majority 131 (1,018 vs 887) (revised)',
    });
    const after = await stream.next((e) => e.type === 'scoreboard' && e.latest?.[0]?.revisions === 1);
    // Green: Arboretum's 311 and Battenhall's revised 1,018.
    expect(after.parties.find((p: Doc) => p.party === 'Green').votes).toBe(311 + 1018);

    unlinkSync(path.join(dir, '01-arboretum.csv'));
    const gone = await stream.next((e) => e.type === 'error');
    expect(gone.message).toBe(`${path.join(dir, '01-arboretum.csv')}: the file has gone; its 1 contest stay counted as last read`);

    child.kill('SIGINT');
    expect(await exited(child)).toBe(0);
    console.log(`append-to-declared latency ${latency} ms (fs.watch, settle 150 ms)`);
  } finally {
    child.kill('SIGKILL');
  }
});

const tmux = spawnSync('tmux', ['-V']).status === 0;
(tmux ? it : it.skip)('redraws the scoreboard in place on a terminal, and leaves it on screen after Ctrl-C', async () => {
  const session = `results-watch-${process.pid}`;
  const screen = () => spawnSync('tmux', ['capture-pane', '-p', '-t', session], { encoding: 'utf8' }).stdout;
  const until = async (test: (text: string) => boolean, ms = 10000) => {
    const end = Date.now() + ms;
    for (;;) {
      const text = screen();
      if (test(text)) return text;
      if (Date.now() > end) throw new Error(`screen never matched:\n${text}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  writeFileSync(path.join(dir, '01.csv'), [header, ...ward('Arboretum')].join('\n') + '\n');
  const command = `cd ${root} && NO_COLOR=1 node ${binary} watch ${dir} --previous fixtures/worcester-2012.csv --interval 200 --settle 150; echo "exit status $?"; sleep 30`;
  expect(spawnSync('tmux', ['new-session', '-d', '-s', session, '-x', '100', '-y', '30', command]).status).toBe(0);
  try {
    const first = await until((text) => text.includes('Arboretum: Labour'));
    expect(first).toContain('Declared 0 of 1 contests (from --previous), and 1 not in --previous; 1 of 2 seats');
    writeFileSync(path.join(dir, '02.csv'), [header, ...ward('Battenhall')].join('\n') + '\n');
    const second = await until((text) => text.includes('Battenhall: Green gain from Conservative'));
    // Drawn over the first screen, not below it: one scoreboard on the screen, at the top.
    expect(second.split('\n')[0]).toBe('Declared 1 of 1 contests (from --previous), and 1 not in --previous; 2 of 2 seats');
    expect(second.match(/Declared/g)).toHaveLength(1);
    // Fitted to the terminal: no more lines than rows, no line wider than the 100 columns (so none wraps).
    expect(second.trimEnd().split('\n').length).toBeLessThanOrEqual(30);
    for (const line of second.split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    spawnSync('tmux', ['send-keys', '-t', session, 'C-c']);
    const last = await until((text) => text.includes('exit status'));
    expect(last).toContain('exit status 0');
    expect(last).toContain('Battenhall: Green gain from Conservative, majority 194 (1,081 vs 887)');
  } finally {
    spawnSync('tmux', ['kill-session', '-t', session]);
  }
});
