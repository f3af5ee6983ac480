/**
 * The in-process harness (run-cli.ts) is only worth its speed if a run inside jest is the run a user gets:
 * the same output as the binary, nothing read from this process's environment, and nothing carried from
 * one run to the next (module state, process.exitCode).
 */
import { runCli, runSpawned } from './run-cli';

describe('a run in-process', () => {
  it('prints what the binary prints, byte for byte, with the same status (Worcester 2016, table and json)', async () => {
    for (const args of [
      ['tally', 'fixtures/worcester-2016.csv'],
      ['tally', 'fixtures/ties-2019.csv', '--format', 'json'],
    ]) {
      expect(await runCli(args)).toEqual(runSpawned(args));
    }
  });

  it('takes its variables from the Env, not from process.env (FORCE_COLOR here does not colour it)', async () => {
    const saved = process.env.FORCE_COLOR;
    process.env.FORCE_COLOR = '3';
    try {
      // Colour would load chalk, which the memory env refuses (exit 3, internal error): a plain table is the proof.
      const run = await runCli(['tally', 'fixtures/worcester-2016.csv', '--area', 'Battenhall'], { env: { NO_COLOR: undefined } });
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      expect(run.stdout).toContain('Battenhall: Green, majority 194 (1,081 vs 887)');
      expect(run.stdout).not.toContain('\u001b[');
    } finally {
      if (saved === undefined) delete process.env.FORCE_COLOR;
      else process.env.FORCE_COLOR = saved;
    }
  });

  it('refuses to colour rather than guess, when a test forces colour in-process', async () => {
    const run = await runCli(['tally', 'fixtures/worcester-2016.csv'], { env: { NO_COLOR: undefined, FORCE_COLOR: '3' } });
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('chalk loaded in an in-process run');
  });

  it('keeps no party from an earlier run: --parties in one run is not known to the next', async () => {
    const args = ['tally', 'fixtures/ties-2019.csv', '--council', 'Wyre Forest'];
    const before = await runCli(args);
    const extended = await runCli([...args, '--parties', 'fixtures/parties-example.csv']);
    expect(extended.stdout).toContain('Franche and Habberley North: Health Concern 3, majority 23 (651 vs 628)');
    expect(before.stdout).not.toContain('Health Concern');
    expect(await runCli(args)).toEqual(before);
  });

  it('leaves process.exitCode alone: the status is returned, for bad data (1) and a usage error (2)', async () => {
    expect((await runCli(['tally', 'no-such.csv'])).status).toBe(1);
    expect((await runCli(['tally', 'fixtures/worcester-2016.csv', '--format', 'xml'])).status).toBe(2);
    expect(process.exitCode).toBeUndefined();
  });
});
