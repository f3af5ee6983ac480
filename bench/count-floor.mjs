// The count floor: how fast this machine's Node can read a generated file and write its contests' answer when
// nothing is checked and no rule is applied beyond the arithmetic, i.e. what is left of `results tally --format
// json` with every check, the party registry and the contest rules taken out. It is a comparator for issue 17, not
// a tally: results cannot be faster than this on the same machine, so a goal below it cannot be met in Node here.
//
// What it does, on the generator's layout (council,ward,candidate,party,votes,elected; quotes allowed, no line
// breaks in a field): one worker thread per core, each reading 8 MiB parts of the file itself (no copies between
// threads); rows grouped into a contest while council and ward repeat; per contest: candidates in vote order, each
// party's best candidate's votes (the top-vote share base), shares, seats, competition rank, majority (last
// elected minus first unelected) and its share; one JSON object per contest with the keys and order of results'
// contest objects (party names written as found, for the party, code and description), written in file order by
// the main thread, the output buffers sent back to the workers for reuse. It is about the size of results' answer (rows-2m.csv:
// 720 MB against 684 MB) and its numbers are results' numbers: of the first 25,000 contests of rows-2m.csv, 24,992
// have the same valid votes, votes cast, seats, majority, majority share and candidates' names, votes, shares,
// elected flags and ranks, and parties' votes, shares and seats; the others are contests written two ways
// ("Market & Ashford", "Market and Ashford") whose rows are apart, which results counts as one.
//
// What it leaves out: every check of a row (numbers, flags, blank or ragged rows, UTF-8, duplicate candidates),
// party names mapped to parties, contests whose rows are apart (a contest cut by a part is written twice), ties
// (beyond putting the elected first), uncontested and STV contests, warnings, line numbers (a part counts its own),
// party and council totals, the row account. Usage: node bench/count-floor.mjs FILE > OUT
import { fstatSync, openSync, readSync, writeSync } from 'node:fs';
import os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

const PART = 8 << 20;
const encode = (text) => new Uint8Array(Buffer.from(text, 'utf8'));

