/**
 * A `results.tally/1` contest, and a council's totals, written straight to JSON text: the same keys, in the same order, with the same
 * values and escapes as `json(contestDocument(contest))` (report/tally-document.ts defines the document; a
 * test pins the two byte for byte). A streamed tally of millions of rows writes hundreds of thousands of
 * contests: building an object per contest and candidate, stringifying it and scanning the text for
 * characters to escape was the largest part of its time (9 s of 47 s on 2M rows). Only a plain first-past-
 * the-post tally has this path; `--previous` (comparison keys) and STV (stage, quota) go through
 * contestDocument and json().
 */
import { proportionalityOf } from '../core/proportionality';
import type { ContestTally, CouncilTotals } from '../core/tally';
import { jsonString } from './json';

const nullable = (text: string | null): string => (text === null ? 'null' : jsonString(text));

/** A number as JSON.stringify writes it (NaN and infinities are null). */
const number = (value: number | null): string => (value !== null && Number.isFinite(value) ? `${value}` : 'null');

const flag = (value: boolean | null): string => (value === null ? 'null' : value ? 'true' : 'false');

/**
 * Escaped party names, codes and descriptions: a few dozen distinct strings repeated on every row. Bounded,
 * since a file may have a distinct description on every row.
 */
const escapedCache = new Map<string, string>();
function repeated(text: string): string {
  let escaped = escapedCache.get(text);
  if (escaped === undefined) {
    escaped = jsonString(text);
    if (escapedCache.size < 10_000) escapedCache.set(text, escaped);
  }
  return escaped;
}

/** Whether contestJsonMembers writes this contest: first past the post, counted without a comparison. */
export function plainContest(c: ContestTally): boolean {
  return c.system !== 'stv';
}

/** The members of a plain contest's JSON object, without the braces (NDJSON puts `"type":"contest"` first). */
export function contestJsonMembers(c: ContestTally): string {
  let text =
    `"council":${nullable(c.council)},"area":${jsonString(c.area)},"code":${nullable(c.code)},"seats":${number(c.seats)}` +
    `,"status":${jsonString(c.status)},"validVotes":${number(c.validVotes)},"votesCast":${number(c.votesCast)}` +
    `,"electorate":${number(c.electorate)},"ballots":${number(c.ballots)},"rejected":${number(c.rejected)}` +
    `,"turnout":${number(c.turnout)},"candidates":[`;
  const candidates = c.candidates;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    text +=
      `${i === 0 ? '' : ','}{"name":${jsonString(candidate.name)},"party":${repeated(candidate.party)}` +
      `,"partyCode":${repeated(candidate.partyCode)},"description":${repeated(candidate.description)}` +
      `,"votes":${number(candidate.votes)},"share":${number(candidate.share)},"elected":${flag(candidate.elected)}` +
      `,"rank":${number(candidate.rank)}}`;
  }
  text += '],"parties":[';
  const parties = c.parties;
  for (let i = 0; i < parties.length; i++) {
    const party = parties[i]!;
    text +=
      `${i === 0 ? '' : ','}{"party":${repeated(party.party)},"partyCode":${repeated(party.partyCode)}` +
      (party.candidate !== null ? `,"candidate":${jsonString(party.candidate)}` : '') +
      `,"votes":${number(party.votes)},"share":${number(party.share)},"seats":${number(party.seats)}}`;
  }
  return (
    `${text}],"majority":${number(c.majority)},"majorityShare":${number(c.majorityShare)}` +
    `,"tieForLastSeat":${flag(c.tieForLastSeat)},"decidedByLot":${flag(c.decidedByLot)}` +
    `,"electedFrom":${jsonString(c.electedFrom)},"system":${jsonString(c.system)},"result":null,"seatChanges":null` +
    `,"file":${jsonString(c.origin.file)},"line":${number(c.origin.line)}`
  );
}

/**
 * One council's totals as `json(councilTotalDocument(c))` writes them: the same keys, order and values (a test
 * pins the two byte for byte). The main thread writes them once every part is counted, with nothing else to
 * do in parallel: 8,600 councils (2M rows) took 170 ms through the document and JSON.stringify.
 */
export function councilTotalJson(c: CouncilTotals): string {
  let text =
    `{"council":${jsonString(c.council)},"contests":${number(c.contests)},"seats":${number(c.seats)}` +
    `,"validVotes":${number(c.validVotes)},"parties":[`;
  const parties = c.parties;
  for (let i = 0; i < parties.length; i++) {
    const party = parties[i]!;
    text +=
      `${i === 0 ? '' : ','}{"party":${repeated(party.party)},"partyCode":${repeated(party.partyCode)}` +
      `,"candidates":${number(party.candidates)},"votes":${number(party.votes)},"share":${number(party.share)}` +
      `,"seats":${number(party.seats)}}`;
  }
  const { gallagher, effectiveParties } = proportionalityOf(parties);
  return (
    `${text}],"proportionality":{"gallagher":${number(gallagher)}` +
    `,"effectiveParties":{"votes":${number(effectiveParties.votes)},"seats":${number(effectiveParties.seats)}}}}`
  );
}
