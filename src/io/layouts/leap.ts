/**
 * Andrew Teale's Local Elections Archive Project (LEAP) files: no header, eight positional columns
 * `council, council code, ward, ward code, candidate, party code, votes, elected (1/0)`.
 *
 * - Placeholder rows (elected-mayor contests and the like) have `NULL` in every field after the council:
 *   they are set aside with a reason and counted.
 * - Ties decided by lot are written into the name, `Matt Bailey (ELECTED)` / `Raymond Moon (NOT ELECTED)`:
 *   the annotation is removed from the name and, when the elected column is blank, read as the flag.
 * - Party codes (`C`, `Lab`, `LD`, `Grn`, ...) go through the party registry.
 * - Scottish (`S…`) and Northern Irish (`N…`) councils elect by STV: LEAP records first preferences only
 *   (2017 has 103 Scottish wards whose winners are not the top N), so those contests are marked `stv`.
 */
import { DataError, InputError } from '../../errors';
import { parseCount, parseFlag, parseText } from '../cells';
import { candidateRow, type RecordReading } from '../rows';
import type { Layout, LayoutReader } from './layout';

export const leapColumns = ['council', 'council code', 'ward', 'ward code', 'candidate', 'party code', 'votes', 'elected'] as const;

/** ONS/GSS codes: a letter and eight digits (E07000223), the shape LEAP has in columns 2 and 4. */
const gssCode = /^[EWSN]\d{8}$/;
const lotAnnotation = /\s*\((NOT )?ELECTED\)\s*$/i;

export const leapLayout: Layout = {
  name: 'leap',
  splittable: true,
  title: 'LEAP local elections archive (no header): council, council code, ward, ward code, candidate, party code, votes, elected',
  columns: leapColumns,
  headerless: true,
  match(record) {
    // Header-less, so recognised by shape: eight fields, ONS codes where LEAP puts them, a count and a flag.
    if (record.length !== 8) return 0;
    const [, councilCode = '', , wardCode = '', , , votes = '', elected = ''] = record.map((c) => c.trim());
    let score = 0;
    if (gssCode.test(councilCode)) score += 0.4;
    if (gssCode.test(wardCode) || wardCode === 'NULL') score += 0.3;
    if (/^\d+$/.test(votes) || votes === 'NULL') score += 0.15;
    if (/^[01]$/.test(elected) || elected === 'NULL') score += 0.15;
    return Math.min(1, Number(score.toFixed(2)));
  },
  open(_first, file) {
    return new LeapReader(file);
  },
};

class LeapReader implements LayoutReader {
  constructor(private readonly file: string) {}

  read(cells: readonly string[], origin: { file: string; line: number }): RecordReading {
    if (cells.length !== 8) {
      throw new DataError(
        origin,
        `a LEAP row has 8 fields (council, council code, ward, ward code, candidate, party, votes, elected), found ${cells.length}`,
      );
    }
    const [council = '', councilCode = '', ward = '', wardCode = '', name = '', party = '', votes = '', elected = ''] =
      cells.map(parseText);
    if ([wardCode, name, party, votes, elected].every((value) => value === 'NULL')) {
      return { setAside: `LEAP placeholder row (NULL fields${ward === '' || ward === 'NULL' ? '' : `: ${ward}`})` };
    }
    if (council === '') throw new InputError(`${this.file}:${origin.line}`, 'council is blank');
    if (ward === '') throw new DataError(origin, 'ward is blank');
    const annotation = lotAnnotation.exec(name);
    const candidate = annotation ? name.slice(0, annotation.index) : name;
    if (candidate === '') throw new DataError(origin, `candidate is blank (in ${JSON.stringify(ward)})`);
    const flag = parseFlag(elected, 'elected', origin);
    const byLot = annotation ? annotation[1] === undefined : null;
    return [
      candidateRow({
        council,
        area: ward,
        code: wardCode === '' ? null : wardCode,
        candidate,
        party,
        votes: parseCount(votes, 'votes', origin),
        elected: flag ?? byLot,
        system: /^[SN]/.test(councilCode) ? 'stv' : 'plurality',
        origin,
      }),
    ];
  }
}
