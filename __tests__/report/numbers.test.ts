/** Numbers as people read them in tables and markdown (design.md, Number rules). */
import { formatChange, formatCount, formatShare } from '../../src/report/numbers';

describe('numbers for people', () => {
  it('use UK thousands separators, one-decimal percentages and signed points', () => {
    expect([formatCount(1081), formatCount(1234567), formatCount(9169.5), formatCount(0)]).toEqual(['1,081', '1,234,567', '9,169.5', '0']);
    expect([formatShare(0.495), formatShare(0.0888), formatShare(1)]).toEqual(['49.5%', '8.9%', '100.0%']);
    expect([formatChange(0.3822), formatChange(-0.0713), formatChange(0.00001)]).toEqual(['+38.2', '-7.1', '0.0']);
  });
});
