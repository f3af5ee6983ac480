/** Parsing chart SVG as XML in tests: well-formedness, and the elements and text a reader would get. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export function expectWellFormed(svg: string): void {
  const result = XMLValidator.validate(svg);
  expect(result).toBe(true);
}

export interface XmlNode {
  readonly name: string;
  readonly attributes: Record<string, string>;
  readonly children: XmlNode[];
  readonly text: string;
}

/** The document as a tree of named nodes (preserveOrder keeps the drawing order). */
export function parseSvg(svg: string): XmlNode {
  expectWellFormed(svg);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    trimValues: false,
    parseTagValue: false,
  });
  const tree = parser.parse(svg) as unknown[];
  const nodes = tree.map(toNode).filter((n): n is XmlNode => n !== null);
  const root = nodes.find((n) => n.name === 'svg');
  if (!root) throw new Error('no <svg> element');
  return root;
}

function toNode(raw: unknown): XmlNode | null {
  const entry = raw as Record<string, unknown>;
  const name = Object.keys(entry).find((key) => key !== ':@');
  if (name === undefined || name === '#text') return null;
  const content = (entry[name] as unknown[]) ?? [];
  const text = content
    .map((c) => (c as Record<string, unknown>)['#text'])
    .filter((t) => t !== undefined)
    .map(String)
    .join('');
  return {
    name,
    attributes: (entry[':@'] as Record<string, string>) ?? {},
    children: content.map(toNode).filter((n): n is XmlNode => n !== null),
    text,
  };
}

/** Every node below (and including) `node` with the given element name, in document order. */
export function all(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = node.name === name ? [node] : [];
  for (const child of node.children) found.push(...all(child, name));
  return found;
}

/** The visible text of the chart: every <text> element's content. */
export function texts(node: XmlNode): string[] {
  return all(node, 'text').map((t) => t.text);
}
