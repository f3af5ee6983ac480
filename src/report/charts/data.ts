/**
 * Chart data: what each chart shows, as plain typed values (party names, numbers, colours, the title and
 * subtitle in words), built in this folder from the core results and drawn by src/format/svg, which adds
 * only the geometry. One shape per kind of picture, whichever result it came from: vote share bars (a tally,
 * or a comparison with its changes), a parliament chart (seats won, or a council's composition), gains and
 * losses bars, seats won as bars (many councils), and the swingometer.
 */

/** Colour of a canonical party name, from the registry (with --parties applied); null when it has none. */
export type PartyColour = (party: string) => string | null;

export interface PartyShare {
  readonly party: string;
  readonly colour: string | null;
  /** Share of the vote as a fraction (0.495); null when the party did not stand this time. */
  readonly share: number | null;
  /** Change since the previous election as a fraction (+0.3822); null when there is none to show (new party). */
  readonly change: number | null;
}

export interface ShareBarsData {
  readonly title: string;
  readonly subtitle?: string;
  /** In the order to draw them, top to bottom. */
  readonly parties: readonly PartyShare[];
  /**
   * Whether a previous election was given: shows the change column, where a party with no change is
   * marked "new". Defaults to whether any change is present.
   */
  readonly compared?: boolean;
  /** The change column's heading, e.g. "Change since 2012". */
  readonly changeLabel?: string;
}

export interface PartySeats {
  readonly party: string;
  readonly colour: string | null;
  readonly seats: number;
}

export interface HemicycleData {
  readonly title: string;
  readonly subtitle?: string;
  /** In the order to place them, left to right. Parties with no seats are left out of the arc and legend. */
  readonly parties: readonly PartySeats[];
  /** Seats on the body; any beyond the parties' seats are drawn as vacant. Defaults to the parties' seats. */
  readonly totalSeats?: number;
  /** Seats needed for a majority; null or absent draws no majority line (e.g. seats won at one election). */
  readonly majorityThreshold?: number | null;
}

export interface PartySeatsWon {
  readonly party: string;
  readonly colour: string | null;
  readonly seats: number;
  /** Net change in seats since the previous election; null when none was compared. */
  readonly change: number | null;
}

/** Seats won by party as bars (seats summed over many councils, which form no one chamber). */
export interface SeatBarsData {
  readonly title: string;
  readonly subtitle?: string;
  /** In the order to draw them, top to bottom. */
  readonly parties: readonly PartySeatsWon[];
  /** Whether the net change column is drawn. */
  readonly compared: boolean;
}

export interface PartyGains {
  readonly party: string;
  readonly colour: string | null;
  /** Seats won from another party (a count, not negative). */
  readonly gains: number;
  /** Seats lost to another party (a count, not negative). */
  readonly losses: number;
}

export interface GainsData {
  readonly title: string;
  readonly subtitle?: string;
  /** In the order to draw them, top to bottom. */
  readonly parties: readonly PartyGains[];
}

/** A swing as the compare modules report it: from one party to another, value a non-negative fraction. */
export interface Swing {
  readonly from: string;
  readonly to: string;
  /** In points as a fraction: 0.2267 is a 22.7-point swing. */
  readonly value: number;
}

export interface SwingometerData {
  readonly title: string;
  readonly subtitle?: string;
  readonly swing: Swing;
  readonly colours: { readonly from: string | null; readonly to: string | null };
}

/** One hex of a map: an area by its ONS code, the party that won it (null: no result in the file), and whether it changed hands. */
export interface MapHex {
  readonly code: string;
  readonly name: string;
  readonly q: number;
  readonly r: number;
  readonly party: string | null;
  readonly colour: string | null;
  readonly gain: boolean;
}

export interface HexMapData {
  readonly title: string;
  readonly subtitle?: string;
  readonly hexes: readonly MapHex[];
  /** The legend: parties by areas won, most first, with their counts (Others folded as in every chart). */
  readonly parties: readonly { readonly party: string; readonly colour: string | null; readonly areas: number }[];
  /** Contests in the file with no hex on the map, "Area: Party": listed beside the map, never dropped. */
  readonly unplaced: readonly string[];
  /** Whether gains are marked (a previous election was compared). */
  readonly compared: boolean;
  /** The copyright line of the hex cartogram, drawn with the map. */
  readonly credit: string;
}

/**
 * One chart of a page of several, by the picture that draws it; `id` prefixes the ids inside its SVG, distinct
 * per chart on one page.
 */
export type Chart =
  | { readonly form: 'share-bars'; readonly id: string; readonly data: ShareBarsData }
  | { readonly form: 'hemicycle'; readonly id: string; readonly data: HemicycleData }
  | { readonly form: 'gains-bars'; readonly id: string; readonly data: GainsData }
  | { readonly form: 'seat-bars'; readonly id: string; readonly data: SeatBarsData }
  | { readonly form: 'hex-map'; readonly id: string; readonly data: HexMapData }
  | { readonly form: 'swingometer'; readonly id: string; readonly data: SwingometerData };
