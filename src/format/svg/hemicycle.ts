/**
 * A parliament (hemicycle) chart: one dot per seat in concentric arcs, parties in the order given from left
 * to right, and when a majority threshold is given, a line through the top of the arc: seats are filled in
 * order of angle, so a party whose seats cross the line holds a majority (floor(N/2) + 1, domain-rules.md §5).
 * A legend names every party with its seat count in the same order, so no party is known by colour alone.
 */
import type { HemicycleData } from '../../report/charts/data';
import { formatCount } from '../../report/numbers';
import { plural } from '../../errors';
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
  type ChartOptions,
} from './svg';
import { append, largest } from '../../core/arrays';

const INNER = 0.38;
const VACANT = 'Vacant';

interface Seat {
  readonly x: number;
  readonly y: number;
  readonly angle: number;
  readonly ring: number;
}

export function hemicycleChart(data: HemicycleData, options: ChartOptions = {}): string {
  const WIDTH = options.width ?? WIDE;
  const RADIUS = Math.min(280, WIDTH / 2 - 24);
  const parties = data.parties.filter((p) => p.seats > 0);
  const filled = parties.reduce((total, p) => total + p.seats, 0);
  const total = Math.max(data.totalSeats ?? filled, filled);
  const groups = [
    ...parties.map((p, i) => ({ ...p, fill: fillColours(parties.map((q) => q.colour))[i]! })),
    ...(total > filled ? [{ party: VACANT, colour: null, seats: total - filled, fill: '#FFFFFF' }] : []),
  ];
  const threshold = data.majorityThreshold ?? null;

  // The "Majority" label sits above the outer seats, whose size depends on the number of seats: room for
  // both under the header, so the label never runs into a long subtitle.
  const arcTop = headerHeight(data.title, data.subtitle, WIDTH) + (threshold !== null ? 32 + layout(total, 0, 0, RADIUS).seatRadius : 12);
  const cx = WIDTH / 2;
  const cy = arcTop + RADIUS;
  const { seats, seatRadius } = layout(total, cx, cy, RADIUS);
  const body: string[] = [];

  let next = 0;
  for (const group of groups) {
    const mine = seats.slice(next, next + group.seats);
    next += group.seats;
    const stroke = group.party === VACANT ? ` stroke="${MUTED}" stroke-width="1.5"` : '';
    body.push(`<g fill="${group.fill}"${stroke}>`);
    body.push(`<title>${escapeXml(`${group.party}: ${plural(group.seats, 'seat')}`)}</title>`);
    for (const seat of mine) body.push(`<circle cx="${num(seat.x)}" cy="${num(seat.y)}" r="${num(seatRadius)}"/>`);
    body.push('</g>');
  }

  // The centre: the size of the body, and what a majority takes, stacked without touching (the number's box
  // is about 1.2 times its size tall) and inside the inner row of seats.
  const narrow = WIDTH < WIDE;
  const numberAt = threshold !== null ? (narrow ? 40 : 54) : narrow ? 24 : 30;
  const wordAt = threshold !== null ? (narrow ? 18 : 24) : -2;
  body.push(textElement(cx, cy - numberAt, formatCount(total), { size: narrow ? 22 : 34, weight: 'bold', anchor: 'middle' }));
  body.push(
    textElement(cx, cy - wordAt, total === 1 ? 'seat' : 'seats', { size: narrow ? SMALLEST_TEXT : 13, fill: MUTED, anchor: 'middle' }),
  );
  if (threshold !== null) {
    const lineTop = cy - RADIUS - seatRadius - 8;
    body.push(
      `<line x1="${num(cx)}" y1="${num(lineTop)}" x2="${num(cx)}" y2="${num(cy - RADIUS * INNER + seatRadius + 4)}" stroke="${INK}" stroke-width="2" stroke-dasharray="6 4"/>`,
    );
    body.push(textElement(cx, lineTop - 10, `Majority: ${formatCount(threshold)}`, { size: 13, weight: 'bold', anchor: 'middle' }));
    body.push(textElement(cx, cy + 2, `${formatCount(threshold)} for a majority`, { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }));
  }

  const legend = legendRows(groups, cy + seatRadius + 24, WIDTH);
  append(body, legend.elements);

  return svgDocument({
    id: options.id ?? 'seats',
    width: WIDTH,
    source: options.source,
    height: legend.bottom + 12,
    title: data.title,
    subtitle: data.subtitle,
    description: describe(groups, total, threshold),
    body,
  });
}

