/**
 * Vote share by party as horizontal bars (long party names fit on a phone), the share written on each bar,
 * and when the data has a previous election, the change in percentage points beside it with an arrow
 * (domain-rules.md §2.3), so a rise or fall is told by sign and shape as well as by the number.
 */
import type { PartyShare, ShareBarsData } from '../../report/charts/data';
import { formatChange, formatShare } from '../../report/numbers';
import {
  barLabel,
  barRect,
  type ChartOptions,
  escapeXml,
  fillColours,
  fitText,
  GRID,
  headerHeight,
  MUTED,
  num,
  SMALLEST_TEXT,
  WIDE,
  svgDocument,
  textElement,
  typographic,
  BAR_FONT,
  BAR_HEIGHT,
  BAR_ROW,
  partyLabelWidth,
} from './svg';
import { largest as largestOf } from '../../core/arrays';

const ROW = BAR_ROW;
const BAR = BAR_HEIGHT;
const FONT = BAR_FONT;

export function shareBarsChart(data: ShareBarsData, options: ChartOptions = {}): string {
  const WIDTH = options.width ?? WIDE;
  const compared = data.compared ?? data.parties.some((p) => p.change !== null);
  const fills = fillColours(data.parties.map((p) => p.colour));
  const labelWidth = partyLabelWidth(data.parties, WIDTH, 0.34);
  const barStart = 16 + labelWidth + 10;
  const changeWidth = compared ? (WIDTH < WIDE ? 74 : 92) : 0;
  const barWidth = WIDTH - 16 - changeWidth - barStart - 10;
  const largest = largestOf(
    data.parties.map((p) => p.share ?? 0),
    0,
  );
  const step = largest > 0.6 || (WIDTH < WIDE && largest > 0.3) ? 0.2 : largest > 0.2 || (WIDTH < WIDE && largest > 0.1) ? 0.1 : 0.05;
  const scaleTop = Math.max(step, Math.ceil(largest / step - 1e-9) * step);
  const x = (share: number) => barStart + (share / scaleTop) * barWidth;

  const top = headerHeight(data.title, data.subtitle, WIDTH) + 22;
  const bottom = top + data.parties.length * ROW;
  const height = bottom + 30;
  const body: string[] = [];

  // Column headings, then the grid behind the bars, then the rows.
  body.push(textElement(barStart, top - 12, 'Share of the vote', { size: SMALLEST_TEXT, fill: MUTED }));
  if (compared) {
    body.push(
      textElement(WIDTH - 16, top - 12, data.changeLabel ?? (WIDTH < WIDE ? 'Change' : 'Change (points)'), {
        size: SMALLEST_TEXT,
        fill: MUTED,
        anchor: 'end',
      }),
    );
  }
  const ticks = Math.round(scaleTop / step);
  for (let i = 0; i <= ticks; i += 1) {
    const at = x(i * step);
    body.push(`<line x1="${num(at)}" y1="${num(top - 2)}" x2="${num(at)}" y2="${num(bottom + 2)}" stroke="${GRID}" stroke-width="1"/>`);
    body.push(
      textElement(at, bottom + 16, formatShare(i * step).replace('.0%', '%'), { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }),
    );
  }
  data.parties.forEach((party, i) => {
    const y = top + i * ROW;
    const middle = y + ROW / 2;
    const fill = fills[i]!;
    body.push(`<g>`);
    body.push(`<title>${escapeXml(rowTitle(party, compared))}</title>`);
    body.push(textElement(barStart - 10, middle, fitText(party.party, FONT, labelWidth), { size: FONT, anchor: 'end' }));
    if (party.share === null) {
      body.push(textElement(barStart + 4, middle, 'did not stand', { size: SMALLEST_TEXT, fill: MUTED }));
    } else {
      const end = x(party.share);
      body.push(barRect(barStart, middle - BAR / 2, end - barStart, BAR, fill));
      body.push(barLabel(barStart, end, middle, formatShare(party.share), fill, SMALLEST_TEXT));
    }
    if (compared) body.push(textElement(WIDTH - 16, middle, changeText(party), { size: FONT, anchor: 'end', weight: 'bold' }));
    body.push(`</g>`);
  });
  body.push(
    `<line x1="${num(barStart)}" y1="${num(top - 2)}" x2="${num(barStart)}" y2="${num(bottom + 2)}" stroke="${MUTED}" stroke-width="1"/>`,
  );

  return svgDocument({
    id: options.id ?? 'shares',
    width: WIDTH,
    source: options.source,
    height,
    title: data.title,
    subtitle: data.subtitle,
    description: describe(data, compared),
    body,
  });
}

/** "▲ +38.2", "▼ −7.1", "new"; an arrow as well as a sign, so direction never rests on colour. */
function changeText(party: PartyShare): string {
  if (party.change === null) return party.share === null ? '' : 'new';
  const shown = formatChange(party.change);
  if (shown === '0.0') return '= 0.0';
  return `${party.change > 0 ? '▲' : '▼'} ${typographic(shown)}`;
}

function rowTitle(party: PartyShare, compared: boolean): string {
  const share = party.share === null ? 'did not stand' : `${formatShare(party.share)} of the vote`;
  if (!compared) return `${party.party}: ${share}`;
  const change = party.change === null ? (party.share === null ? '' : ', new') : `, ${formatChange(party.change)} points`;
  return `${party.party}: ${share}${change}`;
}

function describe(data: ShareBarsData, compared: boolean): string {
  const parts = data.parties.map((party) => rowTitle(party, compared).replace(': ', ' '));
  return `Vote share by party${compared && data.changeLabel ? ` (${data.changeLabel.toLowerCase()})` : ''}: ${parts.join('; ')}.`;
}
