/**
 * Colour as a parameter: renderers call the theme, never chalk. `plainTheme` leaves text alone (tests,
 * pipes, NO_COLOR); the CLI builds a coloured theme from chalk at the level it decided.
 */

export interface Theme {
  /** Text in a party's colour (#rrggbb), or unchanged when the party has none. */
  party(text: string, colour: string | null): string;
  strong(text: string): string;
  dim(text: string): string;
  warning(text: string): string;
}

export const plainTheme: Theme = {
  party: (text) => text,
  strong: (text) => text,
  dim: (text) => text,
  warning: (text) => text,
};