/**
 * Places `total` seats on concentric arcs, spaced evenly between the inner and outer radius. The number of
 * rows makes the gap between rows about the gap between neighbours on a row: with seats in proportion to each
 * row's radius, the gap along a row is π·Σρ/N = π·rows·(R + r)/(2N) and between rows (R − r)/rows, equal when
 * rows² = 2N(R − r)/(π(R + r)). Seats are then ordered by angle, left to right (inner rows first at equal
 * angles), which is the order parties fill them in.
 */
function layout(total: number, cx: number, cy: number, RADIUS: number): { seats: Seat[]; seatRadius: number } {
  if (total === 0) return { seats: [], seatRadius: 0 };
  const inner = RADIUS * INNER;
  const rows = Math.max(1, Math.round(Math.sqrt((2 * total * (RADIUS - inner)) / (Math.PI * (RADIUS + inner)))));
  const spacing = (RADIUS - inner) / rows;
  const radii = Array.from({ length: rows }, (_, i) => inner + spacing * (i + 0.5));
  const length = radii.reduce((a, b) => a + b, 0);
  const exact = radii.map((r) => (r * total) / length);
  const counts = exact.map(Math.floor);
  let left = total - counts.reduce((a, b) => a + b, 0);
  // Largest remainders first; equal remainders go to the outer row, which has the room.
  const order = exact.map((value, i) => ({ i, rest: value - Math.floor(value) })).sort((a, b) => b.rest - a.rest || b.i - a.i);
  for (const { i } of order) {
    if (left === 0) break;
    counts[i]! += 1;
    left -= 1;
  }
  const seats: Seat[] = [];
  let gap = spacing;
  radii.forEach((radius, ring) => {
    const count = counts[ring]!;
    if (count > 1) gap = Math.min(gap, (Math.PI * radius) / (count - 1));
    for (let j = 0; j < count; j += 1) {
      const angle = count === 1 ? Math.PI / 2 : Math.PI * (1 - j / (count - 1));
      seats.push({ x: cx + radius * Math.cos(angle), y: cy - radius * Math.sin(angle), angle, ring });
    }
  });
  seats.sort((a, b) => b.angle - a.angle || a.ring - b.ring);
  return { seats, seatRadius: Math.min(gap * 0.42, 24) };
}

function legendRows(
  groups: readonly { party: string; seats: number; fill: string }[],
  top: number,
  WIDTH: number,
): { elements: string[]; bottom: number } {
  const labels = groups.map((g) => `${g.party} ${formatCount(g.seats)}`);
  const columnWidth = Math.min(
    WIDTH - 32,
    largest(
      labels.map((l) => textWidth(l, 13) + 30),
      120,
    ),
  );
  const columns = Math.max(1, Math.floor((WIDTH - 32) / columnWidth));
  const elements: string[] = [];
  groups.forEach((group, i) => {
    const x = 16 + (i % columns) * columnWidth;
    const y = top + Math.floor(i / columns) * 24;
    const stroke = group.party === VACANT ? ` stroke="${MUTED}" stroke-width="1.5"` : '';
    elements.push(`<rect x="${num(x)}" y="${num(y - 7)}" width="14" height="14" rx="3" fill="${group.fill}"${stroke}/>`);
    elements.push(textElement(x + 20, y, labels[i]!, { size: 13 }));
  });
  const rows = Math.ceil(groups.length / columns);
  return { elements, bottom: top + Math.max(rows, 1) * 24 };
}

function describe(groups: readonly { party: string; seats: number }[], total: number, threshold: number | null): string {
  const parts = groups.map((g) => `${g.party} ${formatCount(g.seats)}`).join(', ');
  const sentence = `${parts === '' ? 'No seats' : parts} (${plural(total, 'seat')}).`;
  if (threshold === null) return sentence;
  const winner = groups.find((g) => g.party !== VACANT && g.seats >= threshold);
  return `${sentence} ${formatCount(threshold)} needed for a majority: ${winner ? `${winner.party} has one` : 'no party has one'}.`;
}
