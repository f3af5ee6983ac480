/**
 * Writing a command's result in the chosen format. Renderers are required only for the format in use
 * (cli-table3 costs start-up time that JSON and CSV output need not pay).
 */
import type { HtmlPage } from '../format/html';
import type { Report, ReportTable } from '../report/report';
import { colourLevel, themeFor } from './colour';
import type { Env } from './env';
import type { OutputFormat } from './options';

/** What a command can show, a view per kind of output; a command offers the formats it has views for. */
export interface Views {
  report?(): Report;
  csv?(): ReportTable;
  /** The JSON document; `stream` marks a large array to be written item by item. */
  json?(stream: (items: Iterable<unknown>) => unknown): Record<string, unknown>;
  ndjson?(): Iterable<unknown>;
  /** The results page (commands that offer `--format html`). */
  html?(): HtmlPage;
}

/** The view a format needs; commander's choices keep a command to its formats, so a missing one is a bug. */
function view<K extends keyof Views>(views: Views, kind: K): NonNullable<Views[K]> {
  const found = views[kind];
  if (found === undefined) throw new Error(`this command has no ${kind} view`);
  return found;
}

export interface RenderOptions {
  /** --raw: CSV cells exactly as they are, without the spreadsheet formula guard. */
  readonly raw?: boolean | undefined;
}

export async function writeReport(
  env: Env,
  format: OutputFormat,
  colour: boolean,
  views: Views,
  options: RenderOptions = {},
): Promise<void> {
  const write = (text: string) => env.stdout.write(text);
  switch (format) {
    case 'table': {
      const { renderTable } = require('../format/table') as typeof import('../format/table');
      // Share bars only on a terminal: piped or redirected output stays plain text.
      renderTable(view(views, 'report')(), await themeFor(colourLevel(env, colour), env), write, {
        terminalWidth: env.stdout.isTTY ? env.stdout.columns : null,
      });
      break;
    }
    case 'markdown': {
      const { renderMarkdown } = require('../format/markdown') as typeof import('../format/markdown');
      renderMarkdown(view(views, 'report')(), write);
      break;
    }
    case 'csv': {
      const { renderCsv } = require('../format/csv') as typeof import('../format/csv');
      renderCsv(view(views, 'csv')(), write, { raw: options.raw === true });
      break;
    }
    case 'json': {
      const { renderJson, streamed } = require('../format/json') as typeof import('../format/json');
      renderJson(view(views, 'json')(streamed), write);
      break;
    }
    case 'html': {
      const { renderHtml } = require('../format/html') as typeof import('../format/html');
      renderHtml(view(views, 'html')(), write);
      break;
    }
    case 'ndjson': {
      const { renderNdjson } = require('../format/json') as typeof import('../format/json');
      renderNdjson(view(views, 'ndjson')(), write);
      break;
    }
  }
  env.stdout.flush();
}
