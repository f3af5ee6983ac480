/**
 * What a results page adds to the tally's report for a local election of many councils: one line per council
 * saying which party won most of the seats up. Not control: who controls a council depends on the seats not
 * up this time, which a results file does not hold (`results council FILE --before ...` works it out).
 */
import type { Tally } from '../core/tally';
import { plural } from '../errors';
import type { Block, Column, Row } from './report';
import { text } from './report';
import { largest } from '../core/arrays';

/** Colour of a canonical party name, from the registry. */
export type PartyColour = (party: string) => string | null;

const columns: readonly Column[] = [
  { key: 'council', label: 'Council', type: 'text' },
  { key: 'party', label: 'Most seats won', type: 'party' },
  { key: 'won', label: 'Won', type: 'count' },
  { key: 'seats', label: 'Seats up', type: 'count' },
];

/** The councils' summary, or null for a tally of fewer than two councils (the party totals say it all). */
export function councilsSummary(result: Tally, colour: PartyColour): Block | null {
  if (result.councils.length < 2) return null;
  const leaders = new Map<string, number>();
  let tied = 0;
  const rows: Row[] = result.councils.map((council) => {
    const most = largest(
      council.parties.map((p) => p.seats),
      0,
    );
    const top = council.parties.filter((p) => p.seats === most && most > 0);
    if (top.length === 1) leaders.set(top[0]!.party, (leaders.get(top[0]!.party) ?? 0) + 1);
    else tied += 1;
    const party = top.length === 1 ? top[0]!.party : top.length === 0 ? 'none' : `tie: ${top.map((p) => p.party).join(', ')}`;
    return { cells: [council.council, party, most, council.seats], colour: top.length === 1 ? colour(top[0]!.party) : null };
  });
  const ranked = [...leaders].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const line = ranked.map(([party, councils]) => `${party} ${councils}`).join(', ');
  return {
    heading: [text(`Most seats won, by council (${plural(result.councils.length, 'council')})`, undefined, true)],
    table: { columns, rows },
    notes: [
      `Most of the seats up: ${line}${tied > 0 ? `; ${tied} tied` : ''}.`,
      'Control of a council also depends on the seats not up this time: results council with --before gives it.',
    ],
  };
}
