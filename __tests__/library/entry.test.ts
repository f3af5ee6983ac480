/**
 * The library entry (`psephology`, built to dist/index.js and dist/index.mjs) as a program using it sees it:
 * loading it pulls in nothing of the CLI, `import` and `require` give the same names and the same objects, and
 * what it computes for the Worcester 2016 file is what `results tally --format json` prints.
 * The child processes load the build (`npm run build` first; `npm test` builds itself).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { readElection, tally, type TallyDocument } from '../../src/index';
import { root, runCli } from '../cli/run-cli';

const dist = path.join(root, 'dist');

/** Runs a Node script in a fresh process from the repository root and returns what it printed as JSON. */
function node(args: readonly string[]): unknown {
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The files and packages that loading the entry brought in, relative to the repository root. */
function loadedBy(loader: 'require' | 'import'): string[] {
  const script =
    loader === 'require'
      ? `require(${JSON.stringify(path.join(dist, 'index.js'))}); console.log(JSON.stringify(Object.keys(require.cache)));`
      : `import(${JSON.stringify(path.join(dist, 'index.mjs'))}).then(() => console.log(JSON.stringify(Object.keys(require('node:module')._cache))));`;
  const files = node(['-e', script]) as string[];
  return files.map((file) => path.relative(root, file));
}

describe.each(['require', 'import'] as const)('loading the library with %s', (loader) => {
  const files = loadedBy(loader);

  it('loads the library entry and its core and io modules', () => {
    expect(files).toContain(path.join('dist', 'index.js'));
    expect(files).toContain(path.join('dist', 'core', 'tally.js'));
    expect(files).toContain(path.join('dist', 'io', 'read-election.js'));
  });

  it('loads nothing of the CLI: no dist/cli file, no chalk, ora or commander', () => {
    const cli = files.filter((file) => file.startsWith(path.join('dist', 'cli') + path.sep));
    const terminalPackages = files.filter((file) => /(^|[\\/])node_modules[\\/](chalk|ora|commander)[\\/]/.test(file));
    expect(cli).toEqual([]);
    expect(terminalPackages).toEqual([]);
  });
});

describe('the ESM and CommonJS entries', () => {
  it('export the same names, and the same objects (one DataError class, not two)', () => {
    const script = `
      const cjs = require(${JSON.stringify(path.join(dist, 'index.js'))});
      import(${JSON.stringify(path.join(dist, 'index.mjs'))}).then((esm) => {
        const names = (m) => Object.keys(m).filter((n) => n !== '__esModule' && n !== 'default').sort();
        const different = names(cjs).filter((n) => esm[n] !== cjs[n]);
        console.log(JSON.stringify({ cjs: names(cjs), esm: names(esm), different }));
      });`;
    const { cjs, esm, different } = node(['-e', script]) as { cjs: string[]; esm: string[]; different: string[] };
    expect(esm).toEqual(cjs);
    expect(cjs).toEqual(
      expect.arrayContaining([
        'readElection',
        'readContests',
        'tally',
        'tallyContests',
        'compareShares',
        'compareGains',
        'councilControl',
        'check',
        'DataError',
      ]),
    );
    expect(different).toEqual([]);
  });
});

describe('the library on Worcester City Council 2016', () => {
  const file = 'fixtures/worcester-2016.csv';

  it('returns the very document results tally --format json prints (one contract)', async () => {
    expect(process.cwd()).toBe(root); // both resolve the same relative path
    const document = tally(await readElection(file));
    const printed = JSON.parse((await runCli(['tally', file, '--format', 'json'])).stdout) as TallyDocument;
    expect(JSON.parse(JSON.stringify(document))).toEqual(printed);
    expect(document.contests.find((c) => c.area === 'Battenhall')).toMatchObject({ majority: 194 });
  });
});
