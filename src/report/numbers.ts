/**
 * Human number formatting for headlines, tables and markdown: UK thousands separators (1,081), percentages with one
 * decimal (49.5%), signed percentage-point changes (+38.2). Machine formats (json, csv) never use these.
 */

export function formatCount(value: number | null): string {
  if (value === null) return '';
  // A whole number is printed digit for digit (BigInt, not value * 10: 9007199254740991 * 10 is not exact,
  // and 1801825954519185 came out as 1,801,825,954,519,184.8); a fraction (an STV count, a mean) to one decimal.
  let digits: string;
  if (Number.isInteger(value)) digits = BigInt(Math.abs(value)).toString();
  else {
    digits = Math.abs(value).toFixed(1);
    if (digits.endsWith('.0')) digits = digits.slice(0, -2);
  }
  const [whole = '0', fractionPart] = digits.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = value < 0 && /[1-9]/.test(digits);
  return `${negative ? '-' : ''}${grouped}${fractionPart ? `.${fractionPart}` : ''}`;
}

/** A signed whole-number change (net seats): +1, -2, 0. */
export function formatNet(value: number | null): string {
  if (value === null) return '';
  return value > 0 ? `+${formatCount(value)}` : formatCount(value);
}

/** A fraction as a percentage with one decimal: 0.4950 -> "49.5%". */
export function formatShare(value: number | null): string {
  if (value === null) return '';
  return `${(value * 100).toFixed(1)}%`;
}

/** A change in share (a fraction) as signed percentage points: -0.0713 -> "-7.1". */
export function formatChange(value: number | null): string {
  if (value === null) return '';
  const points = (value * 100).toFixed(1);
  if (points === '0.0' || points === '-0.0') return '0.0';
  return value > 0 ? `+${points}` : points;
}

/** A fraction as percentage points without a sign: 0.2267 -> "22.7". */
export function formatPoints(value: number): string {
  return (value * 100).toFixed(1);
}
