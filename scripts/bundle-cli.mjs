/**
 * Bundles the command line (dist/cli/main.js and everything it requires from dist/ and commander) into one
 * file, dist/cli/bundle.js, which bin/results.js loads: start-up then reads and compiles one file instead of
 * resolving and loading some seventy modules one by one. The modules the CLI requires lazily stay lazy
 * (esbuild wraps each CommonJS module and runs it on first require). Kept out: chalk and ora (ES modules,
 * imported only when colour or a spinner is on) and cli-table3 (drawn only for a table the fast grid
 * declines, src/format/table-grid.ts), loaded from node_modules when used, and the hex maps (below).
 * Identifiers are kept (whitespace and syntax only minified), so a stack trace still names its functions.
 * The worker thread of a parallel tally (dist/cli/tally-worker.js) is bundled the same way, into
 * dist/cli/tally-worker.bundle.js, which cli/parallel-tally.ts starts each worker with.
 *
 * Then the V8 code cache (dist/cli/bundle.js.cache; Node 20 has no compile cache of its own): written by one
 * tally of a council file (read, count, table), so the functions that run are cached compiled, not only the
 * top level. Without the fixture (an install from a packed tarball) there is no cache, only a slower start.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

// commander requires child_process at load, for executable subcommands, which results has none of: loading it
// (with net and dgram) was a few milliseconds of every start. Its require in commander gets a stand-in that
// loads child_process on first use.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(plugin) {
    plugin.onResolve({ filter: /^(node:)?child_process$/ }, ({ importer }) =>
      importer.includes(`${path.sep}commander${path.sep}`) ? { path: 'child_process', namespace: 'lazy' } : undefined,
    );
    plugin.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let loaded; module.exports = new Proxy({}, { get: (_, key) => (loaded ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundle = path.join(root, 'dist/cli/bundle.js');

// The hex maps (430 KB, 45% of the bundle as it was) are drawn only for `--format html` and `charts`: required
// from dist/report/charts/hexmaps when drawn, every other start reads and checks half the bytes. The require is
// kept as written, so it must mean the same from the bundle's folder as from the module making it.
const hexMapsApart = {
  name: 'hex-maps-apart',
  setup(plugin) {
    plugin.onResolve({ filter: /\/hexmaps\/(wards|constituencies)$/ }, ({ path: specifier, resolveDir }) => {
      if (path.resolve(resolveDir, specifier) !== path.resolve(path.dirname(bundle), specifier)) {
        throw new Error(`${specifier} is required from ${resolveDir}: from the bundle in ${path.dirname(bundle)} it would not be found`);
      }
      return { path: specifier, external: true };
    });
  },
};
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['chalk', 'ora', 'cli-table3', 'cli-table3/*'],
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcess, hexMapsApart],
};
await build({ ...common, entryPoints: [path.join(root, 'dist/cli/main.js')], outfile: bundle });
await build({
  ...common,
  entryPoints: [path.join(root, 'dist/cli/tally-worker.js')],
  outfile: path.join(root, 'dist/cli/tally-worker.bundle.js'),
});

rmSync(`${bundle}.cache`, { force: true });
const council = path.join(root, 'fixtures/worcester-2016.csv');
if (existsSync(council)) {
  // A table, then JSON: the second run starts from the first run's cache and writes it out again with the
  // functions JSON compiled too (trained on the table alone, a JSON start compiled its writer: 100 -> 91 ms).
  for (const format of ['table', 'json']) {
    execFileSync(process.execPath, [path.join(root, 'bin/results.js'), 'tally', council, '--format', format], {
      env: { ...process.env, RESULTS_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
      stdio: 'ignore',
    });
  }
}
