/**
 * A hex cartogram as shipped in the package (from Open Innovations' HexJSON, https://github.com/odileeds/hexjson-spec):
 * each hex as [ONS code, name, column q, row r] and for wards the ONS code of its council. `odd-r`: pointy-topped
 * hexes, odd rows shoved right by half a hex; r grows upwards in these files.
 */
export interface HexLayout {
  readonly layout: string;
  readonly hexes: readonly (readonly [code: string, name: string, q: number, r: number, council?: string])[];
}
