/**
 * A spinner on stderr while a large or slow input is read: rows, bytes and percent of the file. Only on a
 * terminal (never in pipes, never on stdout), never with --quiet, and only once the input proves large
 * (over 32 MB) or slow (over a second): a council file finishes before it would show. ora is ESM-only
 * and costs start-up time, so it is imported only when the spinner is about to show.
 */
import type { Source } from '../io/read-election';
import type { Env } from './env';

const LARGE = 32 << 20;
const SLOW_MS = 1000;

export interface Progress {
  update(progress: { readonly rows: number; readonly bytes: number }): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

export function progressFor(env: Env, sources: readonly Source[], quiet: boolean): Progress {
  if (quiet || !env.stderr.isTTY) return silent;
  const sizes = sources.map((s) => s.size);
  const total = sizes.every((size) => size !== undefined) ? sizes.reduce((a, b) => a + b, 0) : null;
  const started = Date.now();
  let spinner: { text: string; stop(): unknown } | null = null;
  let loading = false;
  let stopped = false;
  let latest = { rows: 0, bytes: 0 };
  const text = () =>
    `reading: ${latest.rows.toLocaleString('en-GB')} rows, ${(latest.bytes / 1048576).toFixed(0)} MB` +
    (total !== null && total > 0 ? ` (${Math.min(100, (100 * latest.bytes) / total).toFixed(0)}%)` : '');
  return {
    update(progress) {
      latest = { rows: progress.rows, bytes: progress.bytes };
      if (spinner !== null) {
        spinner.text = text();
        return;
      }
      if (loading || stopped) return;
      if ((total ?? 0) < LARGE && Date.now() - started < SLOW_MS) return;
      loading = true;
      void env.load.ora().then(({ default: ora }) => {
        if (stopped) return;
        spinner = ora({ text: text(), stream: process.stderr, discardStdin: false }).start();
      });
    },
    stop() {
      stopped = true;
      spinner?.stop();
      spinner = null;
    },
  };
}
