/**
 * JUnit XML for CI systems other than GitHub: one testsuite, one testcase a rule that ran, named by its
 * code; a rule's errors (and, with --strict, warnings) are its failures, listed one a line with file:line.
 * Warnings and notes that do not fail go in the testcase's system-out. Control and bidi characters from the
 * data are escaped as in every other format (safeText), before XML escaping.
 */
import type { Finding, Rule } from '../core/check/finding';
import { safeText } from './safe-text';
import type { Write } from './table';

export interface JunitInput {
  readonly rules: readonly Rule[];
  readonly findings: readonly Finding[];
  readonly strict: boolean;
  /** Renders one finding as a line (`file:line: error[code]: message`). */
  readonly line: (finding: Finding) => string;
}

export function renderJunit({ rules, findings, strict, line }: JunitInput, write: Write): void {
  const fails = (f: Finding) => f.severity === 'error' || (strict && f.severity === 'warning');
  const failures = rules.filter((r) => findings.some((f) => f.code === r.code && fails(f))).length;
  write('<?xml version="1.0" encoding="UTF-8"?>\n');
  write(`<testsuites name="results check" tests="${rules.length}" failures="${failures}">\n`);
  write(`  <testsuite name="results check" tests="${rules.length}" failures="${failures}" errors="0" skipped="0">\n`);
  for (const rule of rules) {
    const own = findings.filter((f) => f.code === rule.code);
    const failing = own.filter(fails);
    const other = own.filter((f) => !fails(f));
    // Each finding's line through safeText, as in the text and GitHub formats: ESC, CSI (U+009B) and bidi
    // overrides (U+202E) in the data are shown as \u escapes, not written raw for a CI page to obey.
    const lines = (list: readonly Finding[]) => list.map((f) => safeText(line(f))).join('\n');
    const open = `    <testcase classname="results.check.${rule.group}" name="${xml(rule.code)}"`;
    if (own.length === 0) {
      write(`${open}/>\n`);
      continue;
    }
    write(`${open}>\n`);
    if (failing.length > 0) {
      const message = `${failing.length} finding${failing.length === 1 ? '' : 's'}: ${rule.about}`;
      write(`      <failure message="${xml(message)}" type="${xml(rule.code)}">${xml(lines(failing))}</failure>\n`);
    }
    if (other.length > 0) write(`      <system-out>${xml(lines(other))}</system-out>\n`);
    write('    </testcase>\n');
  }
  write('  </testsuite>\n</testsuites>\n');
}

/** XML text and attribute escaping; characters XML 1.0 forbids (most C0 controls) become U+FFFD. */
export function xml(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\n/g, '&#10;')
  );
}
