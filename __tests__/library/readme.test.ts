/**
 * The library examples of README.md (the ```js blocks of its "Library" section) are run as they stand, from
 * the repository root, where `psephology` resolves to this package itself (its `exports`, built in dist/):
 * what each prints must be its `// prints: ...` lines, in order. The README cannot drift from the API.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root } from '../cli/run-cli';

function libraryExamples(): string[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const section = /^## Library\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/```js\n([\s\S]*?)```/g)].map((block) => block[1]!);
}

describe('README library examples', () => {
  const examples = libraryExamples();

  it('are there to run, as ES modules and from CommonJS', () => {
    const kinds = examples.map((code) => (/^import /m.test(code) ? 'module' : 'commonjs'));
    expect(kinds).toContain('module');
    expect(kinds).toContain('commonjs');
  });

  it.each(examples.map((code, index) => [index + 1, code] as const))('example %i prints what the README says it prints', (_, code) => {
    const inputType = /^import /m.test(code) ? 'module' : 'commonjs';
    const run = spawnSync(process.execPath, [`--input-type=${inputType}`, '-e', code], { cwd: root, encoding: 'utf8' });
    const promised = [...code.matchAll(/\/\/ prints: (.*)$/gm)].map((match) => match[1]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(promised.length).toBeGreaterThan(0);
    expect(run.stdout.trimEnd().split('\n')).toEqual(promised);
  });
});
