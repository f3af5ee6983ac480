/**
 * GitHub Actions workflow commands, one a finding, so findings show on the pull request's lines:
 * `::error file=data/2016.csv,line=6,title=large-swing::Battenhall (Worcester): swing ...`.
 * Escaping follows GitHub's runner (toolkit/packages/core/src/command.ts): in the message `%`, CR and LF;
 * in properties also `:` and `,`.
 */
import { safeText } from './safe-text';
import type { Finding } from '../core/check/finding';
import type { Write } from './table';

export function renderGithub(findings: readonly Finding[], summary: string, write: Write): void {
  for (const finding of findings) {
    const properties: string[] = [];
    if (finding.file !== null) properties.push(`file=${escapeProperty(finding.file)}`);
    if (finding.line !== null) properties.push(`line=${finding.line}`);
    properties.push(`title=${escapeProperty(finding.code)}`);
    // GitHub has no "note" level; notice is its information level.
    const level = finding.severity === 'note' ? 'notice' : finding.severity;
    write(`::${level} ${properties.join(',')}::${escapeData(finding.message)}\n`);
  }
  write(`${summary}\n`);
}

export function escapeData(text: string): string {
  // The log viewer obeys ANSI escapes: other control characters and bidi overrides are shown as \u escapes (safeText).
  return safeText(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
