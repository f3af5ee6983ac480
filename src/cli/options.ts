/**
 * Options shared by the commands, declared once, and the step from commander's raw strings to typed
 * values (ripgrep's low -> high args): a bad value is a UsageError (exit 2) before anything runs.
 */
import { InvalidArgumentError, Option } from 'commander';
import { UsageError } from '../errors';
import { shareMethods, type ShareMethod } from '../core/model';
import { defaultCsvLimits, type CsvLimits } from '../io/csv';
import { encodings, type Encoding } from '../io/decode';

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown' | 'ndjson' | 'html';

export function formatOption(formats: readonly OutputFormat[]): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default('table');
}

/** The output options of every command that draws a table: `--no-color` and `-q, --quiet`. */
export function displayOptions(): Option[] {
  return [new Option('--no-color', 'no colours in the table'), new Option('-q, --quiet', 'no warnings on stderr')];
}

export function shareMethodOption(): Option {
  return new Option(
    '--share-method <method>',
    "how a party's vote counts in a multi-member ward: top (best-placed candidate, Commons Library), total or average",
  )
    .choices(shareMethods)
    .default('top');
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * The input options every command that reads results files shares. `strict: false` leaves out `--strict`
 * for a command that gives it its own meaning (`results check --strict`: warnings fail the check).
 */
export function inputOptions({ strict = true }: { strict?: boolean } = {}): Option[] {
  const options = [
    new Option('--input-format <name>', 'read the files as this layout instead of detecting it (see `results formats`)'),
    new Option('--map <file>', 'JSON column map for a layout `results` does not know (see `results formats`)'),
    new Option('--by <unit>', 'precinct files: keep each reporting unit a contest instead of summing them').choices(['precinct']),
    new Option('--encoding <name>', 'text encoding of the files (default: UTF-8, or Windows-1252 when detected)').choices(encodings),
    new Option('--parties <file>', 'CSV of extra parties and aliases: party,code,colour,aliases'),
    new Option('--council <name>', 'only contests of this council (repeatable)').argParser(collect).default([]),
    new Option('--area <name>', 'only this ward / area / constituency (repeatable)').argParser(collect).default([]),
    new Option('--strict', 'treat any row set aside (a blank row, a ward with no candidates, ...) as an error'),
    new Option('--max-field-length <chars>', 'refuse a field longer than this many characters')
      .argParser(positiveWholeNumber)
      .default(defaultCsvLimits.maxFieldLength),
    new Option('--max-fields <count>', 'refuse a record with more fields than this')
      .argParser(positiveWholeNumber)
      .default(defaultCsvLimits.maxFields),
    new Option('--max-record-length <chars>', 'refuse a record (a line, with its quoted line breaks) longer than this many characters')
      .argParser(positiveWholeNumber)
      .default(defaultCsvLimits.maxRecordLength),
  ];
  return strict ? options : options.filter((option) => option.long !== '--strict');
}

/** `--raw`: CSV output as the values are, without the ' that stops a spreadsheet running a cell as a formula. */
export function rawOption(): Option {
  return new Option('--raw', "CSV output: do not prefix text cells starting with = + - @ with ' (spreadsheet formula guard)");
}

/** A size limit: a whole number of at least 1 (commander reports a bad one as a usage error, exit 2). */
function positiveWholeNumber(value: string): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value.trim()) : NaN;
  if (!Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('must be a whole number of at least 1.');
  return number;
}

/** The CSV scanner's limits from the input flags. */
export function csvLimits(flags: Pick<InputFlags, 'maxFieldLength' | 'maxFields' | 'maxRecordLength'>): CsvLimits {
  return { maxFieldLength: flags.maxFieldLength, maxFields: flags.maxFields, maxRecordLength: flags.maxRecordLength };
}

export interface InputFlags {
  inputFormat?: string;
  map?: string;
  by?: 'precinct';
  encoding?: Encoding;
  parties?: string;
  council: string[];
  area: string[];
  strict?: boolean;
  maxFieldLength: number;
  maxFields: number;
  maxRecordLength: number;
}

export function parseShareMethod(value: string): ShareMethod {
  if ((shareMethods as readonly string[]).includes(value)) return value as ShareMethod;
  throw new UsageError(`unknown share method ${JSON.stringify(value)} (expected ${shareMethods.join(', ')})`);
}

/** --area-map for the commands that compare two elections (tally --previous, swing, gains, council, chart). */
export function areaMapOption(): Option {
  return new Option('--area-map <file>', 'CSV old,new[,council]: areas renamed (or notional) between the two elections');
}
