/**
 * The known input layouts, and detection: the layout whose match is best for the file's first record.
 * Add a layout by writing its module beside this one and listing it here.
 */
import { InputError, UsageError } from '../../errors';
import { canonicalLayout } from './canonical';
import type { Layout } from './layout';

export const layouts: readonly Layout[] = [canonicalLayout];

export function layoutNamed(name: string): Layout {
  const layout = layouts.find((l) => l.name === name);
  if (!layout) {
    throw new UsageError(`unknown input format ${JSON.stringify(name)} (expected ${layouts.map((l) => l.name).join(', ')})`);
  }
  return layout;
}

/**
 * The layout of a file, from its first record. When nothing fits, the message names the columns found
 * and the nearest layout's columns:
 *
 *     results: x.csv: no known layout matches the columns (found: a, b); nearest is canonical (ward, candidate, party, votes, ...)
 */
export function detectLayout(firstRecord: readonly string[], file: string): Layout {
  let best: { layout: Layout; score: number } | null = null;
  for (const layout of layouts) {
    const score = layout.match(firstRecord);
    if (best === null || score > best.score) best = { layout, score };
  }
  if (best !== null && best.score >= 1) return best.layout;
  const nearest = best?.layout ?? canonicalLayout;
  if (nearest === canonicalLayout) {
    // The canonical reader's own message names exactly which columns are missing.
    canonicalLayout.open(firstRecord, file);
  }
  throw new InputError(
    file,
    `no known layout matches the columns (found: ${firstRecord.map((c) => c.trim()).join(', ')}); ` +
      `nearest is ${nearest.name} (${nearest.columns.join(', ')}); see \`results formats\``,
    { code: 'unknown-layout' },
  );
}
