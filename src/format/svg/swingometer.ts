/**
 * The swingometer: a half dial split between the two parties, the `from` party on the left and the `to`
 * party on the right, and a pointer leaning towards the party the vote swung to, by the Butler swing
 * (domain-rules.md §3.1: the average of one party's gain and the other's loss in percentage points). The
 * swing is always shown with its direction in words, never by the pointer or the colours alone.
 */
import type { Swing, SwingometerData } from '../../report/charts/data';
import { formatPoints } from '../../report/numbers';
import {
  escapeXml,
  fillColours,
  fitText,
  headerHeight,
  INK,
  MUTED,
  num,
  SMALLEST_TEXT,
  svgDocument,
  textElement,
  WIDE,
  type ChartOptions,
} from './svg';

export function swingometerChart(data: SwingometerData, options: ChartOptions = {}): string {
  const WIDTH = options.width ?? WIDE;
  const RADIUS = Math.min(210, WIDTH / 2 - 40);
  const { from, to } = data.swing;
  const value = Math.max(0, data.swing.value);
  const [fromFill, toFill] = fillColours([data.colours.from, data.colours.to]) as [string, string];
  const points = value * 100;
  const step = points > 30 ? 10 : 5;
  const scaleTop = Math.max(10, Math.ceil(points / step - 1e-9) * step);
  const cx = WIDTH / 2;
  const cy = headerHeight(data.title, data.subtitle, WIDTH) + 34 + RADIUS;
  // Angle from the positive x axis: 90° is no swing; a full-scale swing lies flat towards the `to` side.
  const angle = (signedPoints: number) => Math.PI / 2 - (signedPoints / scaleTop) * (Math.PI / 2);
  const at = (signedPoints: number, radius: number) => ({
    x: cx + radius * Math.cos(angle(signedPoints)),
    y: cy - radius * Math.sin(angle(signedPoints)),
  });

  const body: string[] = [];
  body.push(
    `<path d="M ${num(cx - RADIUS)} ${num(cy)} A ${RADIUS} ${RADIUS} 0 0 1 ${num(cx)} ${num(cy - RADIUS)} L ${num(cx)} ${num(cy)} Z" fill="${fromFill}"><title>${escapeXml(from)}</title></path>`,
    `<path d="M ${num(cx)} ${num(cy - RADIUS)} A ${RADIUS} ${RADIUS} 0 0 1 ${num(cx + RADIUS)} ${num(cy)} L ${num(cx)} ${num(cy)} Z" fill="${toFill}"><title>${escapeXml(to)}</title></path>`,
    `<path d="M ${num(cx - RADIUS)} ${num(cy)} A ${RADIUS} ${RADIUS} 0 0 1 ${num(cx + RADIUS)} ${num(cy)}" fill="none" stroke="${MUTED}" stroke-width="1"/>`,
  );
  // The scale: points of swing either way, labelled outside the dial.
  for (let tick = -scaleTop; tick <= scaleTop; tick += step) {
    const inner = at(tick, RADIUS);
    const outer = at(tick, RADIUS + 8);
    const label = at(tick, RADIUS + 22);
    body.push(
      `<line x1="${num(inner.x)}" y1="${num(inner.y)}" x2="${num(outer.x)}" y2="${num(outer.y)}" stroke="${MUTED}" stroke-width="1.5"/>`,
    );
    body.push(textElement(label.x, label.y, String(Math.abs(tick)), { size: SMALLEST_TEXT, fill: MUTED, anchor: 'middle' }));
  }
  // The pointer: dark on a white outline, visible on any party colour.
  const tip = at(points, RADIUS - 12);
  const pointer = `x1="${num(cx)}" y1="${num(cy)}" x2="${num(tip.x)}" y2="${num(tip.y)}" stroke-linecap="round"`;
  body.push(`<g><title>${escapeXml(sentence(data.swing))}</title>`);
  body.push(`<line ${pointer} stroke="#FFFFFF" stroke-width="9"/>`);
  body.push(`<line ${pointer} stroke="${INK}" stroke-width="5"/>`);
  body.push(`<circle cx="${num(cx)}" cy="${num(cy)}" r="10" fill="${INK}" stroke="#FFFFFF" stroke-width="2"/>`);
  body.push('</g>');
  // Each side named under its half, beside a swatch of its colour; then the reading in words.
  const nameWidth = RADIUS - 10;
  body.push(`<rect x="${num(cx - RADIUS)}" y="${num(cy + 14)}" width="14" height="14" rx="3" fill="${fromFill}"/>`);
  body.push(textElement(cx - RADIUS + 20, cy + 21, fitText(`◀ ${from}`, 14, nameWidth), { size: 14, weight: 'bold' }));
  body.push(`<rect x="${num(cx + RADIUS - 14)}" y="${num(cy + 14)}" width="14" height="14" rx="3" fill="${toFill}"/>`);
  body.push(textElement(cx + RADIUS - 20, cy + 21, fitText(`${to} ▶`, 14, nameWidth), { size: 14, weight: 'bold', anchor: 'end' }));
  body.push(
    textElement(cx, cy + 62, value === 0 ? 'No swing' : `${formatPoints(value)}-point swing`, {
      size: WIDTH < WIDE ? 22 : 26,
      weight: 'bold',
      anchor: 'middle',
    }),
  );
  body.push(textElement(cx, cy + 92, value === 0 ? `between ${from} and ${to}` : `from ${from} to ${to}`, { size: 15, anchor: 'middle' }));

  return svgDocument({
    id: options.id ?? 'swing',
    width: WIDTH,
    source: options.source,
    height: cy + 116,
    title: data.title,
    subtitle: data.subtitle,
    description: `${sentence(data.swing)}. The dial runs from ${scaleTop} points towards ${from} on the left to ${scaleTop} points towards ${to} on the right.`,
    body,
  });
}

function sentence(swing: Swing): string {
  if (swing.value <= 0) return `No swing between ${swing.from} and ${swing.to}`;
  return `Butler swing of ${formatPoints(swing.value)} points from ${swing.from} to ${swing.to}`;
}
