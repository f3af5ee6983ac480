#!/usr/bin/env node
'use strict';
// Start-up is most of a small tally's time (docs/speed.md). The CLI is one bundled file (dist/cli/bundle.js,
// scripts/bundle-cli.mjs) compiled with the V8 code cache written beside it at build time: Node 20 has no
// compile cache of its own. A cache V8 rejects (another Node version, a rebuilt bundle) only costs the compile.
// ES modules (chalk, ora) are imported from this file: code compiled by vm.Script cannot call import() on Node 20.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { createRequire, wrap } = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'bundle.js');
let cachedData;
try {
  cachedData = fs.readFileSync(`${bundle}.cache`);
} catch {
  // No cache (not built yet, or removed): compile without one.
}
const script = new vm.Script(wrap(fs.readFileSync(bundle, 'utf8')), { filename: bundle, cachedData });
// scripts/bundle-cli.mjs runs a tally with this set to write the cache, with the functions that run compiled.
if (process.env.RESULTS_WRITE_CODE_CACHE === '1') process.on('exit', () => fs.writeFileSync(`${bundle}.cache`, script.createCachedData()));
const cli = { exports: {} };
script.runInThisContext()(cli.exports, createRequire(bundle), cli, bundle, path.dirname(bundle));
cli.exports.main((specifier) => import(specifier));
