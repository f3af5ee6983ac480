/**
 * What every chart shares: XML escaping, coordinates written the same way every time (same input, same
 * bytes), the root element with its <title> and <desc>, label colours chosen for contrast, and a fallback
 * palette for parties the registry has no colour for. Charts are strings built from plain data: no DOM, no
 * dependencies, no clock, no random ids.
 */

import { safeText } from '../safe-text';

/** Text from the data (party names, titles) made safe inside XML/HTML text and attribute values. */
export function escapeXml(value: string): string {
  // Control characters are not allowed in XML 1.0 and bidi overrides would reorder the page: shown as \u escapes (safeText).
  return safeText(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A coordinate with at most two decimals and no "-0": the same number is always written the same way. */
export function num(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) || rounded === 0 ? '0' : String(rounded);
}

export const FONT_FAMILY = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
/** Text on the white chart background: near-black, 17:1 contrast. */
export const INK = '#1a1a1a';
/** Secondary text (axes, notes): #595959 on white is 7:1, above WCAG AA for small text. */
export const MUTED = '#595959';
export const GRID = '#d9d9d9';

/**
 * Colours for parties without one in the registry, in order of appearance: the Okabe–Ito palette, chosen to
 * stay distinguishable with the common colour-vision deficiencies (Okabe & Ito, "Color Universal Design",
 * 2008). Assigned by position, so the same data always gets the same colours.
 */
const FALLBACK_COLOURS = ['#999999', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];

/**
 * Each party's fill: its registry colour when it is a valid #rrggbb, else the next fallback colour.
 * Returned in the order given.
 */
export function fillColours(colours: readonly (string | null)[]): string[] {
  let next = 0;
  return colours.map((colour) => {
    if (colour !== null && /^#[0-9a-f]{6}$/i.test(colour)) return colour.toUpperCase();
    const fallback = FALLBACK_COLOURS[next % FALLBACK_COLOURS.length]!;
    next += 1;
    return fallback;
  });
}

/** WCAG 2.x relative luminance of a #rrggbb colour (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance). */
export function luminance(colour: string): number {
  const channel = (offset: number) => {
    const value = parseInt(colour.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio between two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Black or white, whichever contrasts more with the fill: labels stay readable on any party colour. */
export function labelColour(fill: string): string {
  return contrast(fill, '#000000') >= contrast(fill, '#FFFFFF') ? '#000000' : '#FFFFFF';
}

/**
 * An estimate of a label's width in pixels, for layout without a font engine: average sans-serif advance
 * widths (narrow letters ~0.3em, capitals and digits ~0.6em). Generous, so labels are not cut off.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const c of text) {
    if (/[iljtf.,:;'!|\s()]/.test(c)) em += 0.32;
    else if (/[mwMW%]/.test(c)) em += 0.88;
    else if (/[A-Z0-9+−\-#&]/.test(c)) em += 0.66;
    else em += 0.56;
  }
  return em * fontSize;
}

/** Shortens a label to fit a width, ending it with an ellipsis; the full text stays in the element's <title>. */
export function fitText(text: string, fontSize: number, width: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  // The longest prefix that fits with the ellipsis, found in one pass: widths add up letter by letter, so
  // there is no need to drop one letter and re-measure the rest (quadratic: a 20,000-letter party name
  // took 11 s, the 1,000,000 a field may hold would take hours). At least one letter is kept.
  // In ems, added in the order textWidth adds them, so the cut is the one re-measuring would find.
  const ellipsis = textWidth('…', 1);
  let used = 0;
  let end = 0;
  for (const c of text) {
    const next = used + textWidth(c, 1);
    if (end > 0 && (next + ellipsis) * fontSize > width) break;
    used = next;
    end += c.length;
  }
  return `${text.slice(0, end).trimEnd()}…`;
}

/** A signed number of points or seats with a real minus sign (U+2212), as print typesetting has it. */
export function typographic(text: string): string {
  return text.replace(/^-/, '−');
}

export interface TextOptions {
  readonly size?: number;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly weight?: 'bold' | 'normal';
  readonly fill?: string;
  /** Vertical alignment: text is placed by its middle (the default) or its baseline. */
  readonly baseline?: 'middle' | 'alphabetic';
}

export function textElement(x: number, y: number, content: string, options: TextOptions = {}): string {
  const attributes = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    ...(options.size !== undefined ? [`font-size="${options.size}"`] : []),
    ...(options.anchor !== undefined && options.anchor !== 'start' ? [`text-anchor="${options.anchor}"`] : []),
    ...(options.weight === 'bold' ? ['font-weight="bold"'] : []),
    ...(options.fill !== undefined && options.fill !== INK ? [`fill="${options.fill}"`] : []),
    ...((options.baseline ?? 'middle') === 'middle' ? ['dominant-baseline="central"'] : []),
  ];
  return `<text ${attributes.join(' ')}>${escapeXml(content)}</text>`;
}

export interface ChartOptions {
  /** Prefix of the ids in the SVG; distinct per chart when several share one HTML page. */
  readonly id?: string;
}

export interface ChartFrame {
  /** Prefix of the ids inside the chart; distinct per chart when several share one HTML page. */
  readonly id: string;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The chart in words, for screen readers and for anyone who cannot tell the colours apart. */
  readonly description: string;
  readonly subtitle?: string | undefined;
  readonly body: readonly string[];
}

/** Space the title (and subtitle) take at the top of every chart. */
export function headerHeight(subtitle: string | undefined): number {
  return subtitle === undefined ? 44 : 66;
}

/**
 * The whole SVG document: `role="img"` with its accessible name and description, a white background (so the
 * chart reads the same on a dark page), the visible title, then the body.
 */
export function svgDocument(frame: ChartFrame): string {
  const id = frame.id.replace(/[^A-Za-z0-9_-]/g, '-');
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" width="${frame.width}" height="${frame.height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT_FAMILY}" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(frame.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(frame.description)}</desc>`,
    `<rect width="${frame.width}" height="${frame.height}" fill="#FFFFFF"/>`,
    textElement(16, 26, frame.title, { size: 18, weight: 'bold', baseline: 'alphabetic' }),
    ...(frame.subtitle !== undefined ? [textElement(16, 50, frame.subtitle, { size: 13, fill: MUTED, baseline: 'alphabetic' })] : []),
    ...frame.body,
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A number on a bar: inside its end when it fits, in black or white for contrast with the fill; otherwise just
 * past the end in ink. `direction` is the way the bar grows from its base.
 */
export function barLabel(
  base: number,
  end: number,
  y: number,
  label: string,
  fill: string,
  size: number,
  direction: 'right' | 'left' = 'right',
): string {
  const length = Math.abs(end - base);
  const fits = textWidth(label, size) + 10 <= length;
  if (direction === 'right') {
    return fits
      ? textElement(end - 5, y, label, { size, anchor: 'end', fill: labelColour(fill), weight: 'bold' })
      : textElement(end + 5, y, label, { size, anchor: 'start', weight: 'bold' });
  }
  return fits
    ? textElement(end + 5, y, label, { size, anchor: 'start', fill: labelColour(fill), weight: 'bold' })
    : textElement(end - 5, y, label, { size, anchor: 'end', weight: 'bold' });
}

/** A bar's outline: a thin dark edge keeps light party colours (SNP yellow) visible against white. */
export function barRect(x: number, y: number, width: number, height: number, fill: string): string {
  const edge = contrast(fill, '#FFFFFF') < 1.5 ? ` stroke="${MUTED}" stroke-width="1"` : '';
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(Math.max(width, 0))}" height="${num(height)}" fill="${fill}"${edge}/>`;
}
