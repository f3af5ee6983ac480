/**
 * Seats won by party as horizontal bars, the number on each bar, and when a previous election was compared,
 * the net change written out at the end of the row with its sign. For seats summed over many councils, which
 * sit in no one chamber: a parliament chart of them would draw a body that does not exist.
 */
import type { PartySeatsWon, SeatBarsData } from '../../report/charts/data';
import { formatCount, formatNet } from '../../report/numbers';
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
  niceStep,
  num,
  SMALLEST_TEXT,
  svgDocument,
  textElement,
  typographic,
  WIDE,
  BAR_FONT,
  BAR_HEIGHT,
  BAR_ROW,
  partyLabelWidth,
} from './svg';
import { largest as largestOf } from '../../core/arrays';

const ROW = BAR_ROW;
const BAR = BAR_HEIGHT;
const FONT = BAR_FONT;

export function seatBarsChart(data: SeatBarsData, options: ChartOptions = {}): string {
  const width = options.width ?? WIDE;
  const fills = fillColours(data.parties.map((p) => p.colour));
  const labelWidth = partyLabelWidth(data.parties, width, 0.3);
  const barStart = 16 + labelWidth + 10;
  const changeWidth = data.compared ? (width < WIDE ? 56 : 84) : 0;
  const barWidth = width - 16 - changeWidth - barStart - 10;
  const largest = largestOf(
    data.parties.map((p) => p.seats),
    1,
  );
  const step = Math.max(1, niceStep(largest, width < WIDE ? 3 : 5));
  const scaleTop = Math.ceil(largest / step) * step;
  const x = (seats: number) => barStart + (seats / scaleTop) * barWidth;

  const top = headerHeight(data.title, data.subtitle, width) + 22;
  const bottom = top + data.parties.length * ROW;
  const body: string[] = [];
  body.push(textElement(barStart, top - 12, 'Seats won', { size: SMALLEST_TEXT, fill: MUTED }));
  if (data.compared) body.push(textElement(width - 16, top - 12, 'Net', { size: SMALLEST_TEXT, fill: MUTED, anchor: 'end' }));
  for (let seats = 0; seats <= scaleTop; seats += step) {
    const at = x(seats);
    body.push(`<line x1="${num(at)}" y1="${num(top - 2)}" x2="${num(at)}" y2="${num(bottom + 2)}" stroke="${GRID}" stroke-width="1"/>`);
    body.push(textElement(at, bottom + 16, formatCount(seats), { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }));
  }
  data.parties.forEach((party, i) => {
    const middle = top + i * ROW + ROW / 2;
    const fill = fills[i]!;
    body.push('<g>');
    body.push(`<title>${escapeXml(rowText(party))}</title>`);
    body.push(textElement(barStart - 10, middle, fitText(party.party, FONT, labelWidth), { size: FONT, anchor: 'end' }));
    if (party.seats > 0) {
      const end = x(party.seats);
      body.push(barRect(barStart, middle - BAR / 2, end - barStart, BAR, fill));
      body.push(barLabel(barStart, end, middle, formatCount(party.seats), fill, SMALLEST_TEXT));
    }
    if (data.compared) body.push(textElement(width - 16, middle, netText(party), { size: FONT, anchor: 'end', weight: 'bold' }));
    body.push('</g>');
  });
  body.push(
    `<line x1="${num(barStart)}" y1="${num(top - 2)}" x2="${num(barStart)}" y2="${num(bottom + 2)}" stroke="${MUTED}" stroke-width="1"/>`,
  );

  return svgDocument({
    id: options.id ?? 'seat-bars',
    width,
    height: bottom + 30,
    title: data.title,
    subtitle: data.subtitle,
    source: options.source,
    description: `Seats won by party: ${data.parties.map(rowText).join('; ')}.`,
    body,
  });
}

function netText(party: PartySeatsWon): string {
  return party.change === null ? '' : typographic(formatNet(party.change));
}

function rowText(party: PartySeatsWon): string {
  const change = party.change === null ? '' : `, net ${formatNet(party.change)}`;
  return `${party.party} ${formatCount(party.seats)} ${party.seats === 1 ? 'seat' : 'seats'}${change}`;
}
