/**
 * Whether to colour, decided once: never for machine formats, pipes, `--no-color` or NO_COLOR
 * (https://no-color.org); FORCE_COLOR forces it. chalk itself does not read NO_COLOR, so the level is
 * decided here and passed to `new Chalk({ level })`. chalk is ESM-only and loaded only when colour is on.
 */
import type { Theme } from '../format/theme';
import { plainTheme } from '../format/theme';
import type { Env } from './env';

export type ColourLevel = 0 | 1 | 2 | 3;

export function colourLevel(env: Env, wanted: boolean): ColourLevel {
  if (!wanted) return 0;
  const variables = env.variables;
  if (variables.NO_COLOR !== undefined && variables.NO_COLOR !== '') return 0;
  const force = variables.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '0' || force === 'false') return 0;
    if (force === '2') return 2;
    if (force === '3') return 3;
    return Math.max(1, detected(variables)) as ColourLevel;
  }
  if (!env.stdout.isTTY) return 0;
  return detected(variables);
}

function detected(variables: Env['variables']): ColourLevel {
  if (variables.TERM === 'dumb') return 0;
  if (variables.COLORTERM === 'truecolor' || variables.COLORTERM === '24bit') return 3;
  if (variables.TERM?.includes('256')) return 2;
  return 1;
}

export async function themeFor(level: ColourLevel, env: Env): Promise<Theme> {
  if (level === 0) return plainTheme;
  const { Chalk } = await env.load.chalk();
  const chalk = new Chalk({ level });
  return {
    party: (text, colour) => (colour ? chalk.hex(colour)(text) : text),
    strong: (text) => chalk.bold(text),
    dim: (text) => chalk.dim(text),
    warning: (text) => chalk.yellow(text),
  };
}
