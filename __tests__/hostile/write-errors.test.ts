/**
 * Output that cannot be written (issue 16, item 2): a full disk is the user's environment, not a bug, so
 * `> /dev/full` is one line on stderr and exit 1 (it was exit 3 with a stack trace); a reader closing the
 * pipe (`| head`) stays a quiet exit 0.
 */
import { closeSync, existsSync, openSync } from 'node:fs';
import { fdOutput } from '../../src/cli/output';
import { OutputError } from '../../src/errors';
import { runShell } from '../cli/run-cli';

const full = existsSync('/dev/full') ? describe : describe.skip;

full('a full disk (/dev/full, Linux)', () => {
  it('fdOutput turns ENOSPC into an OutputError that says what happened', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const output = fdOutput(fd, false, null);
      output.write('Worcester\n');
      expect(() => output.flush()).toThrow(OutputError);
      output.write('again\n');
      expect(() => output.flush()).toThrow(/^cannot write file descriptor \d+: no space left on device \(ENOSPC\)$/);
    } finally {
      closeSync(fd);
    }
  });

  it.each([
    ['tally', 'fixtures/worcester-2016.csv'],
    ['tally', 'fixtures/worcester-2016.csv', '--format', 'json'],
    ['check', 'fixtures/worcester-2016.csv'],
  ])('results %s %s ... > /dev/full: one line, exit 1', (...args) => {
    const run = runShell(`node bin/results.js ${args.join(' ')} > /dev/full`);
    expect(run.stderr).toBe('results: cannot write standard output: no space left on device (ENOSPC)\n');
    expect(run.status).toBe(1);
  });
});

describe('a closed pipe', () => {
  it('is still a quiet exit 0', () => {
    const run = runShell(
      'node bin/results.js tally fixtures/worcester-2016.csv --format ndjson | head -1 > /dev/null; echo "exit ${PIPESTATUS[0]}"',
    );
    expect(run.stdout).toBe('exit 0\n');
    expect(run.stderr).toBe('');
  });
});
