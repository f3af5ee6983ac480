/**
 * Checking cells: every number and flag in a results file is parsed here, once, with its file:line.
 * Votes are whole numbers; `1,081` is read as one thousand and eighty-one (the UK thousands separator),
 * `1.081` is refused because it could be a decimal or a continental thousands separator.
 */
import { DataError, quote, type Origin } from '../errors';

const plainInteger = /^\d+$/;
const thousands = /^\d{1,3}(,\d{3})+$/;

/**
 * A count (votes, seats, electorate, ballots): blank is null (absent), otherwise a non-negative whole
 * number within JavaScript's exact integer range.
 *
 *     results: w.csv:7: votes must be a whole number, got "12.5"
 */
export function parseCount(raw: string, what: string, origin: Origin): number | null {
  const text = raw.trim();
  if (text === '') return null;
  let digits: string;
  if (plainInteger.test(text)) digits = text;
  else if (thousands.test(text)) digits = text.replace(/,/g, '');
  else throw new DataError(origin, `${what} ${explainBadCount(text)}, got ${quote(raw)}`, /^-\s*\d/.test(text) ? 'negative-count' : 'invalid-count');
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    throw new DataError(origin, `${what} too large to count exactly, got ${quote(raw)}`, 'invalid-count');
  }
  return value;
}

function explainBadCount(text: string): string {
  if (/^-\s*\d/.test(text)) return 'must not be negative';
  if (/^\d{1,3}(\.\d{3})+$/.test(text)) {
    return 'is ambiguous: "." could be a decimal point or a thousands separator; write it without separators';
  }
  if (/^\d*\.\d+$/.test(text)) return 'must be a whole number';
  if (/^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i.test(text)) return 'must be a whole number written out, not in exponent form';
  return 'must be a whole number';
}

/** A count that must be at least one (seats). */
export function parsePositiveCount(raw: string, what: string, origin: Origin): number | null {
  const value = parseCount(raw, what, origin);
  if (value === 0) throw new DataError(origin, `${what} must be at least 1, got ${quote(raw)}`, 'invalid-count');
  return value;
}

const yes = new Set(['1', 'true', 't', 'yes', 'y', 'elected', 'x', '*', 'won', 'winner']);
const no = new Set(['0', 'false', 'f', 'no', 'n', 'not elected', 'lost', 'defeated']);

/** An elected flag: 1/0, true/false, yes/no, elected/not elected; blank is null (not said). */
export function parseFlag(raw: string, what: string, origin: Origin): boolean | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  throw new DataError(origin, `${what} must be yes/no, true/false or 1/0, got ${quote(raw)}`, 'invalid-flag');
}

/** A text cell: trimmed, with runs of white space (including line breaks in quoted cells) folded to one space. */
export function parseText(raw: string): string {
  return raw.replace(/\s+/g, ' ').trim();
}
