/**
 * The known input layouts, and detection: the layout whose match is best for the file's first record.
 * Add a layout by writing its module beside this one and listing it here.
 */
import { InputError, UsageError } from '../../errors';
import { canonicalLayout } from './canonical';
import { commonsLibraryLayout, electoralCommissionLayout } from './commons-library';
import type { Layout } from './layout';
import { democracyClubLayout } from './democracy-club';
import { indyLiveStvLayout } from './indylive-stv';
import { leapLayout } from './leap';
import { openElectionsLayout } from './openelections';
import { commons1918Layout } from './commons-1918';
import { commonsConstituencyLayout } from './commons-constituency';
import { wideLayout } from './wide';

/** In order of preference when two layouts fit a file equally well: the most specific first. */
export const layouts: readonly Layout[] = [
  leapLayout,
  commonsLibraryLayout,
  electoralCommissionLayout,
  openElectionsLayout,
  indyLiveStvLayout,
  democracyClubLayout,
  commonsConstituencyLayout,
  commons1918Layout,
  canonicalLayout,
  wideLayout,
];

export function layoutNamed(name: string): Layout {
  const layout = layouts.find((l) => l.name === name);
  if (!layout) {
    throw new UsageError(`unknown input format ${JSON.stringify(name)} (expected ${layouts.map((l) => l.name).join(', ')})`);
  }
  return layout;
}

/**
 * The layout of a file, from its first record: the first layout (in the order above) that fits it fully,
 * by header names or, for header-less LEAP files, by the shape of the first row. When nothing fits, the
 * message names the columns found and the nearest layout with its columns:
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
  const nearest = best !== null && best.score > 0 ? best.layout : canonicalLayout;
  const found = firstRecord.map((c) => c.trim()).filter((c) => c !== '');
  if (nearest === canonicalLayout) {
    // The canonical reader's own message names exactly which columns are missing.
    canonicalLayout.open(firstRecord, file);
  }
  let missing = '';
  if (!nearest.headerless) {
    try {
      nearest.open(firstRecord, file);
    } catch (error) {
      // The nearest layout's own reader says which column it misses.
      if (error instanceof InputError) missing = `; ${error.detail.replace(/ \(found: .*\)$/, '')}`;
      else throw error;
    }
  }
  throw new InputError(
    file,
    `no known layout matches the columns (found: ${found.length > 0 ? found.join(', ') : 'none'}); ` +
      `nearest is ${nearest.name} (${nearest.columns.join(', ')})${missing}; see \`results formats\`, or describe the columns with --map`,
    { code: 'unknown-layout' },
  );
}
