/**
 * The public API of `psephology`; the `results` CLI is a thin layer over it.
 *
 *     import { readElection, tally } from 'psephology';
 *     const { contests } = tally(await readElection('fixtures/worcester-2016.csv'));
 *
 * Reading takes what the CLI takes (a path, several, a directory, CSV text or bytes, a stream) with the same
 * layout and encoding detection; every other function returns the document its command writes as JSON, typed
 * (`results.tally/1`, `results.swing/1`, `results.gains/1`, `results.council/1`, `results.check/1`): one contract,
 * same keys, same meanings. Errors are the classes the CLI maps to exit codes. Nothing here may import
 * `src/cli`: loading the library must not load chalk, ora or commander (__tests__/library/entry.test.ts). Every
 * name exported here is a promise to users; adding is fine, renaming or removing is a breaking change.
 */

// Errors and exit codes: what bad data (InputError, DataError with file and line) or bad options (UsageError) throw.
export { ExitCode, ResultsError, UsageError, InputError, DataError, FailedCheck, InvariantError } from './errors';
export type { Origin } from './errors';

// The model an election is read into.
export { shareMethods } from './core/model';
export type {
  Candidate,
  Contest,
  ContestStatus,
  Election,
  RowAccount,
  SetAside,
  ShareMethod,
  StvStage,
  VotingSystem,
  Warning,
} from './core/model';

// Party names: canonical names, codes, colours and aliases; extend it with your own parties.
export { PartyRegistry, INDEPENDENT } from './core/parties';
export type { Party } from './core/parties';

// Reading: paths, directories, CSV text or bytes, streams -> an Election, whole or contest by contest.
export { readElection, readContests } from './library/read';
export type { ReadElectionOptions } from './library/read';
export type { ElectionInput } from './io/sources';
export type { ProgressHandler, ReadSummary } from './io/read-election';
export type { CsvLimits } from './io/csv';
export type { Encoding } from './io/decode';

// The count: results.tally/1.
export { tally, tallyContests } from './library/tally';
export type { TallyOptions } from './library/tally';
export type {
  CandidateDocument,
  ContestDocument,
  ContestPartyDocument,
  ContestResultDocument,
  CouncilTotalsDocument,
  PartyTotalDocument,
  PreviousDocument,
  TallyDocument,
  TallyHead,
  TallyTail,
} from './report/tally-document';
export type { RowsDocument, WarningDocument } from './report/document';

// Two elections compared: results.swing/1, results.gains/1, results.council/1.
export { compareShares, compareGains, councilControl } from './library/compare';
export type { CouncilOptions, GainsOptions, SwingOptions } from './library/compare';
export type { SwingDocument } from './report/swing';
export type { GainsDocument } from './report/gains';
export type { CouncilDocument } from './report/council';
export { baselines } from './core/gains';
export type { Baseline } from './core/gains';
export type { AreaMapEntry } from './core/match';
export type { Composition, PartyCount } from './core/council';

// What it would take: results.targets/1, results.project/1.
export { targets, project } from './library/targets';
export type { TargetsOptions, ProjectOptions } from './library/targets';
export type { TargetsDocument } from './report/targets';
export type { ProjectDocument } from './report/project';
export { projectionMethods } from './core/project';
export type { ProjectionMethod } from './core/project';

// Checks for CI: results.check/1, with the rule codes of `results check`.
export { check } from './library/check';
export type { CheckOptions } from './library/check';
export type { CheckDocument } from './report/check';
export { rules } from './core/check/finding';
export type { Rule, RuleGroup, Severity } from './core/check/finding';
