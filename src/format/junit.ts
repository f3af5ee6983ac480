/**
 * JUnit XML for CI systems other than GitHub: one testsuite, one testcase a rule that ran, named by its
 * code; a rule's errors (and, with --strict, warnings) are its failures, listed one a line with file:line.
 * Warnings and notes that do not fail go in the testcase's system-out.
 */
import type { Finding, Rule } from '../core/check/finding';
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
    const open = `    <testcase classname="results.check.${rule.group}" name="${xml(rule.code)}"`;
    if (own.length === 0) {
      write(`${open}/>\n`);
      continue;
    }
    write(`${open}>\n`);
    if (failing.length > 0) {
      const message = `${failing.length} finding${failing.length === 1 ? '' : 's'}: ${rule.about}`;
      write(`      <failure message="${xml(message)}" type="${xml(rule.code)}">${xml(failing.map(line).join('\n'))}</failure>\n`);
    }
    if (other.length > 0) write(`      <system-out>${xml(other.map(line).join('\n'))}</system-out>\n`);
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
