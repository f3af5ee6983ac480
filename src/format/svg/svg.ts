/**
 * What every chart shares: XML escaping, coordinates written the same way every time (same input, same
 * bytes), the root element with its <title> and <desc>, label colours chosen for contrast, and a fallback
 * palette for parties the registry has no colour for. Charts are strings built from plain data: no DOM, no
 * dependencies, no clock, no random ids.
 */

import { smallest } from '../../core/arrays';
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
 * Colours for parties without one in the registry: the Okabe–Ito palette, chosen to stay distinguishable with
 * the common colour-vision deficiencies (Okabe & Ito, "Color Universal Design", 2008), then Paul Tol's
 * "muted" scheme (https://personal.sron.nl/~pault/) for more. Grey is left out: it is the colour of "Others".
 */
const FALLBACK_COLOURS = [
  '#E69F00',
  '#56B4E9',
  '#009E73',
  '#F0E442',
  '#0072B2',
  '#D55E00',
  '#CC79A7',
  '#332288',
  '#117733',
  '#882255',
  '#44AA99',
  '#AA4499',
];

/**
 * Each party's fill: its registry colour when it is a valid #rrggbb, else the fallback colour furthest from
 * every colour the chart already uses (registry colours and fallbacks given before), so a local party is not
 * drawn in near the Liberal Democrats' orange or the Greens' green beside them. Deterministic: the same
 * colours in give the same fills out, in the order given.
 */
export function fillColours(colours: readonly (string | null)[]): string[] {
  const valid = (colour: string | null): colour is string => colour !== null && /^#[0-9a-f]{6}$/i.test(colour);
  const used = colours.filter(valid).map((colour) => colour.toUpperCase());
  return colours.map((colour) => {
    if (valid(colour)) return colour.toUpperCase();
    let best = FALLBACK_COLOURS[0]!;
    let bestDistance = -1;
    for (const candidate of FALLBACK_COLOURS) {
      const nearest = smallest(used.map((other) => colourDistance(candidate, other)));
      if (nearest > bestDistance) {
        best = candidate;
        bestDistance = nearest;
      }
    }
    used.push(best);
    return best;
  });
}

/**
 * How far apart two colours look: the "redmean" weighted RGB distance (Riemersma, "Colour metric",
 * https://www.compuphase.com/cmetric.htm), a cheap approximation of perceptual difference.
 */
export function colourDistance(a: string, b: string): number {
  const rgb = (colour: string) => [1, 3, 5].map((offset) => parseInt(colour.slice(offset, offset + 2), 16)) as [number, number, number];
  const [r1, g1, b1] = rgb(a);
  const [r2, g2, b2] = rgb(b);
  const mean = (r1 + r2) / 2;
  const [dr, dg, db] = [r1 - r2, g1 - g2, b1 - b2];
  return Math.sqrt((2 + mean / 256) * dr * dr + 4 * dg * dg + (2 + (255 - mean) / 256) * db * db);
}

/**
 * Round steps for an axis up to `largest` with about `most` ticks: 1, 2 or 5 times a power of ten
 * (0, 100, 200, 300 rather than 0, 136, 272, 408), the usual "nice numbers" rule (Heckbert, "Nice numbers
 * for graph labels", Graphics Gems, 1990).
 */
export function niceStep(largest: number, most: number): number {
  if (largest <= 0) return 1;
  const rough = largest / most;
  const power = 10 ** Math.floor(Math.log10(rough));
  for (const multiple of [1, 2, 5, 10]) if (multiple * power >= rough) return multiple * power;
  return 10 * power;
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
  /** The width to lay the chart out for: WIDE (the default) or NARROW, a phone's layout. */
  readonly width?: number;
  /** The source line under the chart ("Source: House of Commons Library"). */
  readonly source?: string | undefined;
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
  readonly source?: string | undefined;
  readonly body: readonly string[];
}

/** The smallest text on any chart, in CSS pixels at the chart's own width: readable on a phone. */
export const SMALLEST_TEXT = 12;
export const WIDE = 640;

/** Bar charts of parties: the height of a row, of its bar, and the size of its labels. */
export const BAR_ROW = 30;
export const BAR_HEIGHT = 20;
export const BAR_FONT = 13;

/**
 * The width of the party labels left of the bars: the widest name, at least 60, at most 200 px or `share` of
 * the chart's width (names past it are cut by fitText).
 */
export function partyLabelWidth(parties: readonly { readonly party: string }[], width: number, share: number): number {
  let widest = 60;
  for (const party of parties) widest = Math.max(widest, textWidth(party.party, BAR_FONT) + 4);
  return Math.min(widest, Math.min(200, width * share));
}
/** The narrow layout, for phones: drawn at its own width, not a wide chart shrunk (text stays 12 px or more). */
export const NARROW = 340;
const TITLE_SIZE = 18;
const SUBTITLE_SIZE = 13;
const LINE = 1.3;

/**
 * Breaks text into lines that fit a width at a font size, at spaces (and after " · "), at most `most` lines;
 * a last line that still does not fit is shortened with an ellipsis.
 */
export function wrapText(text: string, fontSize: number, width: number, most: number): string[] {
  const words = text.split(/ +/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(tried, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line !== '') lines.push(line);
  // A separator never ends or starts a line.
  const tidy = lines.map((l) => l.replace(/^· /, '').replace(/ ·$/, ''));
  if (tidy.length <= most) return tidy;
  const kept = tidy.slice(0, most);
  kept[most - 1] = fitText(`${kept[most - 1]!} ${tidy.slice(most).join(' ')}`, fontSize, width);
  return kept;
}

interface Header {
  readonly title: string[];
  readonly subtitle: string[];
  readonly height: number;
}

function header(title: string, subtitle: string | undefined, width: number): Header {
  const room = width - 32;
  // Bold text runs wider than textWidth's regular estimate: by a tenth in Helvetica, by a fifth in DejaVu Sans
  // (the fallback on Linux), so the wider is assumed.
  const titleLines = wrapText(title, TITLE_SIZE * 1.22, room, 2);
  const subtitleLines = subtitle === undefined ? [] : wrapText(subtitle, SUBTITLE_SIZE, room, 3);
  const height = 16 + titleLines.length * TITLE_SIZE * LINE + subtitleLines.length * SUBTITLE_SIZE * LINE + 14;
  return { title: titleLines, subtitle: subtitleLines, height };
}

/** Space the title and subtitle take at the top of a chart `width` wide, wrapped to fit. */
export function headerHeight(title: string, subtitle: string | undefined, width: number = WIDE): number {
  return Math.round(header(title, subtitle, width).height);
}

/** The height of the source line svgDocument adds under the body, when there is one. */
export const SOURCE_HEIGHT = 24;

/**
 * The whole SVG document: `role="img"` with its accessible name and description, a white background (so the
 * chart reads the same on a dark page), the visible title and subtitle wrapped to the width, the body, then
 * the source line when given (below `height`, which grows by SOURCE_HEIGHT).
 */
export function svgDocument(frame: ChartFrame): string {
  const id = frame.id.replace(/[^A-Za-z0-9_-]/g, '-');
  const top = header(frame.title, frame.subtitle, frame.width);
  const source = frame.source === undefined ? [] : wrapText(frame.source, SMALLEST_TEXT, frame.width - 32, 1);
  const height = frame.height + (source.length > 0 ? SOURCE_HEIGHT : 0);
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${num(height)}" width="${frame.width}" height="${num(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${FONT_FAMILY}" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(frame.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(frame.description)}</desc>`,
    `<rect width="${frame.width}" height="${num(height)}" fill="#FFFFFF"/>`,
    ...top.title.map((line, i) =>
      textElement(16, 16 + TITLE_SIZE + i * TITLE_SIZE * LINE, line, { size: TITLE_SIZE, weight: 'bold', baseline: 'alphabetic' }),
    ),
    ...top.subtitle.map((line, i) =>
      textElement(16, 16 + top.title.length * TITLE_SIZE * LINE + SUBTITLE_SIZE + i * SUBTITLE_SIZE * LINE, line, {
        size: SUBTITLE_SIZE,
        fill: MUTED,
        baseline: 'alphabetic',
      }),
    ),
    ...frame.body,
    ...source.map((line) => textElement(16, height - 10, line, { size: SMALLEST_TEXT, fill: MUTED, baseline: 'alphabetic' })),
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
