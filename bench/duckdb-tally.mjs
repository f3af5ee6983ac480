// The same work as `results tally --format json` in DuckDB SQL, end to end: read the CSV, count every
// ward (candidates in vote order with share, elected and rank; each party's vote, share and seats; valid
// votes, seats, majority and majority share) and the party totals, and WRITE them: one JSON line per ward
// to OUT.contests.ndjson and one per party to OUT.parties.ndjson. Usage: duckdb-tally.mjs FILE OUT
//
// Conventions are results' defaults (docs/domain-rules.md): shares are "top vote" (in a multi-member ward
// a party counts its best-placed candidate's votes; an independent is a party of one), so the share base
// is the sum of those party votes, not of every candidate's votes; the elected column is the result
// (without one the top `seats` by votes are elected, one seat when there is no seats column); majority is
// last elected minus first unelected; rank is competition rank ("1224"). A blank party is an Independent.
// What it does not do that results does: party names are not mapped to canonical names (results' party
// registry), nothing is checked (numbers, duplicates, contest values agreeing), no warnings, no line numbers.
import { DuckDBInstance } from '@duckdb/node-api';

const [file, out] = process.argv.slice(2);
if (!file || !out) {
  console.error('usage: duckdb-tally.mjs FILE OUT (writes OUT.contests.ndjson and OUT.parties.ndjson)');
  process.exit(2);
}
const literal = (text) => `'${text.replaceAll("'", "''")}'`;
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
await db.run(`CREATE VIEW raw AS SELECT * FROM read_csv(${literal(file)}, header = true)`);
const columns = new Set((await db.runAndReadAll(`SELECT column_name FROM (DESCRIBE raw)`)).getRows().map(([name]) => name));
// '' for no council, so that joins on (council, area) match; written back as null.
const council = columns.has('council') ? "coalesce(council, '')" : "''";
const seatsColumn = columns.has('seats') ? 'seats' : 'NULL::INTEGER';
const electedColumn = columns.has('elected') ? 'TRY_CAST(elected AS BOOLEAN)' : 'NULL::BOOLEAN';

await db.run(`
  CREATE VIEW c AS
  SELECT ${council} AS council, ward AS area, candidate AS name,
         coalesce(nullif(trim(party), ''), 'Independent') AS party, votes::BIGINT AS votes,
         ${electedColumn} AS elected_flag, ${seatsColumn} AS seats_flag
  FROM raw`);
await db.run(`
  CREATE VIEW ranked AS
  SELECT *,
         rank() OVER w AS rank,
         -- seats: the seats column, else the number marked elected, else 1 (results' makeContest)
         coalesce(max(seats_flag) OVER (PARTITION BY council, area),
                  nullif(count(*) FILTER (WHERE elected_flag) OVER (PARTITION BY council, area), 0), 1) AS seats,
         bool_or(elected_flag IS NOT NULL) OVER (PARTITION BY council, area) AS has_flags
  FROM c WINDOW w AS (PARTITION BY council, area ORDER BY votes DESC)`);
await db.run(`
  CREATE TABLE cand AS
  SELECT * EXCLUDE (elected_flag, seats_flag, has_flags),
         CASE WHEN has_flags THEN coalesce(elected_flag, false) ELSE rank <= seats END AS elected,
         -- an independent is a party of one
         CASE WHEN party = 'Independent' THEN 'Independent' || chr(0) || name ELSE party END AS party_key
  FROM ranked`);
await db.run(`
  CREATE TABLE party_votes AS
  SELECT council, area, party_key, any_value(party) AS party,
         max(votes) AS votes, count(*) FILTER (WHERE elected) AS seats
  FROM cand GROUP BY council, area, party_key`);
await db.run(`CREATE TABLE valid AS SELECT council, area, sum(votes) AS valid_votes FROM party_votes GROUP BY council, area`);

await db.run(`
  COPY (
    WITH parties AS (
      SELECT p.council, p.area,
             list({party: p.party, votes: p.votes, share: p.votes / v.valid_votes, seats: p.seats}) AS parties
      FROM party_votes p JOIN valid v USING (council, area) GROUP BY p.council, p.area),
    contests AS (
      SELECT c.council, c.area, any_value(c.seats) AS seats, any_value(v.valid_votes) AS valid_votes,
             sum(c.votes) AS votes_cast,
             min(c.votes) FILTER (WHERE c.elected) - max(c.votes) FILTER (WHERE NOT c.elected) AS majority,
             list({name: c.name, party: c.party, votes: c.votes, share: c.votes / v.valid_votes,
                   elected: c.elected, rank: c.rank} ORDER BY c.votes DESC, c.elected DESC) AS candidates
      FROM cand c JOIN valid v USING (council, area) GROUP BY c.council, c.area)
    SELECT nullif(council, '') AS council, area, seats, valid_votes AS validVotes, votes_cast AS votesCast, candidates, parties,
           CASE WHEN majority >= 0 THEN majority END AS majority,
           CASE WHEN majority >= 0 THEN majority / valid_votes END AS majorityShare
    FROM contests JOIN parties USING (council, area)
  ) TO ${literal(`${out}.contests.ndjson`)} (FORMAT JSON)`);
await db.run(`
  COPY (
    WITH totals AS (
      SELECT party, sum(votes) AS votes, sum(seats) AS seats FROM party_votes GROUP BY party),
    candidates AS (SELECT party, count(*) AS candidates FROM cand GROUP BY party)
    SELECT party, candidates, votes, votes / (SELECT sum(valid_votes) FROM valid) AS share, seats
    FROM totals JOIN candidates USING (party) ORDER BY seats DESC, votes DESC, party
  ) TO ${literal(`${out}.parties.ndjson`)} (FORMAT JSON)`);
const counted = await db.runAndReadAll(`SELECT (SELECT count(*) FROM valid), (SELECT count(DISTINCT party) FROM cand)`);
const [[wards, parties]] = counted.getRows();
console.log(`duckdb: ${wards} wards, ${parties} parties written to ${out}.contests.ndjson and ${out}.parties.ndjson`);
