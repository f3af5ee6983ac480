// The same work as `results tally --format json` in DuckDB SQL: per-ward winner, runner-up, majority and
// shares, and party totals, for the comparison in bench/run.mjs. Prints a one-line summary.
import { DuckDBInstance } from '@duckdb/node-api';

const file = process.argv[2];
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const db = await instance.connect();
await db.run(`CREATE TABLE rows AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}', header = true, all_varchar = false)`);
const wards = await db.runAndReadAll(`
  WITH ranked AS (
    SELECT ward, candidate, party, votes,
           row_number() OVER (PARTITION BY ward ORDER BY votes DESC) AS place,
           sum(votes) OVER (PARTITION BY ward) AS valid
    FROM rows)
  SELECT ward,
         max(CASE WHEN place = 1 THEN candidate END) AS winner,
         max(CASE WHEN place = 2 THEN candidate END) AS runner_up,
         max(CASE WHEN place = 1 THEN votes END) - coalesce(max(CASE WHEN place = 2 THEN votes END), 0) AS majority,
         list(votes / valid ORDER BY place) AS shares
  FROM ranked GROUP BY ward`);
const parties = await db.runAndReadAll(`
  SELECT party, count(*) AS candidates, sum(votes) AS votes, sum(votes) / (SELECT sum(votes) FROM rows) AS share
  FROM rows GROUP BY party ORDER BY votes DESC`);
console.log(`duckdb: ${wards.getRows().length} wards, ${parties.getRows().length} parties`);
