/**
 * `results check`: every rule over an election (and, when given, the previous election and another
 * source for the same one), the findings selected by --only / --ignore, and the verdict: ok unless an
 * error was found (or, with --strict, a warning).
 */
import type { Contest } from '../model';
import type { PartyRegistry } from '../parties';
import { crossSourceFindings } from './against';
import { consistencyFindings } from './consistency';
import { rules, type Finding, type Rule, type Severity } from './finding';
import { candidateInTwoWardsFindings, unknownPartyFindings } from './names';
import type { AreaMapEntry } from '../match';
import { plausibilityFindings, type PlausibilityLimits } from './plausibility';

export interface CheckInput {
  readonly contests: readonly Contest[];
  /** Findings made while reading (structure): every file, previous and other source included. */
  readonly readFindings: readonly Finding[];
  /** The previous election's contests (--previous), or null. */
  readonly previous: readonly Contest[] | null;
  /** The same election from another source (--against), or null. */
  readonly against: readonly Contest[] | null;
}

export interface CheckOptions extends PlausibilityLimits {
  readonly registry: PartyRegistry;
  readonly strict: boolean;
  /** Only these codes (empty: all). */
  readonly only: readonly string[];
  readonly ignore: readonly string[];
  /** Renamed or notional areas (--area-map), for matching with the previous election. */
  readonly areaMap?: readonly AreaMapEntry[];
}

export type SeverityCounts = Record<Severity, number>;

export interface CheckResult {
  readonly ok: boolean;
  readonly strict: boolean;
  readonly findings: readonly Finding[];
  readonly counts: SeverityCounts;
  readonly contests: number;
  /** The rules that ran: selected by --only / --ignore, plausibility only with a previous election, cross-source only with another source. */
  readonly rules: readonly Rule[];
}

export function check(input: CheckInput, options: CheckOptions): CheckResult {
  const all: Finding[] = [
    ...input.readFindings,
    ...input.contests.flatMap((contest) => consistencyFindings(contest, options.shareMethod)),
    ...unknownPartyFindings(input.contests, options.registry),
    ...candidateInTwoWardsFindings(input.contests),
    ...(input.previous === null ? [] : plausibilityFindings(input.previous, input.contests, options, options.areaMap)),
    ...(input.against === null ? [] : crossSourceFindings(input.contests, input.against)),
  ];
  const chosen = (code: string) => (options.only.length === 0 || options.only.includes(code)) && !options.ignore.includes(code);
  const selected = all.filter((f) => chosen(f.code));
  const ran = rules.filter(
    (r) =>
      chosen(r.code) && (r.group !== 'plausibility' || input.previous !== null) && (r.group !== 'cross-source' || input.against !== null),
  );
  const findings = sortFindings(selected);
  const counts: SeverityCounts = { error: 0, warning: 0, note: 0 };
  for (const f of findings) counts[f.severity] += 1;
  const ok = counts.error === 0 && (!options.strict || counts.warning === 0);
  return { ok, strict: options.strict, findings, counts, contests: input.contests.length, rules: ran };
}

/** The codes in `codes` that are not rules (for a usage error that lists the real ones). */
export function unknownCodes(codes: readonly string[]): string[] {
  const known = new Set(rules.map((r) => r.code));
  return codes.filter((code) => !known.has(code));
}

/** By file (in order of first appearance), then line; findings about no line come first in their file. */
function sortFindings(findings: readonly Finding[]): Finding[] {
  const fileOrder = new Map<string | null, number>();
  for (const f of findings) if (!fileOrder.has(f.file)) fileOrder.set(f.file, fileOrder.size);
  return findings
    .map((f, index) => ({ f, index }))
    .sort(
      (a, b) => (fileOrder.get(a.f.file) ?? 0) - (fileOrder.get(b.f.file) ?? 0) || (a.f.line ?? 0) - (b.f.line ?? 0) || a.index - b.index,
    )
    .map(({ f }) => f);
}
