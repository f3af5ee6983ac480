/**
 * The check's findings for people (text: `file:line: error[code]: message` and a summary line) and for
 * scripts (the `results.check/1` JSON document of design.md).
 */
import type { CheckResult } from '../core/check/check';
import type { Finding } from '../core/check/finding';
import { plural } from '../errors';

export const checkSchema = 'results.check/1';

/** `data/2016.csv:6: error[large-swing]: Battenhall (Worcester): swing from ...` */
export function findingLine(finding: Finding): string {
  return `${findingPlace(finding)}${finding.severity}[${finding.code}]: ${finding.message}`;
}

export function findingPlace(finding: Finding): string {
  if (finding.file === null) return '';
  return finding.line === null ? `${finding.file}: ` : `${finding.file}:${finding.line}: `;
}

/** `3 errors, 1 warning, 2 notes in 12 contests: check failed` */
export function checkSummary(result: CheckResult): string {
  const { error, warning, note } = result.counts;
  const parts = [plural(error, 'error'), plural(warning, 'warning'), plural(note, 'note')];
  const verdict = result.ok ? 'check passed' : result.counts.error > 0 ? 'check failed' : 'check failed (--strict: warnings fail)';
  return `${parts.join(', ')} in ${plural(result.contests, 'contest')}: ${verdict}`;
}

export function checkText(result: CheckResult): string[] {
  return [...result.findings.map(findingLine), checkSummary(result)];
}

export function checkJson(result: CheckResult) {
  return {
    schema: checkSchema,
    ok: result.ok,
    strict: result.strict,
    counts: { ...result.counts, contests: result.contests },
    findings: result.findings.map((f) => ({
      severity: f.severity,
      code: f.code,
      message: f.message,
      file: f.file,
      line: f.line,
    })),
  };
}

/** The `results.check/1` document as the library returns it and the CLI writes it (one contract). */
export type CheckDocument = ReturnType<typeof checkJson>;
