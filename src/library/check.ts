/**
 * `results check` as a function: read each input on its own (one bad file does not hide the rest), collect
 * every structural problem as a finding instead of stopping, then run every rule (core/check). Returns the
 * `results.check/1` document the CLI writes; its `ok` is what the CLI's exit status says.
 */
import { InputError, UsageError } from '../errors';
import { check as runRules, unknownCodes, type CheckResult } from '../core/check/check';
import { rules } from '../core/check/finding';
import { readWarningFindings, structureFinding } from '../core/check/structure';
import type { ShareMethod } from '../core/model';
import type { AreaMapEntry } from '../core/match';
import { readCollecting } from '../io/read-collecting';
import type { Source } from '../io/read-election';
import { openInput, type ElectionInput } from '../io/sources';
import { checkJson, type CheckDocument } from '../report/check';
import { resolveReadOptions, type ReadElectionOptions, type ResolvedReadOptions } from './read';
import { append } from '../core/arrays';

export interface CheckOptions extends Omit<ReadElectionOptions, 'strict'> {
  /** The previous election of the same seats: contests, share changes and swing checked against it. */
  readonly previous?: ElectionInput | readonly ElectionInput[];
  /** The same election from another source: every contest, candidate and vote that differs is a finding. */
  readonly against?: ElectionInput | readonly ElectionInput[];
  /** Largest plausible change in a party's share and Butler swing, in points (need `previous`). */
  readonly maxChange?: number;
  readonly maxSwing?: number;
  /** Warnings fail the check too. */
  readonly strict?: boolean;
  readonly only?: readonly string[];
  readonly ignore?: readonly string[];
  readonly shareMethod?: ShareMethod;
  readonly areaMap?: readonly AreaMapEntry[];
}

/** Opens one input; the CLI's Env opens standard input and in-memory files its own way. */
export type Opener = (input: ElectionInput) => Promise<Source[]>;

export async function check(input: ElectionInput | readonly ElectionInput[], options: CheckOptions = {}): Promise<CheckDocument> {
  return checkJson(await checkInputs(listOf(input), options, await resolveReadOptions(options), openInput));
}

/** The check over inputs opened by `open`, as the CLI and the library run it. */
export async function checkInputs(
  inputs: readonly ElectionInput[],
  options: CheckOptions,
  resolved: ResolvedReadOptions,
  open: Opener,
): Promise<CheckResult> {
  const unknown = unknownCodes([...(options.ignore ?? []), ...(options.only ?? [])]);
  if (unknown.length > 0) {
    throw new UsageError(
      `unknown check code ${unknown.map((c) => JSON.stringify(c)).join(', ')} (codes: ${rules.map((r) => r.code).join(', ')})`,
    );
  }
  if ((options.maxChange !== undefined || options.maxSwing !== undefined) && options.previous === undefined) {
    throw new UsageError('--max-change and --max-swing need --previous FILE');
  }
  const current = await readForCheck(inputs, resolved, open);
  const previous = options.previous === undefined ? null : await readForCheck(listOf(options.previous), resolved, open);
  const against = options.against === undefined ? null : await readForCheck(listOf(options.against), resolved, open);
  return runRules(
    {
      contests: current.contests,
      readFindings: [current, previous, against].flatMap((r) =>
        r === null ? [] : [...r.errors.map(structureFinding), ...readWarningFindings(r.warnings)],
      ),
      previous: previous?.contests ?? null,
      against: against?.contests ?? null,
    },
    {
      registry: resolved.registry,
      strict: options.strict === true,
      only: options.only ?? [],
      ignore: options.ignore ?? [],
      maxChange: options.maxChange ?? null,
      maxSwing: options.maxSwing ?? null,
      shareMethod: options.shareMethod ?? 'top',
      ...(options.areaMap !== undefined ? { areaMap: options.areaMap } : {}),
    },
  );
}

/** Opens and reads inputs, turning one that cannot be opened into a finding like any other read error. */
async function readForCheck(inputs: readonly ElectionInput[], resolved: ResolvedReadOptions, open: Opener) {
  const sources: Source[] = [];
  const errors: InputError[] = [];
  for (const input of inputs) {
    try {
      append(sources, await open(input));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      errors.push(error);
    }
  }
  const reading = await readCollecting(sources, resolved.read);
  return { contests: reading.contests, errors: [...errors, ...reading.errors], warnings: reading.warnings };
}

function listOf(input: ElectionInput | readonly ElectionInput[]): readonly ElectionInput[] {
  return Array.isArray(input) ? (input as readonly ElectionInput[]) : [input as ElectionInput];
}
