/**
 * A council's composition before the election (`--before`): inline `Con=19,Lab=15,Grn=1` (one council),
 * or a CSV file with a header `council,party,seats` (many councils). Party names go through the registry,
 * so `Con`, `C` and `Conservative` are one party.
 */
import { DataError, UsageError, quote } from '../errors';
import type { Composition } from '../core/council';
import type { PartyRegistry } from '../core/parties';
import { parseCount } from './cells';
import { readSideCsv } from './side-csv';

/** True when the value reads as an inline composition rather than a file name. */
export function isInlineComposition(value: string): boolean {
  return /=/.test(value);
}

/** `Con=19,Lab=15,Grn=1` (also `;` between parties, `:` for `=`); a bad part is a usage error. */
export function parseInlineComposition(value: string, registry: PartyRegistry): Composition {
  const seats = new Map<string, number>();
  for (const part of value
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^(.+?)\s*[=:]\s*(\d+)$/.exec(part);
    if (!match) throw new UsageError(`--before: expected PARTY=SEATS, got ${quote(part)} (e.g. Con=19,Lab=15,Grn=1)`);
    const party = canonical(match[1]!, registry);
    const count = Number(match[2]);
    if (!Number.isSafeInteger(count)) throw new UsageError(`--before: seats too large to count exactly, got ${quote(part)}`);
    // Named twice (`Lab=1,Lab=2`, or `Con=3,C=2`): a typo, not a sum to make silently.
    if (seats.has(party)) throw new UsageError(`--before: ${party} is named twice (${quote(part)}); give each party once`);
    seats.set(party, count);
  }
  if (seats.size === 0) throw new UsageError('--before: no parties given (e.g. Con=19,Lab=15,Grn=1)');
  return { council: null, parties: [...seats].map(([party, count]) => ({ party, seats: count })) };
}

const compositionFile = {
  what: 'composition file',
  header: 'council,party,seats',
  columns: {
    council: { names: ['council'], neededFor: 'for many councils' },
    party: { names: ['party'], required: true },
    seats: { names: ['seats'], required: true },
  },
};

/** CSV `council,party,seats`: one composition per council, in the order first seen. */
export function parseCompositionFile(text: string, file: string, registry: PartyRegistry): Composition[] {
  const councils = new Map<string | null, Map<string, number>>();
  const lines = new Map<string, number>();
  for (const { cells, origin } of readSideCsv(text, file, compositionFile)) {
    if (cells.party === '') throw new DataError(origin, 'party is blank');
    const count = parseCount(cells.seats, 'seats', origin);
    if (count === null) throw new DataError(origin, `seats is blank (for ${cells.party})`);
    const councilName = cells.council === '' ? null : cells.council;
    const parties = councils.get(councilName) ?? new Map<string, number>();
    const key = canonical(cells.party, registry);
    const seen = lines.get(`${councilName ?? ''}\u0000${key}`);
    if (seen !== undefined) {
      throw new DataError(
        origin,
        `${key} is given twice${councilName === null ? '' : ` for ${councilName}`} (first at line ${seen}); give each party once`,
      );
    }
    lines.set(`${councilName ?? ''}\u0000${key}`, origin.line);
    parties.set(key, count);
    councils.set(councilName, parties);
  }
  return [...councils].map(([name, parties]) => ({ council: name, parties: [...parties].map(([p, n]) => ({ party: p, seats: n })) }));
}

function canonical(written: string, registry: PartyRegistry): string {
  return registry.lookup(written)?.name ?? written.trim();
}
