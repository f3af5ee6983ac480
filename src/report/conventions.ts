/** The conventions a result depends on, stated in words: every view says which ones it used (design.md). */
import type { ShareMethod } from '../core/model';

export const shareMethodText: Record<ShareMethod, string> = {
  top: 'top vote (Commons Library convention): in a multi-member ward a party counts its best-placed candidate\'s votes',
  total: 'total vote: in a multi-member ward a party counts the sum of its candidates\' votes',
  average: 'average vote: in a multi-member ward a party counts the mean of its candidates\' votes',
};

export const majorityText =
  'last elected minus first unelected candidate (winner minus runner-up where one seat is filled)';

export const turnoutText = 'ballot papers counted, including rejected, divided by the electorate (Electoral Commission method)';

/**
 * Under STV each ballot paper carries one first preference, so a party's first preferences are added up in
 * full whatever the share method (the methods exist for the bloc vote); winners come from the transfers.
 */
export const stvSharesText =
  'STV contests count first preferences: every candidate\'s first preferences added up, whatever the share method (one per ballot paper); the winners are elected on transfers, so no majority is given';
