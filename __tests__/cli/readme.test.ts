/**
 * Every `$ npx results ...` example in README.md is run, and its shown output must appear in what the
 * command prints, in order (`...` stands for lines left out). The README cannot drift from the tool.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, runShell } from './run-cli';

interface Example {
  command: string;
  segments: string[];
}

function examples(): Example[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const found: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { command: string; lines: string[] } | null = null;
    const flush = () => {
      if (current === null) return;
      const segments = current.lines.join('\n').split(/^\.\.\.$/m).map((s) => s.trim()).filter((s) => s !== '');
      found.push({ command: current.command, segments });
    };
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ ')) {
        flush();
        current = { command: line.slice(2), lines: [] };
      } else if (current) {
        current.lines.push(line);
      }
    }
    flush();
  }
  return found;
}

describe('README examples', () => {
  const all = examples();

  it('are there to check', () => {
    expect(all.length).toBeGreaterThanOrEqual(5);
  });

  it.each(all.map((e) => [e.command, e] as const))('%s', (_command, example) => {
    const command = example.command.replace(/npx results/g, 'node bin/results.js');
    const { stdout, stderr } = runShell(`${command} 2>&1`);
    const output = stdout + stderr;
    let from = 0;
    for (const segment of example.segments) {
      const at = output.indexOf(segment, from);
      if (at === -1) throw new Error(`README output not found after offset ${from}:\n${segment}\n--- actual output ---\n${output}`);
      from = at + segment.length;
    }
  });
});
