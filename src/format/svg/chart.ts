/** A chart of a page (src/report/charts) drawn by the picture it names, with its own ids. */
import type { Chart } from '../../report/charts/data';
import { gainsChart } from './gains-bars';
import { hemicycleChart } from './hemicycle';
import { shareBarsChart } from './share-bars';
import { swingometerChart } from './swingometer';

export function renderChart(chart: Chart): string {
  switch (chart.form) {
    case 'share-bars':
      return shareBarsChart(chart.data, { id: chart.id });
    case 'hemicycle':
      return hemicycleChart(chart.data, { id: chart.id });
    case 'gains-bars':
      return gainsChart(chart.data, { id: chart.id });
    case 'swingometer':
      return swingometerChart(chart.data, { id: chart.id });
  }
}
