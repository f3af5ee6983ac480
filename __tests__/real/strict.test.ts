/** `--strict` on a whole published file: nothing set aside, nothing filtered, every row used. */
import { readFileSync } from 'node:fs';
import { results } from '../hostile/run-cli';
import { real } from './paths';

interface TallyDocument {
  rows: { read: number; used: number; filtered: number; setAside: unknown[] };
  totals: { contests: number; seats: number };
}

describe('--strict on real files', () => {
  const leap2016 = real('uk-leap-local', 'leap-2016-05-05.csv');

  it('--strict passes a clean real file: LEAP 2016, every one of 10,880 rows used', async () => {
    // LEAP files have no header; with one, they are canonical (council, council code, ward, code, ...).
    const input = `council,council code,ward,code,candidate,party,votes,elected\n${readFileSync(leap2016, 'utf8')}`;
    const run = await results(['tally', '-', '--strict', '--format', 'json'], { input });
    expect(run.status).toBe(0);
    const document = JSON.parse(run.stdout) as TallyDocument;
    expect(document.rows).toEqual({ read: 10_880, used: 10_880, filtered: 0, setAside: [] });
    // SOURCE.md: 1,876 single-, 85 two- and 252 three-member wards.
    expect(document.totals).toMatchObject({ contests: 2_213, seats: 1_876 + 2 * 85 + 3 * 252 });
  });
});
