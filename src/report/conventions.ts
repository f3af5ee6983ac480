/** The conventions a result depends on, stated in words: every view says which ones it used (design.md). */
import type { ShareMethod } from '../core/model';

/** Each share method's name, for a subtitle ("shares by top vote"); `shareMethodText` says what it means. */
export const shareMethodName: Record<ShareMethod, string> = { top: 'top vote', total: 'total vote', average: 'average vote' };

export const shareMethodText: Record<ShareMethod, string> = {
  top: `${shareMethodName.top} (Commons Library convention): in a multi-member ward a party counts its best-placed candidate's votes`,
  total: `${shareMethodName.total}: in a multi-member ward a party counts the sum of its candidates' votes`,
  average: `${shareMethodName.average}: in a multi-member ward a party counts the mean of its candidates' votes (a candidate's share is of all votes cast)`,
};

export const majorityText = 'last elected minus first unelected candidate (winner minus runner-up where one seat is filled)';

export const turnoutText = 'ballot papers counted, including rejected, divided by the electorate (Electoral Commission method)';

/**
 * Under STV each ballot paper carries one first preference, so a party's first preferences are added up in
 * full whatever the share method (the methods exist for the bloc vote); winners come from the transfers.
 */
export const stvSharesText =
  "STV contests count first preferences: every candidate's first preferences added up, whatever the share method (one per ballot paper); the winners are elected on transfers, so no majority is given";

/** How the proportionality indices are computed (core/proportionality.ts, docs/proportionality.md). */
export const proportionalityText =
  'Gallagher least-squares index sqrt(1/2 sum (vote share - seat share)^2) (Gallagher 1991); effective number of parties 1 / sum share^2 by votes and by seats (Laakso and Taagepera 1979); Pedersen volatility 1/2 sum |change in vote share| over the contests matched with the previous election (Pedersen 1979); Independents as one party, vote shares under the share method, seat shares of the seats filled';
