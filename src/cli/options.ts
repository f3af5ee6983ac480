/**
 * Options shared by the commands, declared once, and the step from commander's raw strings to typed
 * values (ripgrep's low -> high args): a bad value is a UsageError (exit 2) before anything runs.
 */
import { Option } from 'commander';
import { UsageError } from '../errors';
import { shareMethods, type ShareMethod } from '../core/model';
import { encodings, type Encoding } from '../io/decode';

export type OutputFormat = 'table' | 'json' | 'csv' | 'markdown' | 'ndjson' | 'html';

export function formatOption(formats: readonly OutputFormat[]): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default('table');
}

export function shareMethodOption(): Option {
  return new Option(
    '--share-method <method>',
    'how a party\'s vote counts in a multi-member ward: top (best-placed candidate, Commons Library), total or average',
  )
    .choices(shareMethods)
    .default('top');
}

/** Collects a repeatable option's values. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The input options every command that reads results files shares. */
export function inputOptions(): Option[] {
  return [
    new Option('--input-format <name>', 'read the files as this layout instead of detecting it (see `results formats`)'),
    new Option('--map <file>', 'JSON column map for a layout `results` does not know (see `results formats`)'),
    new Option('--by <unit>', 'precinct files: keep each reporting unit a contest instead of summing them').choices(['precinct']),
    new Option('--encoding <name>', 'text encoding of the files (default: UTF-8, or Windows-1252 when detected)').choices(encodings),
    new Option('--parties <file>', 'CSV of extra parties and aliases: party,code,colour,aliases'),
    new Option('--council <name>', 'only contests of this council (repeatable)').argParser(collect).default([]),
    new Option('--area <name>', 'only this ward / area / constituency (repeatable)').argParser(collect).default([]),
  ];
}

export interface InputFlags {
  inputFormat?: string;
  map?: string;
  by?: 'precinct';
  encoding?: Encoding;
  parties?: string;
  council: string[];
  area: string[];
}

export function parseShareMethod(value: string): ShareMethod {
  if ((shareMethods as readonly string[]).includes(value)) return value as ShareMethod;
  throw new UsageError(`unknown share method ${JSON.stringify(value)} (expected ${shareMethods.join(', ')})`);
}
