/**
 * Folding names for comparison: publishers spell one place, party or person many ways (`Ynys Môn` /
 * `Ynys Mon`, `Sinn Féin` / `Sinn Fein`, `Labour & Co-operative` / `Labour and Co-operative`,
 * `St John's` / `St Johns`). Accents, case, `&` versus `and`, apostrophes and other punctuation are
 * dropped; each kind of name (party, area, candidate) adds its own rules on top.
 */
export function foldName(name: string): string {
  if (ascii(name)) return foldAscii(name);
  // Latin letters with accents (Sinn Féin, Ynys Môn, Aontú) are ASCII once decomposed and their marks dropped,
  // and then the ASCII rule is the Unicode rule. Only other scripts need foldUnicode's Unicode-aware pattern,
  // which V8 takes milliseconds to compile: the built-in party names alone made every start pay for it.
  const decomposed = withoutMarks(name);
  return orItself(name, ascii(decomposed) ? foldAsciiLetters(decomposed) : foldDecomposed(decomposed));
}

// Any code unit past U+007F: the name is not ASCII.
const ascii = (name: string): boolean => !/[^\0-\x7f]/.test(name);

/**
 * foldName of a name in ASCII (almost every name in a UK file): the same rule without Unicode normalisation or
 * Unicode-aware patterns, which cost several times as much (a 10M-row file folds 3.4M names); in ASCII the letters
 * and digits are a-z and 0-9 once lower-cased, and NFKD and NFC change nothing. A test holds it to foldUnicode.
 */
export function foldAscii(name: string): string {
  return orItself(name, foldAsciiLetters(name));
}

const foldAsciiLetters = (name: string): string =>
  name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Compatibility decomposition (NFKD) without the combining diacritical marks: `Môn` is `Mon`. */
const withoutMarks = (name: string): string => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');

// A name of punctuation or symbols only ("?", "🙂") keeps its own identity (trimmed, in NFC) rather than folding
// to the same empty key as every other such name.
const orItself = (name: string, folded: string): string => (folded === '' ? name.normalize('NFC').trim() : folded);

/** foldName of any name: the rule itself, which the faster paths of foldName must give. */
export function foldUnicode(name: string): string {
  return orItself(name, foldDecomposed(withoutMarks(name)));
}

/** The rule's letters of a name already decomposed without marks, in any script. */
const foldDecomposed = (decomposed: string): string =>
  decomposed
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’‘`]/g, '')
    // Letters and digits of every script are kept (a Cyrillic or Greek name is not punctuation), with
    // their marks; everything else is a space.
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();

/**
 * Folds an area or council name so that spellings of one place compare equal: accents dropped, case
 * ignored, `&` read as `and`, apostrophes removed (`St John's` = `St Johns`), other punctuation a space
 * (`Stoke-on-Trent` = `Stoke on Trent`), `Saint` and `St.` both `st`. The one rule for "the same place":
 * matching two elections, --council and --area, and a council's composition.
 */
export function areaKey(name: string): string {
  const folded = foldName(name);
  // No word is `saint` when the letters are not there at all (almost every name): no split and join.
  if (!folded.includes('saint')) return folded;
  return folded
    .split(' ')
    .map((word) => (word === 'saint' ? 'st' : word))
    .join(' ');
}
