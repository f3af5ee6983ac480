/**
 * A share written as JSON writes it, straight into bytes: `${numerator / denominator}` without the string.
 *
 * Why: a 2M-row tally writes about four million shares. Made as strings, each one cost V8 its number-to-string
 * conversion, a heap string, a place in its number-string cache and a copy into the output: 0.7 s of a 4.2 s
 * run (measured by writing a constant instead).
 *
 * What it writes is Number::toString of the double nearest the quotient (ECMA-262 §6.1.6.1.20, with its note's
 * recommended choice, which V8 implements): the fewest significant digits that read back as that double, and
 * of those the decimal closest to it. How, for d = fl(a / b) with whole numbers 0 < a < b < 2^23 and
 * 1e-6 <= d < 1 (0 and 1 are written too; anything else is left to the caller's `${}`):
 *
 * - The decimal places of a / b come from long division nine at a time (every product below 2^53, so exact):
 *   they are written as they come, and the answer is them, cut and stepped at the end.
 * - 15 significant digits, p places: no more than one p-place decimal reads back as d. Two that did would lie
 *   within ulp(d) of each other, so 10^-p <= ulp(d) <= 2^-52 d, that is d 10^p >= 2^52, more than 15 digits.
 *   Either the nearest to a / b reads back, or none does; it is the cut places or them plus one in the last,
 *   and reading back is tested exactly: both are doubles exactly (below 10^15, and 10^p for p <= 22), and IEEE
 *   division rounds their quotient to the double nearest the decimal, which is what reading it gives. Any
 *   shorter decimal that read back would be one of these with zeros after it, so the one found is written
 *   without its trailing zeros, and nothing shorter is possible.
 * - Otherwise 16 or 17 digits, where several decimals read back and the one closest to d itself (not to a / b)
 *   is wanted: d 10^p = Q + (R + e 10^p) / b, where Q and R are the long division's quotient and remainder
 *   after p places and e = d b - a is found exactly (Dekker's product: d b as a double, and its rounding error).
 *   The whole number nearest the fraction is the step from Q to the closest decimal, which reads back when it
 *   is within half an ulp(d) 10^p. The fraction is known to about 1e-14: when it comes within 1e-9 of a half,
 *   or the step within 1e-9 of that bound, the caller's `${}` decides.
 *
 * `__tests__/format/quotient-text.test.ts` compares it with `${a / b}` for every a / b with b up to 2,000 and for
 * random ones up to 2^23.
 */

/** 10^0 to 10^22, every one a double exactly. */
const POWERS_OF_TEN = Float64Array.from({ length: 23 }, (_, p) => 10 ** p);
/** Denominators below this keep each nine places' product (remainder times 10^9) below 2^53. */
const DENOMINATORS_BELOW = 2 ** 23;
const ULP_OF_ONE = 2 ** -52;
/** Veltkamp's splitter for doubles (2^27 + 1): x times it, less that less x, is x's high 26 bits. */
const SPLITTER = 134217729;
/** How close to a rounding boundary a computed fraction may come before the caller's `${}` decides. */
const TOO_CLOSE = 1e-9;
const NINE_PLACES = 1e9;
const ZERO = 48;
const POINT = 46;

/** The most bytes writeQuotient writes (some past the end it returns, as room to work in). */
export const QUOTIENT_ROOM = 29;

/**
 * Writes `${numerator / denominator}` into `bytes` at `at` and returns where it ends, or returns -1 (what it
 * wrote does not count): the caller writes `${numerator / denominator}` itself. It needs QUOTIENT_ROOM bytes.
 */
