/** Warnings about the data go to stderr, after the output, a line each, at most a screenful. */
import type { Warning } from '../core/model';
import { safeText } from '../format/safe-text';
import type { Env } from './env';

const NOTES = new Set(['tie-decided-by-lot', 'encoding-detected']);
const MOST = 20;

export function writeWarnings(env: Env, warnings: readonly Warning[]): void {
  for (const warning of warnings.slice(0, MOST)) {
    const where = warning.origin ? `${warning.origin.file}:${warning.origin.line}: ` : '';
    // Warnings quote names from the file: control characters in them must not reach the terminal raw.
    env.stderr.write(`results: ${NOTES.has(warning.code) ? 'note' : 'warning'}: ${safeText(where + warning.message)}\n`);
  }
  if (warnings.length > MOST) {
    env.stderr.write(`results: ... and ${warnings.length - MOST} more warnings (all are in --format json)\n`);
  }
}
