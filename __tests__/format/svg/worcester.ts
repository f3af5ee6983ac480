/**
 * Chart data built from real Worcester results (domain-rules.md §2.3, §3.3, §4, §5, with their sources), the
 * way the compare modules will hand it over: changes in share, a Butler swing, seat gains and losses, and the
 * council's composition. Shares are computed from the votes, never typed in.
 */
import { PartyRegistry } from '../../../src/core/parties';
import type { GainsData, HemicycleData, ShareBarsData, SwingometerData } from '../../../src/report/charts/data';

const registry = new PartyRegistry();
export const colour = (party: string): string | null => registry.byCanonicalName(party)?.colour ?? null;

/** Battenhall, Worcester: votes in 2012 (valid 1,374) and 2016 (valid 2,184; LEAP 2016). */
export const battenhall = {
  2012: { Green: 155, Conservative: 656, Labour: 444, 'Liberal Democrats': 119 } as Record<string, number>,
  2016: { Green: 1081, Conservative: 887, Labour: 127, UKIP: 89 } as Record<string, number>,
};

function shares(votes: Record<string, number>): Map<string, number> {
  const total = Object.values(votes).reduce((a, b) => a + b, 0);
  return new Map(Object.entries(votes).map(([party, v]) => [party, v / total]));
}

/** Battenhall 2016 with the change since 2012: Green +38.2, Con −7.1, Lab −26.5, UKIP new, LD did not stand. */
export function battenhallShares(): ShareBarsData {
  const before = shares(battenhall[2012]);
  const after = shares(battenhall[2016]);
  const parties = [...new Set([...after.keys(), ...before.keys()])];
  return {
    title: 'Battenhall: share of the vote',
    subtitle: 'Worcester City Council, 5 May 2016, compared with 2012',
    changeLabel: 'Change since 2012',
    compared: true,
    parties: parties.map((party) => {
      const share = after.get(party) ?? null;
      const previous = before.get(party);
      return {
        party,
        colour: colour(party),
        share,
        change: previous === undefined ? null : (share ?? 0) - previous,
      };
    }),
  };
}

/** Butler swing Con → Green in Battenhall = (38.22 + 7.13) / 2 = 22.67 points (domain-rules.md §3.3). */
export function battenhallSwing(): SwingometerData {
  const before = shares(battenhall[2012]);
  const after = shares(battenhall[2016]);
  const greenGain = after.get('Green')! - before.get('Green')!;
  const conservativeLoss = before.get('Conservative')! - after.get('Conservative')!;
  return {
    title: 'Battenhall: Butler swing since 2012',
    subtitle: 'Worcester City Council, 5 May 2016',
    swing: { from: 'Conservative', to: 'Green', value: (greenGain + conservativeLoss) / 2 },
    colours: { from: colour('Conservative'), to: colour('Green') },
  };
}

/**
 * Worcester 2016 against the eve of poll (baseline b, domain-rules.md §4): Green took Battenhall and Labour
 * Warndon, both from the Conservatives.
 */
export function worcesterGains(): GainsData {
  return {
    title: 'Worcester 2016: seats gained and lost',
    subtitle: 'Against the eve of poll (Warndon was held by a Conservative defector)',
    parties: [
      { party: 'Labour', colour: colour('Labour'), gains: 1, losses: 0 },
      { party: 'Green', colour: colour('Green'), gains: 1, losses: 0 },
      { party: 'Conservative', colour: colour('Conservative'), gains: 0, losses: 2 },
    ],
  };
}

/** Worcester City Council after 2016: Con 17, Lab 16, Green 2 of 35; 18 for a majority (domain-rules.md §5). */
export function worcesterCouncil(): HemicycleData {
  return {
    title: 'Worcester City Council after the 2016 election',
    subtitle: 'Seats held; no party has a majority',
    parties: [
      { party: 'Labour', colour: colour('Labour'), seats: 16 },
      { party: 'Green', colour: colour('Green'), seats: 2 },
      { party: 'Conservative', colour: colour('Conservative'), seats: 17 },
    ],
    totalSeats: 35,
    majorityThreshold: Math.floor(35 / 2) + 1,
  };
}
