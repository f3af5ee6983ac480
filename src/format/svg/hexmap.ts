/**
 * A hex map: one pointy-topped hexagon per area at its place on the cartogram (HexJSON `odd-r`: odd rows
 * shoved right by half a hex, rows counted upwards), filled with the winner's colour, empty (white, outlined)
 * where the file has no result. Seats that changed hands get a thick dark outline, so a gain is told by shape
 * as well as colour. A legend counts the areas each party won; contests with no hex are listed under it; the
 * description lists every area's winner, the text alternative to the map.
 */
import type { HexMapData, MapHex } from '../../report/charts/data';
import {
  escapeXml,
  fillColours,
  headerHeight,
  INK,
  MUTED,
  num,
  SMALLEST_TEXT,
  svgDocument,
  textElement,
  textWidth,
  WIDE,
  wrapText,
  type ChartOptions,
} from './svg';
import { largest, smallest } from '../../core/arrays';

const EMPTY = '#FFFFFF';

export function hexMapChart(data: HexMapData, options: ChartOptions = {}): string {
  const width = options.width ?? WIDE;
  const top = headerHeight(data.title, data.subtitle, width) + 8;
  const centre = (hex: MapHex) => ({ x: Math.sqrt(3) * (hex.q + (((hex.r % 2) + 2) % 2) / 2), y: -1.5 * hex.r });
  const points = data.hexes.map(centre);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [smallest(xs), largest(xs), smallest(ys), largest(ys)];
  // The hex size (centre to corner) that fits the map across the chart, and at most 24 px for a small council.
  const size = Math.min(24, (width - 32) / (maxX - minX + Math.sqrt(3) || 1));
  const mapHeight = (maxY - minY + 2) * size;
  const left = 16 + (width - 32 - (maxX - minX + Math.sqrt(3)) * size) / 2;
  const place = (p: { x: number; y: number }) => ({ x: left + (p.x - minX + Math.sqrt(3) / 2) * size, y: top + (p.y - minY + 1) * size });
  const corners = (x: number, y: number, s: number) =>
    Array.from({ length: 6 }, (_, i) => {
      const angle = (Math.PI / 180) * (60 * i - 30);
      return `${num(x + s * Math.cos(angle))},${num(y + s * Math.sin(angle))}`;
    }).join(' ');

  const legendFills = fillColours(data.parties.map((p) => p.colour));
  const fillOf = new Map(data.parties.map((p, i) => [p.party, legendFills[i]!]));
  const fill = (hex: MapHex) => {
    if (hex.party === null) return EMPTY;
    if (hex.colour !== null && /^#[0-9a-f]{6}$/i.test(hex.colour)) return hex.colour.toUpperCase();
    return fillOf.get(hex.party) ?? fillOf.get('Others') ?? MUTED;
  };
  const body: string[] = [];
  data.hexes.forEach((hex, i) => {
    const at = place(points[i]!);
    const stroke = hex.party === null ? MUTED : '#FFFFFF';
    body.push(
      `<polygon points="${corners(at.x, at.y, size * 0.96)}" fill="${fill(hex)}" stroke="${stroke}" stroke-width="${num(Math.max(0.5, size / 16))}"><title>${escapeXml(hexText(hex))}</title></polygon>`,
    );
  });
  // Gains on top, so no neighbour's edge hides the outline.
  data.hexes.forEach((hex, i) => {
    if (!hex.gain) return;
    const at = place(points[i]!);
    body.push(
      `<polygon points="${corners(at.x, at.y, size * 0.8)}" fill="none" stroke="${INK}" stroke-width="${num(Math.max(1.5, size / 7))}"/>`,
    );
  });

  let y = top + mapHeight + 20;
  const labels = data.parties.map((p) => `${p.party} ${p.areas}`);
  const columnWidth = Math.min(
    width - 32,
    largest(
      labels.map((l) => textWidth(l, 13) + 30),
      110,
    ),
  );
  const columns = Math.max(1, Math.floor((width - 32) / columnWidth));
  data.parties.forEach((_, i) => {
    const x = 16 + (i % columns) * columnWidth;
    const rowY = y + Math.floor(i / columns) * 24;
    body.push(`<rect x="${num(x)}" y="${num(rowY - 7)}" width="14" height="14" rx="3" fill="${legendFills[i]!}"/>`);
    body.push(textElement(x + 20, rowY, labels[i]!, { size: 13 }));
  });
  y += Math.ceil(data.parties.length / columns) * 24;
  const empties = data.hexes.filter((h) => h.party === null).length;
  if (empties > 0 || data.compared) {
    const notes = [
      ...(empties > 0 ? [`Empty hexes: ${empties} with no result in the file`] : []),
      ...(data.compared ? ['Outlined: changed hands'] : []),
    ];
    for (const line of wrapText(notes.join(' · '), SMALLEST_TEXT, width - 32, 2)) {
      body.push(textElement(16, y, line, { size: SMALLEST_TEXT, fill: MUTED }));
      y += 18;
    }
  }
  if (data.unplaced.length > 0) {
    y += 6;
    body.push(textElement(16, y, `Not on the map: ${data.unplaced.length}`, { size: 13, weight: 'bold' }));
    y += 20;
    for (const line of wrapText(data.unplaced.join(' · '), SMALLEST_TEXT, width - 32, 1000)) {
      body.push(textElement(16, y, line, { size: SMALLEST_TEXT }));
      y += 17;
    }
  }
  body.push(textElement(16, y + 6, data.credit, { size: SMALLEST_TEXT, fill: MUTED }));

  return svgDocument({
    id: options.id ?? 'map',
    width,
    height: y + 20,
    title: data.title,
    subtitle: data.subtitle,
    source: options.source,
    description: describe(data),
    body,
  });
}

function hexText(hex: MapHex): string {
  return `${hex.name}: ${hex.party ?? 'no result'}${hex.gain ? ' (changed hands)' : ''}`;
}

function describe(data: HexMapData): string {
  const counts = data.parties.map((p) => `${p.party} ${p.areas}`).join(', ');
  const areas = data.hexes
    .filter((h) => h.party !== null)
    .map(hexText)
    .join('; ');
  const unplaced = data.unplaced.length > 0 ? ` Not on the map: ${data.unplaced.join('; ')}.` : '';
  return `Areas won: ${counts}. ${areas}.${unplaced}`;
}
