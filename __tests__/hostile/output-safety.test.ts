/**
 * Nothing in a results file can attack the person reading the output: terminal escape sequences, bidi
 * overrides and CRs are shown, not obeyed, in table and markdown; CSV cells a spreadsheet would run as a
 * formula are defused unless --raw; JSON escapes as JSON does; names that look like paths are just text.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { csvField, renderCsv } from '../../src/format/csv';
import { escapeMarkdown } from '../../src/format/markdown';
import { safeText } from '../../src/format/safe-text';
import { results, root } from './run-cli';

// eslint-disable-next-line no-control-regex
const terminalControls = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('safeText', () => {
  it.each([
    ['ESC (cursor and screen control)', 'Arbo\u001b[2Jretum', 'Arbo\\u001b[2Jretum'],
    ['an OSC title sequence ended by BEL', '\u001b]0;pwned\u0007Arboretum', '\\u001b]0;pwned\\u0007Arboretum'],
    ['a CR that would overwrite the line', 'Labour\rConservative', 'Labour\\u000dConservative'],
    ['C1 CSI (U+009B)', 'Joy\u009b31m', 'Joy\\u009b31m'],
    ['right-to-left override (U+202E)', 'Lab\u202eruobal', 'Lab\\u202eruobal'],
    ['left-to-right isolate (U+2066)', '\u2066Green\u2069', '\\u2066Green\\u2069'],
    ['backspace, tab and NUL', 'a\bb\tc\u0000', 'a\\u0008b\\u0009c\\u0000'],
  ])('shows %s as a visible escape', async (_what, raw, shown) => {
    expect(safeText(raw)).toBe(shown);
  });

  it('leaves names in any script, accents and apostrophes alone', async () => {
    for (const name of ["St Mary's", 'Zoë Ó Súilleabháin', 'Llanddewi Brefi', 'مريم', 'Ynys Môn', 'Ōtautahi']) {
      expect(safeText(name)).toBe(name);
    }
  });

  it('is applied by markdown before markdown escaping', async () => {
    expect(escapeMarkdown('\u001b[31m|Lab*')).toBe('\\\\u001b\\[31m\\|Lab\\*');
  });
});

describe('results tally on a file full of escape sequences (fixtures/bad/control-characters.csv)', () => {
  const file = 'fixtures/bad/control-characters.csv';

  it('writes no raw control character or bidi override in table output: each is shown as an escape', async () => {
    const run = await results(['tally', file]);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(terminalControls);
    expect(run.stdout).toContain('Arbo\\u001b[2Jretum\\u001b]0;pwned\\u0007: Lab\\u202eruobal, majority 568 (959 vs 391)');
    expect(run.stdout).toContain('│ Joy\\u009b31m Squires       │ Lab\\u202eruobal    │   959 │');
    expect(run.stdout).toContain('│ John\\u001b[1A\\u0008Stenson │ Conservative\\u2066 │   391 │');
  });

  it('writes no raw control character in markdown: the escape is itself escaped so it renders as written', async () => {
    const run = await results(['tally', file, '--format', 'markdown']);
    expect(run.status).toBe(0);
    expect(run.stdout).not.toMatch(terminalControls);
    expect(run.stdout).toContain('**Arbo\\\\u001b\\[2Jretum\\\\u001b\\]0;pwned\\\\u0007: Lab\\\\u202eruobal, majority 568 (959 vs 391)**');
    expect(run.stdout).toContain('| Joy\\\\u009b31m Squires | Lab\\\\u202eruobal | 959 | 71.0% | elected |');
  });

  it.each([
    ['tally --format html', ['tally', file, '--format', 'html']],
    ['chart shares (SVG)', ['chart', 'shares', file]],
    ['check (text)', ['check', file]],
    ['check --format github', ['check', file, '--format', 'github']],
    ['swing (table)', ['swing', file, file]],
  ])('writes no raw control character or bidi override in %s', async (_what, args) => {
    const run = await results(args);
    expect([0, 1]).toContain(run.status);
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.stdout).not.toMatch(terminalControls);
    expect(run.stderr).not.toMatch(terminalControls);
  });

  it('keeps the text exactly in JSON, escaped as JSON escapes it', async () => {
    const run = await results(['tally', file, '--format', 'json']);
    expect(run.stdout).not.toMatch(terminalControls);
    expect(run.stdout).toContain('"area":"Arbo\\u001b[2Jretum\\u001b]0;pwned\\u0007"');
    // Beyond JSON.stringify: C1 controls and bidi overrides are \u escapes too, and parse back the same.
    expect(run.stdout).toContain('"name":"Joy\\u009b31m Squires","party":"Lab\\u202eruobal"');
    const document = JSON.parse(run.stdout) as { contests: { area: string; candidates: { name: string }[] }[] };
    expect(document.contests[0]!.area).toBe('Arbo\u001b[2Jretum\u001b]0;pwned\u0007');
    expect(document.contests[0]!.candidates.map((c) => c.name)).toEqual(['Joy\u009b31m Squires', 'John\u001b[1A\bStenson']);
  });

  it('escapes control characters quoted into an error message (one line, nothing obeyed)', async () => {
    const run = await results(['tally', '-'], { input: 'ward,candidate,party,votes\nA\u001b]0;x\u0007,B,Lab,9\u001b[2J\n' });
    expect(run.stderr).toBe('results: -:2: votes must be a whole number, got "9\\u001b[2J"\n');
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('escapes bidi overrides quoted into an error message too', async () => {
    const run = await results(['tally', '-'], { input: 'ward,candidate,party,votes\nA,B,Lab,12\u202e3\n' });
    expect(run.stderr).toBe('results: -:2: votes must be a whole number, got "12\\u202e3"\n');
    expect(run.status).toBe(1);
  });

  it('escapes control characters in warnings on stderr', async () => {
    const run = await results(['tally', '-'], {
      input: 'ward,candidate,party,votes,elected\nA\u001b]0;x\u0007,B,Lab,9,1\nA\u001b]0;x\u0007,C,Con,9,0\n',
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      'results: note: -:2: A\\u001b]0;x\\u0007: the last seat was tied at 9 votes; the file gives it to B (decided by lot)\n',
    );
  });
});

describe('CSV output and spreadsheet formulas (fixtures/bad/formula-in-cells.csv)', () => {
  const file = 'fixtures/bad/formula-in-cells.csv';

  it("prefixes text cells starting with = + - @ with ' and leaves numbers untouched", async () => {
    const run = await results(['tally', file, '--format', 'csv']);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe(
      `Worcester,Arboretum,E05007880,1,contested,1362,1362,,,,,568,0.4170337738619677,false,"'=HYPERLINK(""http://example.com/?"",""click"")",Labour,Lab,Labour,959,0.7041116005873715,true,1`,
    );
    expect(lines[2]).toBe(
      `Worcester,Arboretum,E05007880,1,contested,1362,1362,,,,,568,0.4170337738619677,false,'@SUM(1+1),'+44 Party,'+44 Party,'+44 Party,391,0.28707782672540383,false,2`,
    );
    expect(lines[3]).toContain(",'-2+3,Conservative,Con,Conservative,12,");
  });

  it('writes cells exactly as they are with --raw', async () => {
    const run = await results(['tally', file, '--format', 'csv', '--raw']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[1]).toContain(`,"=HYPERLINK(""http://example.com/?"",""click"")",Labour,`);
    expect(lines[2]).toContain(',@SUM(1+1),+44 Party,+44 Party,+44 Party,391,');
  });

  it('never prefixes a number, however it starts', async () => {
    let text = '';
    renderCsv(
      {
        columns: [
          { key: 'change', label: 'change', type: 'change' },
          { key: 'name', label: 'name', type: 'text' },
        ],
        rows: [{ cells: [-0.05, '-0.05'] }],
      },
      (chunk) => void (text += chunk),
    );
    expect(text).toBe("change,name\n-0.05,'-0.05\n");
    expect(csvField('a"b')).toBe('"a""b"');
  });
});

describe('names that look like paths are just text', () => {
  it('a ward named ../../etc/passwd and a candidate named /dev/stdout read and write nothing else', async () => {
    const before = readdirSync(path.join(root, 'fixtures/bad')).sort();
    const run = await results(['tally', 'fixtures/bad/path-in-ward-name.csv', '--format', 'json']);
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout) as { sources: string[]; contests: { area: string; candidates: { name: string }[] }[] };
    expect(document.sources).toEqual(['fixtures/bad/path-in-ward-name.csv']);
    expect(document.contests[0]!.area).toBe('../../etc/passwd');
    expect(document.contests[0]!.candidates.map((c) => c.name)).toContain('/dev/stdout');
    expect(run.stdout).not.toContain('root:');
    expect(readdirSync(path.join(root, 'fixtures/bad')).sort()).toEqual(before);
  });
});

describe('results check --format junit (issue 16, item 10)', () => {
  it('escapes control and bidi characters as the other formats do, instead of writing them raw (or ESC as U+FFFD)', async () => {
    const input =
      'council,ward,candidate,party,votes\n' +
      'Worcester,North,Joy\u009b31m\u202e,Lab\u001b[2J,10\n' +
      'Worcester,North,B,Con,5\n' +
      'Worcester,South,Joy\u009b31m\u202e,Lab\u001b[2J,7\n' +
      'Worcester,South,C,Con,3\n';
    const run = await results(['check', '-', '--format', 'junit'], { input });
    expect(run.stdout).toContain('<testcase classname="results.check.names" name="candidate-in-two-wards">');
    expect(run.stdout).not.toMatch(terminalControls);
    expect(run.stdout).not.toContain('\ufffd');
    expect(run.stdout).toContain('Joy\\u009b31m\\u202e stands in both');
    expect(run.stdout).toContain('party &quot;Lab\\u001b[2J&quot;');
  });
});
