/** `results project` end to end, in-process: result lines, control, results.project/1 and the refusals. */
import { results as run } from './run-cli';

describe('results project', () => {
  it('prints the contests changing hands as result lines and the control that follows', async () => {
    const { status, stdout } = await run(
      'project',
      'fixtures/worcester-2016-defending.csv',
      '--swing',
      'Con:-9,Lab:+9',
      '--before',
      'Con=19,Lab=15,Grn=1',
    );
    expect(status).toBe(0);
    expect(stdout).toContain('Worcester, Bedwardine: Labour gain from Conservative');
    expect(stdout).toContain('Worcester: Labour gain from NOC');
  });

  it('writes results.project/1: parties with seats and change, changes, control', async () => {
    const { status, stdout } = await run('project', 'fixtures/worcester-2016.csv', '--shares', 'Con=40,Lab=30', '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ schema: 'results.project/1', method: 'uniform', shareMethod: 'top' });
    for (const key of ['party', 'seats', 'change']) expect(doc.parties[0]).toHaveProperty(key);
    expect(doc.national.find((n: { party: string }) => n.party === 'Conservative').shareAfter).toBeCloseTo(0.4, 12);
    expect(doc.changes.map((c: { text: string }) => c.text)).toEqual(['Battenhall: Conservative gain from Green']);
    expect(doc.control).toEqual([]);
  });

  it.each([
    [[], "results: give one of --swing 'Con:-5,Lab:+5' or --shares 'Con=33,Lab=40'"],
    [['--swing', 'Con:-5', '--shares', 'Con=30'], "results: give one of --swing 'Con:-5,Lab:+5' or --shares 'Con=33,Lab=40'"],
    [['--swing', 'Con:five'], 'results: --swing: expected PARTY:POINTS, got "Con:five" (e.g. Con:-5,Lab:+5)'],
    [['--swing', 'Con:-5,Conservative:+2'], 'results: --swing: Conservative is given twice'],
    [
      ['--method', 'cube', '--swing', 'Con:-5'],
      "results: option '--method <method>' argument 'cube' is invalid. Allowed choices are uniform, proportional.",
    ],
  ])('refuses %j with one line on stderr', async (args, message) => {
    const { status, stdout, stderr } = await run('project', 'fixtures/worcester-2016.csv', ...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n')[0]).toBe(message);
  });
});
