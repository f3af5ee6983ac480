/**
 * Checking cells: every number and flag in a results file is parsed here, once, with its file:line.
 * Votes are whole numbers; `1,081` is read as one thousand and eighty-one (the UK thousands separator),
 * `1.081` is refused because it could be a decimal or a continental thousands separator.
 */
import { DataError, quote, type Origin } from '../errors';
import type { VotingSystem } from '../core/model';

const plainInteger = /^\d+$/;
const thousands = /^\d{1,3}(,\d{3})+$/;

/**
 * A count (votes, seats, electorate, ballots): blank is null (absent), otherwise a non-negative whole
 * number within JavaScript's exact integer range.
 *
 *     results: w.csv:7: votes must be a whole number, got "12.5"
 */
export function parseCount(raw: string, what: string, origin: Origin, written: CountWriting = {}): number | null {
  const text = raw.trim();
  if (text === '') return null;
  let digits: string;
  if (plainInteger.test(text)) digits = text;
  else if (written.decimalPoint === true && zeroFraction.test(text)) digits = text.slice(0, text.indexOf('.'));
  else if (thousands.test(text)) digits = text.replace(/,/g, '');
  else
    throw new DataError(
      origin,
      `${what} ${explainBadCount(text)}, got ${quote(raw)}`,
      /^-\s*\d/.test(text) ? 'negative-count' : 'invalid-count',
    );
  const value = Number(digits);
  if (!Number.isSafeInteger(value)) {
    throw new DataError(origin, `${what} too large to count exactly, got ${quote(raw)}`, 'invalid-count');
  }
  return value;
}

/**
 * How a file writes numbers. `decimalPoint`: "." is a decimal point in this file (its transfer values are
 * decimal, as in STV exports), so a count written `2241.00000` is the whole number 2241, and `12.5` is still
 * refused as not whole.
 */
export interface CountWriting {
  readonly decimalPoint?: boolean;
}

const zeroFraction = /^\d+\.0+$/;
const decimal = /^\d+(\.\d+)?$/;

/**
 * A non-negative decimal number with "." as the decimal point (an STV quota, which some rules make
 * fractional); blank is null.
 *
 *     results: s.csv:7: quota must be a number such as 1320 or 941.25, got "9,41"
 */
export function parseDecimal(raw: string, what: string, origin: Origin): number | null {
  const text = raw.trim();
  if (text === '') return null;
  if (!decimal.test(text)) {
    throw new DataError(
      origin,
      `${what} must be a non-negative number such as 1320 or 941.25, got ${quote(raw)}`,
      /^-\s*\d/.test(text) ? 'negative-count' : 'invalid-count',
    );
  }
  return Number(text);
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
export function parsePositiveCount(raw: string, what: string, origin: Origin, written: CountWriting = {}): number | null {
  const value = parseCount(raw, what, origin, written);
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

/** The voting system: `stv`, or `fptp` / `plurality` / `bloc` (the default when blank). */
export function parseSystem(raw: string, origin: Origin): VotingSystem | undefined {
  const text = raw.trim().toLowerCase();
  if (text === '') return undefined;
  if (text === 'stv') return 'stv';
  if (['fptp', 'plurality', 'bloc', 'block', 'first past the post'].includes(text)) return 'plurality';
  throw new DataError(origin, `system must be stv or fptp, got ${quote(raw)}`, 'invalid-flag');
}

/** A text cell: trimmed, with runs of white space (including line breaks in quoted cells) folded to one space. */
export function parseText(raw: string): string {
  return isFolded(raw) ? raw : raw.replace(/\s+/g, ' ').trim();
}

/**
 * parseText for a column whose cells repeat row after row (a contest's council and area on each of its
 * candidates' rows): a cell written as the one before is read once, and every row gets the same string.
 */
export class RepeatedText {
  private written: string | null = null;
  private text = '';

  read(raw: string): string {
    if (raw !== this.written) {
      this.written = raw;
      this.text = parseText(raw);
    }
    return this.text;
  }
}

/**
 * Whether a cell is already as parseText leaves it (no white space at the ends, no run of it, none but
 * the plain space): almost every cell, checked without a regular expression or a new string. The white
 * space is JavaScript's \s, so the answer is the same as the slow path's.
 */
function isFolded(raw: string): boolean {
  const last = raw.length - 1;
  let previousSpace = true; // a space first is not folded
  for (let i = 0; i <= last; i++) {
    const code = raw.charCodeAt(i);
    if (code === 32) {
      if (previousSpace || i === last) return false;
      previousSpace = true;
    } else if (code < 32 || (code >= 0x80 && isUnicodeSpace(code))) {
      return false;
    } else {
      previousSpace = false;
    }
  }
  return true;
}

/** \s beyond ASCII: U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF. */
function isUnicodeSpace(code: number): boolean {
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
