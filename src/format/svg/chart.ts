/** A chart of a page (src/report/charts) drawn by the picture it names, with its own ids. */
import type { Chart } from '../../report/charts/data';
import type { ChartOptions } from './svg';
import { gainsChart } from './gains-bars';
import { hemicycleChart } from './hemicycle';
import { hexMapChart } from './hexmap';
import { seatBarsChart } from './seat-bars';
import { shareBarsChart } from './share-bars';
import { swingometerChart } from './swingometer';

/** `options` lays it out (WIDE or NARROW) and adds the source line; the chart's own id prefixes its ids. */
export function renderChart(chart: Chart, options: Omit<ChartOptions, 'id'> = {}): string {
  switch (chart.form) {
    case 'share-bars':
      return shareBarsChart(chart.data, { ...options, id: chart.id });
    case 'hemicycle':
      return hemicycleChart(chart.data, { ...options, id: chart.id });
    case 'gains-bars':
      return gainsChart(chart.data, { ...options, id: chart.id });
    case 'hex-map':
      return hexMapChart(chart.data, { ...options, id: chart.id });
    case 'seat-bars':
      return seatBarsChart(chart.data, { ...options, id: chart.id });
    case 'swingometer':
      return swingometerChart(chart.data, { ...options, id: chart.id });
  }
}

/** The two layouts a page carries: WIDE, and NARROW for a phone. */
export { NARROW, WIDE } from './svg';