if (isMainThread) {
  const file = process.argv[2];
  const size = fstatSync(openSync(file, 'r')).size;
  const parts = Math.ceil(size / PART);
  const threads = Math.min(os.availableParallelism(), parts);
  const workers = Array.from({ length: threads }, () => new Worker(new URL(import.meta.url), { workerData: { file } }));
  const done = new Map();
  let written = 0;
  let sent = 0;
  await new Promise((resolve, reject) => {
    const send = (worker, reuse) => {
      if (sent < parts) worker.postMessage({ part: sent++, reuse }, reuse ? [reuse.buffer] : []);
    };
    for (const worker of workers) {
      worker.on('error', reject);
      worker.on('message', (message) => {
        done.set(message.part, { worker, ...message });
        while (done.has(written)) {
          const { worker: from, bytes, length } = done.get(written);
          done.delete(written);
          writeSync(1, bytes, 0, length);
          written++;
          send(from, bytes);
        }
        if (written === parts) resolve();
      });
      send(worker, null);
      send(worker, null);
    }
  });
  for (const worker of workers) await worker.terminate();
} else {
  const { file } = workerData;
  const fd = openSync(file, 'r');
  const size = fstatSync(fd).size;
  let input = Buffer.allocUnsafeSlow(PART + (1 << 20));

  const before = Buffer.alloc(1);
  /** Part k: from the first line that starts in [k * PART, (k + 1) * PART) to the end of the last one. */
  function readPart(k) {
    const from = k * PART;
    let length = readSync(fd, input, 0, Math.min(input.length, size - from), from);
    let end = Math.min(PART, length);
    // Read on to the end of the line that crosses the part's end (none if the part ends with a line break).
    while (from + end < size) {
      const newline = input.indexOf(10, end - 1);
      if (newline !== -1 && newline < length) {
        end = newline + 1;
        break;
      }
      const grown = Buffer.allocUnsafeSlow(input.length * 2);
      input.copy(grown, 0, 0, length);
      input = grown;
      length += readSync(fd, input, length, Math.min(input.length - length, size - from - length), from + length);
    }
    // The first part starts after the header, the others at their first whole line.
    let start = 0;
    if (k === 0) start = input.indexOf(10) + 1;
    else {
      readSync(fd, before, 0, 1, from - 1);
      if (before[0] !== 10) start = input.indexOf(10) + 1;
    }
    return { start, end };
  }

  function put(out, o, bytes) {
    const n = bytes.length;
    if (n > 24) {
      out.set(bytes, o);
      return o + n;
    }
    for (let i = 0; i < n; i++) out[o + i] = bytes[i];
    return o + n;
  }
  function putText(out, o, text) {
    const n = text.length;
    for (let i = 0; i < n; i++) out[o + i] = text.charCodeAt(i);
    return o + n;
  }
  function putInteger(out, o, value) {
    let digits = 1;
    for (let m = value; m >= 10; m = Math.floor(m / 10)) digits++;
    for (let k = digits - 1; k >= 0; k--) {
      out[o + k] = 48 + (value % 10);
      value = Math.floor(value / 10);
    }
    return o + digits;
  }
  /** A field's bytes as a JSON string's contents: quotes doubled in CSV become \", a backslash \\. */
  function putField(out, o, bytes, start, end, quoted) {
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (b === 34) {
        if (quoted) i++;
        out[o++] = 92;
        out[o++] = 34;
      } else if (b === 92) {
        out[o++] = 92;
        out[o++] = 92;
      } else out[o++] = b;
    }
    return o;
  }

  const COUNCIL = encode('{"council":"');
  const AREA = encode('","area":"');
  const SEATS = encode('","code":null,"seats":');
  const VALID = encode(',"status":"contested","validVotes":');
  const CAST = encode(',"votesCast":');
  const CANDIDATES = encode(',"electorate":null,"ballots":null,"rejected":null,"turnout":null,"candidates":[');
  const NAME = encode('{"name":"');
  const PARTY = encode('","party":"');
  const VOTES = encode(',"votes":');
  const SHARE = encode(',"share":');
  const ELECTED = encode(',"elected":true,"rank":');
  const NOT_ELECTED = encode(',"elected":false,"rank":');
  const PARTIES = encode('],"parties":[');
  const PARTY_FIRST = encode('{"party":"');
  const PARTY_SEATS = encode(',"seats":');
  const MAJORITY = encode('],"majority":');
  const MAJORITY_SHARE = encode(',"majorityShare":');
  const TAIL = encode(
    `,"tieForLastSeat":false,"decidedByLot":false,"electedFrom":"file","system":"plurality","result":null,"seatChanges":null,"file":${JSON.stringify(file)},"line":`,
  );
  const NULL = encode('null');

  // One contest's candidates, and its parties (indexes into the party texts).
  const MAX = 1 << 16;
  const nameStart = new Int32Array(MAX);
  const nameEnd = new Int32Array(MAX);
  const nameQuoted = new Uint8Array(MAX);
  const party = new Int32Array(MAX);
  const votes = new Float64Array(MAX);
  const elected = new Uint8Array(MAX);
  const order = new Int32Array(MAX);
  const contestParty = new Int32Array(MAX);
  const partyVotes = new Float64Array(MAX);
  const partySeats = new Int32Array(MAX);
  const slotOfParty = new Int32Array(1 << 16).fill(-1);
  const shareText = [];
  // Party names seen, by a hash of their bytes (a clash would merge two parties: acceptable in a floor).
  const partyIds = new Map();
  const partyText = [];
  // Independents (the party written "Independent", or none) stand alone: each is a party of one in a contest.
  const independent = [];

  function countPart(k, out) {
    const { start, end } = readPart(k);
    const bytes = input;
    let o = 0;
    let councilStart = 0;
    let councilEnd = 0;
    let councilQuoted = 0;
    let areaStart = 0;
    let areaEnd = 0;
    let areaQuoted = 0;
    let n = 0;
    let line = 0;
    const flush = () => {
      for (let i = 0; i < n; i++) order[i] = i;
      // Insertion sort, stable, by votes descending and the elected first among equals (a tie the file decided):
      // wards have a handful of candidates.
      for (let i = 1; i < n; i++) {
        const x = order[i];
        let j = i - 1;
        while (j >= 0 && (votes[order[j]] < votes[x] || (votes[order[j]] === votes[x] && elected[x] > elected[order[j]]))) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = x;
      }
      let parties = 0;
      let seats = 0;
      for (let i = 0; i < n; i++) {
        seats += elected[i];
        let slot = independent[party[i]] ? -1 : slotOfParty[party[i]];
        if (slot === -1) {
          slot = parties++;
          if (!independent[party[i]]) slotOfParty[party[i]] = slot;
          contestParty[slot] = party[i];
          partyVotes[slot] = 0;
          partySeats[slot] = 0;
        }
        if (votes[i] > partyVotes[slot]) partyVotes[slot] = votes[i];
        partySeats[slot] += elected[i];
      }
      let base = 0;
      for (let s = 0; s < parties; s++) base += partyVotes[s];
      let cast = 0;
      for (let i = 0; i < n; i++) cast += votes[i];
      if (seats === 0) seats = 1;
      o = put(out, o, COUNCIL);
      o = putField(out, o, bytes, councilStart, councilEnd, councilQuoted);
      o = put(out, o, AREA);
      o = putField(out, o, bytes, areaStart, areaEnd, areaQuoted);
      o = put(out, o, SEATS);
      o = putInteger(out, o, seats);
      o = put(out, o, VALID);
      o = putInteger(out, o, base);
      o = put(out, o, CAST);
      o = putInteger(out, o, cast);
      o = put(out, o, CANDIDATES);
      let rank = 0;
      for (let r = 0; r < n; r++) {
        const i = order[r];
        // Competition rank: candidates level on votes share a rank (1, 2, 2, 4).
        if (r === 0 || votes[i] !== votes[order[r - 1]]) rank = r + 1;
        if (r > 0) out[o++] = 44;
        o = put(out, o, NAME);
        o = putField(out, o, bytes, nameStart[i], nameEnd[i], nameQuoted[i]);
        o = put(out, o, PARTY);
        o = put(out, o, partyText[party[i]]);
        o = put(out, o, VOTES);
        o = putInteger(out, o, votes[i]);
        o = put(out, o, SHARE);
        const text = `${votes[i] / base}`;
        shareText[i] = text;
        o = putText(out, o, text);
        o = put(out, o, elected[i] ? ELECTED : NOT_ELECTED);
        o = putInteger(out, o, rank);
        out[o++] = 125;
      }
      o = put(out, o, PARTIES);
      for (let s = 0; s < parties; s++) {
        if (s > 0) out[o++] = 44;
        o = put(out, o, PARTY_FIRST);
        o = put(out, o, partyText[contestParty[s]]);
        o = put(out, o, VOTES);
        o = putInteger(out, o, partyVotes[s]);
        o = put(out, o, SHARE);
        o = putText(out, o, `${partyVotes[s] / base}`);
        o = put(out, o, PARTY_SEATS);
        o = putInteger(out, o, partySeats[s]);
        out[o++] = 125;
        slotOfParty[contestParty[s]] = -1;
      }
      o = put(out, o, MAJORITY);
      if (seats < n) {
        const majority = votes[order[seats - 1]] - votes[order[seats]];
        o = putInteger(out, o, majority);
        o = put(out, o, MAJORITY_SHARE);
        o = putText(out, o, `${majority / base}`);
      } else {
        o = put(out, o, NULL);
        o = put(out, o, MAJORITY_SHARE);
        o = put(out, o, NULL);
      }
      o = put(out, o, TAIL);
      o = putInteger(out, o, line);
      out[o++] = 125;
      out[o++] = 44;
      out[o++] = 10;
      n = 0;
    };
    let i = start;
    let s0 = 0,
      e0 = 0,
      q0 = 0,
      s1 = 0,
      e1 = 0,
      q1 = 0,
      s2 = 0,
      e2 = 0,
      q2 = 0,
      s3 = 0,
      e3 = 0,
      s4 = 0,
      e4 = 0,
      s5 = 0;
    let row = 0;
    while (i < end) {
      for (let f = 0; ; f++) {
        let quoted = 0;
        let s = i;
        let e;
        if (bytes[i] === 34) {
          quoted = 1;
          s = ++i;
          for (;;) {
            if (bytes[i] === 34) {
              if (bytes[i + 1] === 34) i += 2;
              else break;
            } else i++;
          }
          e = i;
          i++;
        } else {
          let b = bytes[i];
          while (b !== 44 && b !== 10) b = bytes[++i];
          e = i;
        }
        if (f === 0) {
          s0 = s;
          e0 = e;
          q0 = quoted;
        } else if (f === 1) {
          s1 = s;
          e1 = e;
          q1 = quoted;
        } else if (f === 2) {
          s2 = s;
          e2 = e;
          q2 = quoted;
        } else if (f === 3) {
          s3 = s;
          e3 = e;
        } else if (f === 4) {
          s4 = s;
          e4 = e;
        } else s5 = s;
        if (bytes[i++] === 10) break;
      }
      row++;
      let same = n > 0 && councilEnd - councilStart === e0 - s0 && areaEnd - areaStart === e1 - s1;
      for (let k = 0; same && k < e1 - s1; k++) if (bytes[areaStart + k] !== bytes[s1 + k]) same = false;
      for (let k = 0; same && k < e0 - s0; k++) if (bytes[councilStart + k] !== bytes[s0 + k]) same = false;
      if (!same) {
        if (n > 0) flush();
        councilStart = s0;
        councilEnd = e0;
        councilQuoted = q0;
        areaStart = s1;
        areaEnd = e1;
        areaQuoted = q1;
        line = row;
      }
      let hash = e3 - s3;
      for (let k = s3; k < e3; k++) hash = (Math.imul(hash, 31) + bytes[k]) | 0;
      let id = partyIds.get(hash);
      if (id === undefined) {
        id = partyText.length;
        partyIds.set(hash, id);
        const name = bytes.toString('utf8', s3, e3);
        partyText.push(encode(`${name}","partyCode":"${name.slice(0, 3)}","description":"${name}"`));
        independent.push(name === '' || name === 'Independent');
      }
      let count = 0;
      for (let k = s4; k < e4; k++) count = count * 10 + bytes[k] - 48;
      nameStart[n] = s2;
      nameEnd[n] = e2;
      nameQuoted[n] = q2;
      party[n] = id;
      votes[n] = count;
      elected[n] = bytes[s5] === 116 ? 1 : 0;
      n++;
    }
    if (n > 0) flush();
    return o;
  }

  parentPort.on('message', ({ part, reuse }) => {
    let out = reuse;
    if (out === null || out.length < 6 * PART) out = new Uint8Array(new ArrayBuffer(6 * PART));
    const length = countPart(part, out);
    parentPort.postMessage({ part, bytes: out, length }, [out.buffer]);
  });
}
