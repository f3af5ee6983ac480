/** `results formats`: the input layouts `results` recognises, and their columns. */
import { Command } from 'commander';
import { layouts } from '../../io/layouts';
import { mapFields } from '../../io/map-file';
import type { Env } from '../env';

export function formatsCommand(env: Env): Command {
  return new Command('formats')
    .description('list the input layouts recognised (detected from the header, or forced with --input-format NAME)')
    .addHelpText(
      'after',
      `
Examples:
  $ results formats
  $ results tally leap-2019-05-02.csv --input-format leap
  $ results tally results.csv --map columns.json`,
    )
    .action(() => {
      const lines: string[] = [];
      for (const layout of layouts) {
        lines.push(`${layout.name}${layout.headerless ? ' (no header)' : ''}`);
        lines.push(`  ${layout.title}`);
        lines.push(`  columns: ${layout.columns.join(', ')}`);
        if (layout.sums === true) lines.push('  rows are summed per candidate over reporting units (--by precinct keeps them)');
        lines.push('');
      }
      lines.push('map (--map FILE)');
      lines.push('  any other layout, described by a JSON column map:');
      lines.push('  {"columns": {"ward": "Ward Name", "votes": "Total"}, "compose": {"candidate": ["Forename", "Surname"]},');
      lines.push('   "constants": {"council": "Worcester"}, "values": {"party": {"Lab Co-op": "Labour and Co-operative"}}, "sum": false}');
      lines.push(`  fields: ${mapFields.join(', ')}`);
      env.stdout.write(`${lines.join('\n')}\n`);
    });
}
