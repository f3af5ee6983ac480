/**
 * The whole of LEAP 2018 (154 councils, wards of one to three seats, a tie settled by lot, an unopposed
 * return), converted to the canonical layout in memory, counts with every contest and seat accounted for.
 * Converted here rather than read by the LEAP layout (src/io/layouts/leap.ts, tested in io/layouts.test.ts),
 * so this pins the tally on a national file whatever the layout does.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { PartyRegistry } from '../../src/core/parties';
import { tally } from '../../src/core/tally';
import { readElection } from '../../src/io/read-election';
import { real } from './paths';

const leapFile = real('uk-leap-local', 'leap-2018-05-03.csv');

function toCanonical(records: string[][]): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const lines = ['council,ward,code,candidate,party,votes,elected'];
  for (const [council, , ward, code, candidate, party, votes, elected] of records) {
    lines.push([council, ward, code, candidate, party, votes, elected].map((s) => quote(s ?? '')).join(','));
  }
  return `${lines.join('\n')}\n`;
}

describe('LEAP 2018, every council', () => {
  const records = parse(readFileSync(leapFile, 'utf8'));
  // LEAP's placeholder rows for elected-mayor contests hold NULL in every field after the council.
  const placeholders = records.filter((r) => r[4] === 'NULL');
  const candidates = records.filter((r) => r[4] !== 'NULL');

  it('reads whole, with every contest and seat accounted for', async () => {
    async function* chunks() {
      yield Buffer.from(toCanonical(candidates));
    }
    const election = await readElection([{ name: 'leap-2018.csv', chunks: chunks() }], { registry: new PartyRegistry() });
    const result = tally(election, 'top');

    expect(placeholders).toHaveLength(5);
    expect(election.rows).toMatchObject({ read: candidates.length, used: candidates.length, setAside: [] });
    const wards = new Set(candidates.map((r) => `${r[0]}|${r[2]}`));
    expect(result.totals.contests).toBe(wards.size);
    expect(new Set(result.contests.map((c) => c.council)).size).toBe(new Set(candidates.map((r) => r[0])).size);
    const marked = candidates.filter((r) => r[7] === '1').length;
    expect(result.totals.seats).toBe(marked);
    expect(result.parties.reduce((seats, p) => seats + p.seats, 0)).toBe(marked);
    expect(result.totals.undecidedSeats).toBe(0);
    expect(result.totals.uncontested).toBe(1); // Epping Forest, Moreton and Fyfield
    expect(result.warnings.map((w) => w.code)).toEqual(['tie-decided-by-lot']); // Sutton, Nonsuch
    expect(result.warnings[0]!.message).toContain('Nonsuch (Sutton)');
    const seatsPerWard = new Map<number, number>();
    for (const contest of result.contests) seatsPerWard.set(contest.seats, (seatsPerWard.get(contest.seats) ?? 0) + 1);
    expect([...seatsPerWard.keys()].sort()).toEqual([1, 2, 3]);
  });
});
