/**
 * The public API; the CLI is a thin layer over it.
 *
 * `import { readElection, tally } from 'psephology'` (or `require('psephology')`) gives the same
 * computations the commands run: read files into an `Election`, then tally, compare shares (swing), compare
 * seats (gains), compose councils, check. Nothing here may import `src/cli`: loading the library must not
 * load chalk, ora or commander (pinned by __tests__/library/entry.test.ts). Every name exported here is a
 * promise to users; adding is fine, renaming or removing is a breaking change.
 */

// Errors and exit codes: what a bad file throws, and the code the CLI would exit with.
export { ExitCode, ResultsError, UsageError, InputError, DataError, FailedCheck } from './errors';
export type { Origin } from './errors';

// The model an election is read into.
export { shareMethods, contestKey } from './core/model';
export type { Candidate, Contest, ContestStatus, Election, RowAccount, SetAside, ShareMethod, VotingSystem, Warning } from './core/model';

// Party names: canonical names, codes, colours and aliases; extend it with your own parties.
export { PartyRegistry, INDEPENDENT } from './core/parties';
export type { Party } from './core/parties';

// Reading: byte streams (a file's read stream, standard input) → an Election.
export { readElection } from './io/read-election';
export type { ProgressHandler, ReadOptions, Source } from './io/read-election';

// The count: winners, majority, shares, turnout, party totals.
export { tally, tallyContest, TallyBuilder } from './core/tally';
export type {
  CandidateTally,
  ContestPartyTally,
  ContestTally,
  CouncilTotals,
  ElectedFrom,
  PartyTotal,
  Tally,
  TallySummary,
  TallyTotals,
} from './core/tally';

// Matching the contests of two elections (by code, area map, or name): the input of swing and gains.
export { matchContests } from './core/match';
export type { AreaMapEntry, ContestPair, MatchedBy, Matching, Unmatched } from './core/match';

// Swing: change in share, Butler and Steed swing.
export { compareShares, butlerSwing, steedSwing } from './core/swing';
export type { ContestSwing, DirectedSwing, LeftOut, ShareChange, SwingComparison } from './core/swing';

// Gains: seat-by-seat hold / gain, net change, who gained from whom.
export { compareGains, baselines } from './core/gains';
export type { Baseline, ContestGains, ContestResult, GainsComparison, GainsSummary, PartySeats, SeatHolder, SeatMove } from './core/gains';

// Councils: composition after the election and control.
export { compareCouncils, majorityThreshold } from './core/council';
export type {
  Composition,
  CompositionRow,
  ControlSummary,
  CouncilComparison,
  CouncilControl,
  CouncilResult,
  DefendedFrom,
  PartyCount,
} from './core/council';

// Checks: every rule over an election, and the verdict.
export { check } from './core/check/check';
export { rules } from './core/check/finding';
export type { CheckInput, CheckOptions, CheckResult, SeverityCounts } from './core/check/check';
export type { Finding, Rule, RuleGroup, Severity } from './core/check/finding';
export type { PlausibilityLimits } from './core/check/plausibility';
