/**
 * Every `$ npx results ...` example in README.md is run, and its shown output must appear in what the
 * command prints, in order (`...` stands for lines left out). The README cannot drift from the tool.
 * A plain command runs in-process; one with a pipe runs in bash with the built binary, as the reader would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { root, runCli, runShell } from './run-cli';

interface Example {
  command: string;
  segments: string[];
}

/** The words of a command line without shell syntax beyond quotes; null when it needs a shell (pipes, redirection, $). */
function words(command: string): string[] | null {
  if (/[|<>;&$`\\]/.test(command.replace(/"[^"]*"|'[^']*'/g, ''))) return null;
  return [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** What the reader sees on the terminal: stdout, then stderr (the CLI flushes stderr last; these outputs are small). */
async function printed(command: string): Promise<string> {
  const argv = words(command);
  if (argv !== null && argv[0] === 'npx' && argv[1] === 'results') {
    const { stdout, stderr } = await runCli(argv.slice(2));
    return stdout + stderr;
  }
  const { stdout, stderr } = runShell(`${command.replace(/npx results/g, 'node bin/results.js')} 2>&1`);
  return stdout + stderr;
}

function examples(): Example[] {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const found: Example[] = [];
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { command: string; lines: string[] } | null = null;
    const flush = () => {
      if (current === null) return;
      const segments = current.lines
        .join('\n')
        .split(/^\.\.\.$/m)
        .map((s) => s.trim())
        .filter((s) => s !== '');
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

  it.each(all.map((e) => [e.command, e] as const))('%s', async (_command, example) => {
    const output = await printed(example.command);
    let from = 0;
    for (const segment of example.segments) {
      const at = output.indexOf(segment, from);
      if (at === -1) throw new Error(`README output not found after offset ${from}:\n${segment}\n--- actual output ---\n${output}`);
      from = at + segment.length;
    }
  });
});
