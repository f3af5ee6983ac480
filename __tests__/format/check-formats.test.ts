import { escapeData, escapeProperty, renderGithub } from '../../src/format/github';
import { renderJunit, xml } from '../../src/format/junit';
import { rules } from '../../src/core/check/finding';
import { findingLine } from '../../src/report/check';

describe('GitHub workflow commands', () => {
  it('escape %, CR and LF in messages, and also : and , in properties (as the Actions toolkit does)', () => {
    expect(escapeData('50% of "a\r\nb"')).toBe('50%25 of "a%0D%0Ab"');
    expect(escapeProperty('data/a,b:c.csv')).toBe('data/a%2Cb%3Ac.csv');
  });

  it('write one command a finding, at the file and line, titled by the code', () => {
    let out = '';
    renderGithub(
      [{ severity: 'warning', code: 'unknown-party', message: 'party "Labor" is not a known party', file: 'w,1.csv', line: 7 }],
      '0 errors',
      (text) => (out += text),
    );
    expect(out).toBe('::warning file=w%2C1.csv,line=7,title=unknown-party::party "Labor" is not a known party\n0 errors\n');
  });
});

describe('JUnit XML', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(xml('<a & "b">\u0001')).toBe('&lt;a &amp; &quot;b&quot;&gt;\ufffd');
  });

  it('does not fail a rule whose only findings are notes, even with --strict', () => {
    let out = '';
    const tie = rules.filter((r) => r.code === 'tie-decided-by-lot');
    renderJunit(
      {
        rules: tie,
        findings: [{ severity: 'note', code: 'tie-decided-by-lot', message: 'Paddock Wood West: tied at 289', file: 'l.csv', line: 1 }],
        strict: true,
        line: findingLine,
      },
      (text) => (out += text),
    );
    expect(out).toContain('failures="0"');
    expect(out).toContain('<system-out>l.csv:1: note[tie-decided-by-lot]: Paddock Wood West: tied at 289</system-out>');
  });
});
