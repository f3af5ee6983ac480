/**
 * A `results.tally/1` contest written straight to JSON text: the same keys, in the same order, with the
 * same values and escapes as `json(contestJson(contest))` (report/tally.ts builds that object; a test pins
 * the two byte for byte). A streamed tally of millions of rows writes hundreds of thousands of contests:
 * building an object per contest and candidate and handing it to JSON.stringify was most of its time.
 * Only the plain tally has this path; `--previous` adds comparison keys and goes through contestJson.
 */
import type { StvStage } from '../core/model';
import type { ContestTally } from '../core/tally';
import { jsonString } from './json';

const nullable = (text: string | null): string => (text === null ? 'null' : jsonString(text));

/** A number as JSON.stringify writes it (NaN and infinities are null). */
const number = (value: number | null): string => (value !== null && Number.isFinite(value) ? `${value}` : 'null');

/** An STV stage as JSON.stringify writes `{ outcome, count }`. */
const stage = (value: StvStage | null): string =>
  value === null ? 'null' : `{"outcome":${jsonString(value.outcome)},"count":${number(value.count)}}`;

const flag = (value: boolean | null): string => (value === null ? 'null' : value ? 'true' : 'false');

/**
 * Escaped party names, codes and descriptions: a few dozen distinct strings repeated on every row.
 * Bounded, since a file may have a distinct description on every row.
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

/** The members of a contest's JSON object, without the braces (NDJSON puts `"type":"contest"` first). */
export function contestJsonMembers(c: ContestTally): string {
  let text =
    `"council":${nullable(c.council)},"area":${jsonString(c.area)},"code":${nullable(c.code)},"seats":${number(c.seats)}` +
    `,"status":${jsonString(c.status)},"validVotes":${number(c.validVotes)},"votesCast":${number(c.votesCast)}` +
    `,"electorate":${number(c.electorate)},"ballots":${number(c.ballots)},"rejected":${number(c.rejected)}` +
    `,"turnout":${number(c.turnout)},"candidates":[`;
  const candidates = c.candidates;
  const stv = c.system === 'stv';
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i]!;
    text +=
      `${i === 0 ? '' : ','}{"name":${jsonString(candidate.name)},"party":${repeated(candidate.party)}` +
      `,"partyCode":${repeated(candidate.partyCode)},"description":${repeated(candidate.description)}` +
      `,"votes":${number(candidate.votes)},"share":${number(candidate.share)},"elected":${flag(candidate.elected)}` +
      `,"rank":${number(candidate.rank)}${stv ? `,"stage":${stage(candidate.stage)}` : ''}}`;
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
    `,"electedFrom":${jsonString(c.electedFrom)},"system":${jsonString(c.system)}${stv ? `,"quota":${number(c.quota)}` : ''},"result":null,"seatChanges":null` +
    `,"file":${jsonString(c.origin.file)},"line":${number(c.origin.line)}`
  );
}

/** `json(contestJson(c))` for a tally without --previous. */
export function contestJsonText(c: ContestTally): string {
  return `{${contestJsonMembers(c)}}`;
}
