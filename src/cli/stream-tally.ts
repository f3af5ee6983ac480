/**
 * `results tally --format json|ndjson` written as the file is read: each contest is tallied and written
 * once the input has moved past it, so memory follows the number of contests, not rows (ContestAssembler
 * says how an ungrouped file is handled). The document is the one tallyJson builds, key for key. Nothing
 * is written until the first selected contest, so a --council that matches nothing is an error with empty
 * stdout.
 */
import type { Contest, ShareMethod, Warning } from '../core/model';
import { contestSelector } from '../core/select';
import { TallyBuilder } from '../core/tally';
import { readElection } from '../io/read-election';
import { partyTotalJson, tallyJsonHead, tallyJsonTail } from '../report/tally';
import type { Env } from './env';
import { loadRegistry, noMatch, openAll, readOptions } from './load';
import type { InputFlags } from './options';
import { progressFor } from './progress';
import { writeWarnings } from './warnings';

export interface StreamTallyFlags extends InputFlags {
  shareMethod: ShareMethod;
  quiet?: boolean;
  /** Rows of finished contests held before output starts (tests exercise the switch with small values). */
  holdRows?: number;
}

export async function streamTally(env: Env, files: string[], flags: StreamTallyFlags, format: 'json' | 'ndjson'): Promise<void> {
  const { JsonWriter, renderNdjson } = require('../format/json') as typeof import('../format/json');
  const { contestJsonMembers } = require('../format/tally-json') as typeof import('../format/tally-json');
  const registry = await loadRegistry(flags, env);
  const sources = await openAll(files, env);
  const write = (text: string) => env.stdout.write(text);
  const builder = new TallyBuilder(flags.shareMethod);
  const selected = contestSelector({ councils: flags.council, areas: flags.area });
  const councilsSeen = new Set<string | null>();
  const contestWarnings: Warning[] = [];
  const json = format === 'json' ? new JsonWriter(write) : null;
  const head = () => {
    for (const [key, value] of Object.entries(tallyJsonHead(flags.shareMethod, sources.map((s) => s.name)))) json?.key(key, value);
    json?.beginArray('contests');
  };
  let contests = 0;
  let filtered = 0;
  const onContest = (contest: Contest) => {
    councilsSeen.add(contest.council);
    if (!selected(contest)) {
      filtered += contest.candidates.length;
      return;
    }
    if (contests === 0) head();
    contests += 1;
    const result = builder.add(contest);
    contestWarnings.push(...result.warnings);
    // Written straight to text: the same bytes as json(contestJson(result)) (__tests__/format/tally-json.test.ts).
    if (json !== null) json.itemText(`{${contestJsonMembers(result)}}`);
    else write(`{"type":"contest",${contestJsonMembers(result)}}\n`);
  };
  const progress = progressFor(env, sources, flags.quiet === true);
  let election;
  try {
    election = await readElection(sources, {
      ...(await readOptions(flags, registry, env)),
      onContest,
      holdRows: flags.holdRows,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
  }
  if (contests === 0 && councilsSeen.size > 0) throw noMatch(flags, councilsSeen);
  const summary = builder.finish();
  const warnings = [...election.warnings, ...contestWarnings];
  const rows = { ...election.rows, used: election.rows.used - filtered, filtered: election.rows.filtered + filtered };
  if (json !== null) {
    if (contests === 0) head();
    json.endArray();
    for (const [key, value] of Object.entries(tallyJsonTail(summary, rows, warnings))) json.key(key, value);
    json.end();
  } else {
    renderNdjson(summary.parties.map((p) => ({ type: 'party', ...partyTotalJson(p) })), write);
  }
  env.stdout.flush();
  if (!flags.quiet) writeWarnings(env, warnings);
}
