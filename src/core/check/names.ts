/**
 * Name findings: party names the registry does not know (with the nearest known spelling, `Labor` ->
 * `Labour`), and one candidate standing in two wards of the same council, which the law allows only
 * one of (a typo in a ward or a pasted row is the usual cause).
 */
import { foldName } from '../fold';
import { contestKey, type Contest } from '../model';
import type { PartyRegistry } from '../parties';
import { finding, type Finding } from './finding';

/**
 * One finding per party name as written, at its first row. A near known spelling makes it a warning
 * (probably a typo); a name with nothing near is a note (usually a local party: LEAP's `ICHC`).
 */
export function unknownPartyFindings(contests: readonly Contest[], registry: PartyRegistry): Finding[] {
  const seen = new Map<string, { origin: Contest['origin']; count: number }>();
  for (const contest of contests) {
    for (const candidate of contest.candidates) {
      const written = candidate.description;
      if (written === '' || candidate.independent || registry.lookup(written) !== null) continue;
      const entry = seen.get(written);
      if (entry) entry.count += 1;
      else seen.set(written, { origin: candidate.origin, count: 1 });
    }
  }
  return [...seen].map(([written, { origin, count }]) => {
    const nearest = registry.nearest(written);
    const rows = `${count} candidate${count === 1 ? '' : 's'}`;
    return nearest
      ? finding(
          'unknown-party',
          `party ${JSON.stringify(written)} is not a known party (${rows}); did you mean ${JSON.stringify(nearest.alias)} (${nearest.party.name})?`,
          origin,
        )
      : finding(
          'unknown-party',
          `party ${JSON.stringify(written)} is not a known party (${rows}); add it with --parties if it is a local party`,
          origin,
          'note',
        );
  });
}

/**
 * One finding per candidate name met again in another ward of the same council. The same ward read from
 * several files (`results check` reads each file on its own, so a county file set gives one "President" per
 * county) is one contest, and a candidate summed over its precincts and counties is one candidacy: contests
 * are compared by council and area (case and punctuation aside), not as objects.
 */
export function candidateInTwoWardsFindings(contests: readonly Contest[]): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, { contest: Contest; line: number }>();
  for (const contest of contests) {
    if (contest.council === null) continue;
    for (const candidate of contest.candidates) {
      // Same name and same party: two people of one name standing for different parties are common in
      // a large council (Fife 2022: David Ross, Conservative in Dunfermline South, Labour in Kirkcaldy North).
      const key = `${contest.council}\u0000${foldName(candidate.name)}\u0000${candidate.party}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, { contest, line: candidate.origin.line });
      } else if (foldName(contestKey(earlier.contest)) !== foldName(contestKey(contest))) {
        findings.push(
          finding(
            'candidate-in-two-wards',
            `${candidate.name} stands in both ${JSON.stringify(earlier.contest.area)} (line ${earlier.line}) and ` +
              `${JSON.stringify(contest.area)} in ${contest.council}`,
            candidate.origin,
          ),
        );
      }
    }
  }
  return findings;
}
