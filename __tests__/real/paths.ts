/**
 * Where the real published files are: ../shared/data/real beside the repository (each folder has a SOURCE.md).
 * The one place that names that path; only the tests under __tests__/real/ read it (`npm run test:real`),
 * so `npm test` passes on a machine that has only the repository.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const realData = path.resolve(__dirname, '../../../shared/data/real');

// A missing folder fails the suite with this line instead of skipping its tests: a run that tested nothing passes nothing.
if (!existsSync(realData)) throw new Error(`npm run test:real needs the published files in ${realData} (shared/ beside the repository)`);

/** A file or folder under the real data: `real('uk-leap-local', 'leap-2016-05-05.csv')`. */
export const real = (...parts: string[]): string => path.join(realData, ...parts);

/** Every input the tool could be handed: each CSV, and each folder of per-county precinct files. */
export const everyInput: readonly string[] = [
  ...[
    'uk-leap-local',
    'uk-hoc-library',
    'uk-democracy-club',
    'uk-electoral-commission',
    'uk-scotland-stv-2022',
    'us-openelections-wi',
  ].flatMap((folder) =>
    readdirSync(real(folder))
      .filter((name) => name.endsWith('.csv'))
      .map((name) => real(folder, name)),
  ),
  real('us-openelections-pa', '2020-general'),
  real('us-openelections-pa', '2024-general'),
];
