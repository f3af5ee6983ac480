/**
 * Text from a results file on its way to a person's terminal or document. A field may hold anything: ESC
 * sequences that move the cursor, recolour or retitle the terminal (OSC `ESC ] 0 ; title BEL`), a CR that
 * overwrites what came before on the line, or Unicode bidi overrides that make "Labour 120" display as
 * something else ("Trojan Source", CVE-2021-42574). Every such character is shown as a visible escape
 * (`\u001b`, `\u202e`), the same spelling error messages use, so nothing is hidden and nothing runs.
 *
 * Applied once per piece of data text by the table and markdown renderers; colour added by the theme comes
 * after, so it is the only escape sequence that reaches the terminal.
 */

/**
 * C0 controls (U+0000-U+001F, including TAB, CR, LF and ESC), DEL and the C1 controls (U+0080-U+009F, among
 * them CSI U+009B, which some terminals obey as ESC [), the line and paragraph separators, and the bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069).
 */
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const unsafeAll = new RegExp(unsafe.source, 'g');

export function safeText(text: string): string {
  // Almost every cell is clean: a test without the global flag (no lastIndex to reset) is the fast path.
  if (!unsafe.test(text)) return text;
  return text.replace(unsafeAll, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
