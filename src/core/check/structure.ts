/**
 * Structure findings: the errors the reader raised (unreadable files, malformed CSV, bad cells, duplicate
 * candidates, empty contests), collected row by row through readElection's `onError` instead of stopping
 * at the first. The message is the reader's own detail, so `check` and `tally` use the same words.
 */
import { DataError, type InputError } from '../../errors';
import type { Warning } from '../model';
import { finding, ruleFor, type Finding } from './finding';

/**
 * One finding for one reader error. An error whose thrower gave no code is `invalid-row` when it is about
 * a row, `unreadable-file` when it is about a whole file.
 */
export function structureFinding(error: InputError): Finding {
  const located = error instanceof DataError ? error.origin : whereOf(error.where);
  const fallback = error instanceof DataError || located.line !== null ? 'invalid-row' : 'unreadable-file';
  const code = error.code !== null && ruleFor(error.code) !== null ? error.code : fallback;
  return { ...finding(code, error.detail, null), file: located.file, line: located.line };
}

/** `where` is "file" or "file:line" (see InputError). */
function whereOf(where: string): { file: string; line: number | null } {
  const match = /^(.*):(\d+)$/.exec(where);
  return match ? { file: match[1] ?? where, line: Number(match[2]) } : { file: where, line: null };
}

/**
 * The reader's warnings that are check rules (`district-missing`: rows set aside because the district of an
 * office is not given) become findings with the rule's severity; the others (`names-merged`) stay tally's.
 */
export function readWarningFindings(warnings: readonly Warning[]): Finding[] {
  return warnings.filter((w) => ruleFor(w.code) !== null).map((w) => finding(w.code, w.message, w.origin));
}
