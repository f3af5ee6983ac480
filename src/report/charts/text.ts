/**
 * The words a publisher sets on a chart or page (--title, --subtitle, --date, --source), over the defaults the
 * chart data builds from the results. The defaults never name a file: a path is no part of published text.
 */
import type { Chart } from './data';

export interface PublishedText {
  readonly title?: string | undefined;
  readonly subtitle?: string | undefined;
  /** The election's date as the publisher writes it ("3 May 2018"), put first in the subtitle. */
  readonly date?: string | undefined;
  /** The source line under the chart; "Source: " is added unless it starts so. */
  readonly source?: string | undefined;
}

/** The chart with the publisher's title and subtitle in place of the defaults, and the date leading the subtitle. */
export function withPublishedText<C extends Chart>(chart: C, text: PublishedText): C {
  const subtitle = text.subtitle ?? chart.data.subtitle;
  const dated = text.date === undefined ? subtitle : subtitle === undefined ? text.date : `${text.date} · ${subtitle}`;
  return {
    ...chart,
    data: { ...chart.data, title: text.title ?? chart.data.title, ...(dated !== undefined ? { subtitle: dated } : {}) },
  };
}

/** "Source: House of Commons Library" from `--source "House of Commons Library"`; undefined when none was given. */
export function sourceLine(source: string | undefined): string | undefined {
  if (source === undefined || source.trim() === '') return undefined;
  return /^source:/i.test(source.trim()) ? source.trim() : `Source: ${source.trim()}`;
}
