/**
 * Seat gains and losses per party as diverging bars: losses to the left of the axis, gains to the right,
 * each with its number, and the net change written out at the end of the row (domain-rules.md §4). Direction
 * is carried by position and sign, never by colour: both bars are in the party's colour.
 */
import type { GainsData, PartyGains } from '../../report/charts/data';
import { formatCount } from '../../report/numbers';
import {
  barLabel,
  barRect,
  escapeXml,
  fillColours,
  fitText,
  GRID,
  headerHeight,
  INK,
  MUTED,
  niceStep,
  num,
  SMALLEST_TEXT,
  WIDE,
  svgDocument,
  textElement,
  type ChartOptions,
  BAR_FONT,
  BAR_HEIGHT,
  BAR_ROW,
  partyLabelWidth,
} from './svg';
import { largest as largestOf } from '../../core/arrays';

const ROW = BAR_ROW;
const BAR = BAR_HEIGHT;
const FONT = BAR_FONT;

export function gainsChart(data: GainsData, options: ChartOptions = {}): string {
  const WIDTH = options.width ?? WIDE;
  const fills = fillColours(data.parties.map((p) => p.colour));
  const labelWidth = partyLabelWidth(data.parties, WIDTH, 0.28);
  const barStart = 16 + labelWidth + 10;
  const netWidth = WIDTH < WIDE ? 48 : 84;
  const barEnd = WIDTH - 16 - netWidth;
  const zero = (barStart + barEnd) / 2;
  const largest = largestOf(
    data.parties.flatMap((p) => [p.gains, p.losses]),
    1,
  );
  const step = Math.max(1, niceStep(largest, WIDTH < WIDE ? 2 : 5));
  const scaleTop = Math.ceil(largest / step) * step;
  const half = (barEnd - barStart) / 2;
  const x = (seats: number) => zero + (seats / scaleTop) * half;

  const top = headerHeight(data.title, data.subtitle, WIDTH) + 22;
  const bottom = top + data.parties.length * ROW;
  const body: string[] = [];
  body.push(textElement(zero - 8, top - 12, '◀ Losses', { size: SMALLEST_TEXT, fill: MUTED, anchor: 'end' }));
  body.push(textElement(zero + 8, top - 12, 'Gains ▶', { size: SMALLEST_TEXT, fill: MUTED }));
  body.push(textElement(WIDTH - 16, top - 12, 'Net', { size: SMALLEST_TEXT, fill: MUTED, anchor: 'end' }));
  for (let seats = -scaleTop; seats <= scaleTop; seats += step) {
    if (seats === 0) continue;
    const at = x(seats);
    body.push(`<line x1="${num(at)}" y1="${num(top - 2)}" x2="${num(at)}" y2="${num(bottom + 2)}" stroke="${GRID}" stroke-width="1"/>`);
    body.push(textElement(at, bottom + 16, formatCount(Math.abs(seats)), { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }));
  }
  body.push(textElement(zero, bottom + 16, '0', { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }));
  data.parties.forEach((party, i) => {
    const middle = top + i * ROW + ROW / 2;
    const fill = fills[i]!;
    body.push('<g>');
    body.push(`<title>${escapeXml(rowText(party))}</title>`);
    body.push(textElement(barStart - 10, middle, fitText(party.party, FONT, labelWidth), { size: FONT, anchor: 'end' }));
    if (party.losses > 0) {
      const end = x(-party.losses);
      body.push(barRect(end, middle - BAR / 2, zero - end, BAR, fill));
      body.push(barLabel(zero, end, middle, `−${party.losses}`, fill, SMALLEST_TEXT, 'left'));
    }
    if (party.gains > 0) {
      const end = x(party.gains);
      body.push(barRect(zero, middle - BAR / 2, end - zero, BAR, fill));
      body.push(barLabel(zero, end, middle, `+${party.gains}`, fill, SMALLEST_TEXT, 'right'));
    }
    body.push(textElement(WIDTH - 16, middle, netText(party), { size: FONT, anchor: 'end', weight: 'bold' }));
    body.push('</g>');
  });
  body.push(`<line x1="${num(zero)}" y1="${num(top - 2)}" x2="${num(zero)}" y2="${num(bottom + 2)}" stroke="${INK}" stroke-width="1.5"/>`);

  return svgDocument({
    id: options.id ?? 'gains',
    width: WIDTH,
    source: options.source,
    height: bottom + 30,
    title: data.title,
    subtitle: data.subtitle,
    description: `Seat gains and losses by party: ${data.parties.map(rowText).join('; ')}.`,
    body,
  });
}

function netText(party: PartyGains): string {
  const net = party.gains - party.losses;
  return net === 0 ? '0' : net > 0 ? `+${net}` : `−${-net}`;
}

function rowText(party: PartyGains): string {
  const net = party.gains - party.losses;
  return `${party.party} ${party.gains} gained, ${party.losses} lost, net ${net > 0 ? '+' : ''}${net}`;
}
