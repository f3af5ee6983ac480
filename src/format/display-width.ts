/**
 * How many terminal columns a cell's text takes, as cli-table3 measures it (its `utils.strlen`: string-width
 * 4.2.3 over the text with colour codes removed), so the fast grid (table-grid.ts) pads every cell exactly as
 * cli-table3 would and the two draw the same bytes. string-width counts, code point by code point: control
 * characters 0, the combining diacritics U+0300-U+036F 0, East Asian wide and fullwidth characters 2
 * (is-fullwidth-code-point 3: Hangul leading jamo, CJK, kana, Hangul syllables, fullwidth forms, the
 * ideographic planes), every other code point 1; each match of emoji-regex 8 (an emoji with emoji
 * presentation, or an emoji sequence) counts 2 in place of its code points.
 *
 * A lone emoji is one code point of EMOJI below (width 2). Every emoji sequence emoji-regex matches holds a
 * code point of the sequence machinery (ZWJ, a variation selector, the keycap mark, a skin-tone modifier, a
 * regional indicator of a flag, a tag): text holding one of those is left to cli-table3's own measure
 * (`null`), one cell at a time. `__tests__/format/display-width.test.ts` checks every code point against
 * string-width itself.
 *
 * Not what string-width 7 (newer) or every terminal would say: string-width 4 counts zero-width characters
 * outside U+0300-U+036F (U+200B, other scripts' combining marks, Hangul vowel and final jamo) as 1. We follow
 * cli-table3, the renderer of record: a table is byte-identical whichever of the two drew it.
 */

/** Code points emoji-regex 8 matches alone (emoji presentation), as [first, last] pairs in order. */
// prettier-ignore
const EMOJI = [
  0x231a, 0x231b, 0x23e9, 0x23ec, 0x23f0, 0x23f0, 0x23f3, 0x23f3, 0x25fd, 0x25fe, 0x2614, 0x2615,
  0x261d, 0x261d, 0x2648, 0x2653, 0x267f, 0x267f, 0x2693, 0x2693, 0x26a1, 0x26a1, 0x26aa, 0x26ab,
  0x26bd, 0x26be, 0x26c4, 0x26c5, 0x26ce, 0x26ce, 0x26d4, 0x26d4, 0x26ea, 0x26ea, 0x26f2, 0x26f3,
  0x26f5, 0x26f5, 0x26f9, 0x26fa, 0x26fd, 0x26fd, 0x2705, 0x2705, 0x270a, 0x270d, 0x2728, 0x2728,
  0x274c, 0x274c, 0x274e, 0x274e, 0x2753, 0x2755, 0x2757, 0x2757, 0x2795, 0x2797, 0x27b0, 0x27b0,
  0x27bf, 0x27bf, 0x2b1b, 0x2b1c, 0x2b50, 0x2b50, 0x2b55, 0x2b55, 0x1f004, 0x1f004, 0x1f0cf, 0x1f0cf,
  0x1f18e, 0x1f18e, 0x1f191, 0x1f19a, 0x1f1e6, 0x1f1ff, 0x1f201, 0x1f201, 0x1f21a, 0x1f21a, 0x1f22f, 0x1f22f,
  0x1f232, 0x1f236, 0x1f238, 0x1f23a, 0x1f250, 0x1f251, 0x1f300, 0x1f320, 0x1f32d, 0x1f335, 0x1f337, 0x1f37c,
  0x1f37e, 0x1f393, 0x1f3a0, 0x1f3cc, 0x1f3cf, 0x1f3d3, 0x1f3e0, 0x1f3f0, 0x1f3f4, 0x1f3f4, 0x1f3f8, 0x1f43e,
  0x1f440, 0x1f440, 0x1f442, 0x1f4fc, 0x1f4ff, 0x1f53d, 0x1f54b, 0x1f54e, 0x1f550, 0x1f567, 0x1f574, 0x1f575,
  0x1f57a, 0x1f57a, 0x1f590, 0x1f590, 0x1f595, 0x1f596, 0x1f5a4, 0x1f5a4, 0x1f5fb, 0x1f64f, 0x1f680, 0x1f6c5,
  0x1f6cc, 0x1f6cc, 0x1f6d0, 0x1f6d2, 0x1f6d5, 0x1f6d5, 0x1f6eb, 0x1f6ec, 0x1f6f4, 0x1f6fa, 0x1f7e0, 0x1f7eb,
  0x1f90d, 0x1f93a, 0x1f93c, 0x1f945, 0x1f947, 0x1f971, 0x1f973, 0x1f976, 0x1f97a, 0x1f9a2, 0x1f9a5, 0x1f9aa,
  0x1f9ae, 0x1f9ca, 0x1f9cd, 0x1f9ff, 0x1fa70, 0x1fa73, 0x1fa78, 0x1fa7a, 0x1fa80, 0x1fa82, 0x1fa90, 0x1fa95,
];

/** Whether `code` is in one of the sorted [first, last] ranges of `ranges` (binary search). */
function inRanges(ranges: readonly number[], code: number): boolean {
  let low = 0;
  let high = ranges.length / 2 - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (code < ranges[middle * 2]!) high = middle - 1;
    else if (code > ranges[middle * 2 + 1]!) low = middle + 1;
    else return true;
  }
  return false;
}

/** is-fullwidth-code-point 3.0.0, as string-width 4 calls it. */
function fullwidth(code: number): boolean {
  return (
    code >= 0x1100 &&
    (code <= 0x115f ||
      code === 0x2329 ||
      code === 0x232a ||
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
      (code >= 0x3250 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0xa4c6) ||
      (code >= 0xa960 && code <= 0xa97c) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe10 && code <= 0xfe19) ||
      (code >= 0xfe30 && code <= 0xfe6b) ||
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1b000 && code <= 0x1b001) ||
      (code >= 0x1f200 && code <= 0x1f251) ||
      (code >= 0x20000 && code <= 0x3fffd))
  );
}

/**
 * A code point that only appears inside an emoji sequence, where string-width's width is that of the whole
 * sequence: zero-width joiner, variation selectors, the combining keycap, regional indicators (flags),
 * skin-tone modifiers, tags (subdivision flags).
 */
function sequencePart(code: number): boolean {
  return (
    code === 0x200d ||
    code === 0x20e3 ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0x1f1e6 && code <= 0x1f1ff) ||
    (code >= 0x1f3fb && code <= 0x1f3ff) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}

/** Columns of one code point as string-width 4 counts it alone; -1 for part of an emoji sequence. */
export function codePointWidth(code: number): number {
  if (code < 0x300) return code <= 0x1f || (code >= 0x7f && code <= 0x9f) ? 0 : 1;
  if (code <= 0x36f) return 0;
  if (code < 0x1100) return 1;
  if (sequencePart(code)) return -1;
  if (code >= 0x231a && inRanges(EMOJI, code)) return 2;
  return fullwidth(code) ? 2 : 1;
}

/**
 * Columns of `text` (no escape sequences: colour is removed before), as cli-table3 counts them; -1 when the text
 * holds part of an emoji sequence or an escape character, for the caller to ask cli-table3's own measure.
 * Linear in the length of the text.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // ASCII letters, digits and punctuation: almost every character of a results file.
    if (code >= 0x20 && code < 0x7f) {
      width += 1;
      continue;
    }
    if (code === 0x1b) return -1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        i++;
      }
    }
    const columns = codePointWidth(code);
    if (columns === -1) return -1;
    width += columns;
  }
  return width;
}
