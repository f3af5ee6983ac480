/** Reading files in tests the way the CLI does (files, directories, .gz), without spawning it. */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { createGunzip } from 'node:zlib';
import type { Election } from '../src/core/model';
import { PartyRegistry } from '../src/core/parties';
import { readElection, type ReadOptions, type Source } from '../src/io/read-election';

export const fixture = (name: string) => path.resolve(__dirname, '../fixtures', name);

export function sources(name: string): Source[] {
  if (statSync(name).isDirectory()) {
    return readdirSync(name)
      .filter((entry) => entry.endsWith('.csv'))
      .sort()
      .map((entry) => sources(path.join(name, entry))[0]!);
  }
  const stream = createReadStream(name);
  return [{ name, chunks: name.endsWith('.gz') ? stream.pipe(createGunzip()) : stream }];
}

export async function read(names: string | string[], options: Partial<ReadOptions> = {}): Promise<Election> {
  const list = Array.isArray(names) ? names : [names];
  return readElection(list.flatMap(sources), { registry: new PartyRegistry(), ...options });
}

/** A small CSV reader for the reference files the tests compare against (quoted fields with commas). */
export function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n') {
      cells.push(cell.replace(/\r$/, ''));
      records.push(cells);
      cells = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || cells.length > 0) records.push([...cells, cell.replace(/\r$/, '')]);
  return records;
}
