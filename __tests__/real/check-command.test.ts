/** `results check` on whole published files, end to end: the product's own layouts read them. */
import path from 'node:path';
import { results, root } from '../cli/run-cli';
import { real } from './paths';

describe('results check --against on the published GE2015 files (end to end)', () => {
  // The same comparison on the test-only readers is in real/check-rules.test.ts. Paths as a user types them
  // from the repository, so the findings name the file that way.
  const ec = path.relative(root, real('uk-electoral-commission', 'EC-GE2015-RESULTS.csv'));
  const hoc = path.relative(root, real('uk-hoc-library', 'HoC-GE2015-results-by-candidate.csv'));

  // Besides Emily Benn, the Commission's sheet has the two Singhs of Birmingham Perry Barr on each other's rows:
  // its line 216 reads Arjun Singh, "Liberal Democrats", 5032 votes, but party columns "UK Independence Party, UKIP"
  // (and line 217 the reverse); the Commons Library has Arjun Singh (LD) 2001, Harjinder Singh (UKIP) 5032. The
  // layout reads the name and ballot description as written, so the swap is a real finding.
  it('finds Emily Benn, 14,038 against 14,308, and the two Singhs of Perry Barr swapped', async () => {
    const run = await results(
      'check',
      ec,
      '--against',
      hoc,
      '--only',
      'source-contest-missing,source-contest-extra,source-candidate-missing,source-candidate-extra,source-votes-differ',
      '--format',
      'json',
    );
    const document = JSON.parse(run.stdout);
    expect(document.findings.map((f: { line: number }) => f.line)).toEqual([216, 217, 745]);
    expect(document.findings[0].message).toContain('Arjun Singh (Liberal Democrats) has 5032 votes here but 2001');
    expect(document.findings[2]).toMatchObject({ code: 'source-votes-differ', file: ec, line: 745 });
    expect(document.findings[2].message).toContain('Emily Benn (Labour) has 14038 votes here but 14308');
  });
});

describe('results check on every LEAP file 2016-2019 (published, so clean)', () => {
  it.each(['2016-05-05', '2017-05-04', '2018-05-03', '2019-05-02'])('leap-%s passes with no errors', async (date) => {
    const run = await results('check', path.relative(root, real('uk-leap-local', `leap-${date}.csv`)), '--format', 'json');
    const document = JSON.parse(run.stdout);
    expect(run.status).toBe(0);
    expect(document.counts.error).toBe(0);
    // Real ties settled by lot are notes; Scottish STV wards (2017) elect on transfers and are not "out of order".
    expect(document.findings.filter((f: { code: string }) => f.code === 'elected-order')).toEqual([]);
  });
});
