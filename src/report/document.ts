/**
 * Parts every JSON document of `results` shares (design.md, "JSON contract"): warnings as
 * `{code, message, file, line}` and the account of the rows read.
 */
import type { RowAccount, Warning } from '../core/model';

export interface WarningDocument {
  readonly code: string;
  readonly message: string;
  readonly file: string | null;
  readonly line: number | null;
}

export interface RowsDocument {
  readonly read: number;
  readonly used: number;
  readonly filtered: number;
  readonly setAside: readonly { readonly reason: string; readonly count: number; readonly file: string; readonly line: number }[];
}

export function warningDocument(w: Warning): WarningDocument {
  return { code: w.code, message: w.message, file: w.origin?.file ?? null, line: w.origin?.line ?? null };
}

export function rowsDocument(rows: RowAccount): RowsDocument {
  return {
    read: rows.read,
    used: rows.used,
    filtered: rows.filtered,
    setAside: rows.setAside.map((s) => ({ reason: s.reason, count: s.count, file: s.origin.file, line: s.origin.line })),
  };
}