export function writeQuotient(bytes: Uint8Array, at: number, numerator: number, denominator: number): number {
  const a = numerator;
  const b = denominator;
  if (!(a > 0 && a < b && b < DENOMINATORS_BELOW && Math.floor(a) === a && Math.floor(b) === b)) {
    if (!(b > 0 && (a === 0 || a === b))) return -1;
    bytes[at] = a === 0 ? ZERO : ZERO + 1;
    return at + 1;
  }
  const d = a / b;
  // Below 10^-6 toString writes an exponent.
  if (d < 1e-6) return -1;

  // Places 1-9 and 10-18 of a / b, and what is left after each; places 19-27 only when needed (below).
  const q1 = nextNine(a, b);
  const r1 = a * NINE_PLACES - q1 * b;
  const q2 = nextNine(r1, b);
  const r2 = r1 * NINE_PLACES - q2 * b;
  // Places before the first significant digit: at most five.
  const zeros = q1 >= 1e8 ? 0 : q1 >= 1e7 ? 1 : q1 >= 1e6 ? 2 : q1 >= 1e5 ? 3 : q1 >= 1e4 ? 4 : 5;
  const first = at + 2;
  bytes[at] = ZERO;
  bytes[at + 1] = POINT;
  writeNine(bytes, first, q1);
  writeNine(bytes, first + 9, q2);
  let q3 = 0;
  let r3 = 0;
  if (zeros > 1) {
    // 17 significant digits reach past place 18.
    q3 = nextNine(r2, b);
    r3 = r2 * NINE_PLACES - q3 * b;
    writeNine(bytes, first + 18, q3);
  }

  // 15 significant digits: the places cut there, or them plus one, read back as d, or nothing that short does.
  const places15 = zeros + 15;
  const cut =
    places15 <= 18
      ? q1 * POWERS_OF_TEN[places15 - 9]! + Math.floor(q2 / POWERS_OF_TEN[18 - places15]!)
      : q1 * POWERS_OF_TEN[places15 - 9]! + q2 * POWERS_OF_TEN[places15 - 18]! + Math.floor(q3 / POWERS_OF_TEN[27 - places15]!);
  const scale15 = POWERS_OF_TEN[places15]!;
  if (cut / scale15 === d) return withoutTrailingZeros(bytes, first, step(bytes, first, places15, 0));
  if ((cut + 1) / scale15 === d) return withoutTrailingZeros(bytes, first, step(bytes, first, places15, 1));

  // e = d b - a exactly: d b's double less a (exact: they are within a factor of two), plus the double's rounding
  // error (Dekker); e is a multiple of ulp(d) of magnitude at most b ulp(d) / 2, so a double holds it exactly.
  const product = d * b;
  const dSplit = SPLITTER * d;
  const dHigh = dSplit - (dSplit - d);
  const dLow = d - dHigh;
  const bSplit = SPLITTER * b;
  const bHigh = bSplit - (bSplit - b);
  const bLow = b - bHigh;
  const e = product - a + (dHigh * bHigh - product + dHigh * bLow + dLow * bHigh + dLow * bLow);
  let power = 0.5;
  while (d < power) power *= 0.5;
  const halfUlp = (power * ULP_OF_ONE) / 2;

  // 16 digits: the decimal closest to d, when it reads back; else 17, where the closest always does.
  for (let places = places15 + 1; places <= places15 + 2; places++) {
    const fraction = placesAfter(places, q2, r2, q3, r3, b) + (e * POWERS_OF_TEN[places]!) / b;
    const below = Math.floor(fraction);
    const above = fraction - below;
    if (Math.abs(above - 0.5) < TOO_CLOSE) return -1;
    const nearest = above > 0.5 ? below + 1 : below;
    const off = Math.abs(nearest - fraction);
    const bound = halfUlp * POWERS_OF_TEN[places]!;
    if (Math.abs(off - bound) < TOO_CLOSE) return -1;
    if (off < bound) {
      const end = step(bytes, first, places, nearest);
      // A trailing zero would mean a shorter decimal read back, which the test above rules out.
      return end === -1 || bytes[end - 1] === ZERO ? -1 : end;
    }
  }
  return -1;
}

/**
 * The decimal places of a / b after the first `places` (16 to 22: in the second nine or the third), as a fraction
 * of one unit in the last of them: the places' own digits in their nine, and what the long division had left
 * after that nine.
 */
function placesAfter(places: number, q2: number, r2: number, q3: number, r3: number, b: number): number {
  const nine = places <= 18 ? q2 : q3;
  const left = places <= 18 ? r2 : r3;
  const after = POWERS_OF_TEN[(9 - (places % 9)) % 9]!;
  const digits = nine - Math.floor(nine / after) * after;
  return (digits + left / b) / after;
}

/**
 * The next nine decimal places of a / b, from what the long division had left (a whole number below b): the
 * product is below 2^53, so exact, and the double quotient's floor is at most one off, which the remainder shows.
 */
function nextNine(remainder: number, b: number): number {
  const scaled = remainder * NINE_PLACES;
  const nine = Math.floor(scaled / b);
  const left = scaled - nine * b;
  return left < 0 ? nine - 1 : left >= b ? nine + 1 : nine;
}

/** The digits of 0 to 99, two bytes each ("00", "01", ... "99"). */
export const DIGIT_PAIRS = Uint8Array.from({ length: 200 }, (_, i) => ZERO + (i % 2 === 0 ? Math.floor(i / 20) : (i >> 1) % 10));

/** Writes a whole number below 10^9 as nine digits, with leading zeros: two at a time, the first alone. */
function writeNine(bytes: Uint8Array, at: number, value: number): void {
  let rest = value | 0;
  for (let i = at + 8; i > at; i -= 2) {
    const next = (rest / 100) | 0;
    const pair = 2 * (rest - 100 * next);
    bytes[i - 1] = DIGIT_PAIRS[pair]!;
    bytes[i] = DIGIT_PAIRS[pair + 1]!;
    rest = next;
  }
  bytes[at] = ZERO + rest;
}

/**
 * Ends the decimal after `places` places with `by` (a small whole number, maybe negative) added to its last:
 * where it ends, or -1 when the step runs past the first place (the quotient would not be below 1).
 */
function step(bytes: Uint8Array, first: number, places: number, by: number): number {
  let position = first + places - 1;
  let value = bytes[position]! - ZERO + by;
  while (value < 0 || value > 9) {
    const carry = Math.floor(value / 10);
    bytes[position] = ZERO + value - 10 * carry;
    position -= 1;
    if (position < first) return -1;
    value = bytes[position]! - ZERO + carry;
  }
  bytes[position] = ZERO + value;
  return first + places;
}

function withoutTrailingZeros(bytes: Uint8Array, first: number, end: number): number {
  if (end === -1) return -1;
  let last = end;
  while (last > first && bytes[last - 1] === ZERO) last -= 1;
  return last === first ? -1 : last;
}
