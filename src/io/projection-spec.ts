/**
 * The national change a projection applies (`results project`): `--swing 'Con:-5,Lab:+5'` (points of change in
 * national share) or `--shares 'Con=33,Lab=40'` (target national shares, percent). Party names go through the
 * registry, so `Con`, `C` and `Conservative` are one party; a bad part is a usage error that shows the part.
 */
import { quote, UsageError } from '../errors';
import type { PartyRegistry } from '../core/parties';

export interface PartyFigure {
  /** Canonical party name. */
  readonly party: string;
  /** As a fraction: a change of 5 points is 0.05, a share of 33% is 0.33. */
  readonly value: number;
}

/** `Con:-5,Lab:+5` (also `=` for `:`, `;` between parties): changes in points, as fractions. */
export function parseSwingSpec(value: string, registry: PartyRegistry): PartyFigure[] {
  return parseFigures('--swing', value, registry, 'PARTY:POINTS', 'Con:-5,Lab:+5', /^[+-]?\d+(\.\d+)?$/);
}

/** `Con=33,Lab=40`: national shares in percent, as fractions; each from 0 to 100. */
export function parseSharesSpec(value: string, registry: PartyRegistry): PartyFigure[] {
  const figures = parseFigures('--shares', value, registry, 'PARTY=PERCENT', 'Con=33,Lab=40', /^\d+(\.\d+)?$/);
  const over = figures.find((f) => f.value > 1);
  if (over) throw new UsageError(`--shares: a share is at most 100, got ${over.party} ${over.value * 100}`);
  return figures;
}

function parseFigures(
  option: string,
  value: string,
  registry: PartyRegistry,
  form: string,
  example: string,
  number: RegExp,
): PartyFigure[] {
  const figures = new Map<string, number>();
  for (const part of value
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^(.+?)\s*[=:]\s*(\S+)$/.exec(part);
    if (!match || !number.test(match[2]!)) throw new UsageError(`${option}: expected ${form}, got ${quote(part)} (e.g. ${example})`);
    const party = registry.lookup(match[1]!)?.name ?? match[1]!.trim();
    if (figures.has(party)) throw new UsageError(`${option}: ${party} is given twice`);
    figures.set(party, Number(match[2]) / 100);
  }
  if (figures.size === 0) throw new UsageError(`${option}: no parties given (e.g. ${example})`);
  return [...figures].map(([party, figure]) => ({ party, value: figure }));
}
