/**
 * A small streaming walk over XML with htmlparser2's SAX parser: no DOM is built, so a document of
 * any length is read in memory proportional to one item. Entities: only the five XML entities and
 * numeric references are decoded; a DTD's own `<!ENTITY>` declarations are never expanded, which
 * makes entity-expansion ("billion laughs") documents harmless.
 */
import { Parser } from 'htmlparser2';

export interface XmlHandlers {
  /** `name` is lower-cased, with its namespace prefix (`content:encoded`). */
  open?(name: string, attributes: Record<string, string>, depth: number): void;
  text?(text: string): void;
  close?(name: string, depth: number): void;
}

/** Walks `text`; returns the name of the root element (lower-cased), or null when there is none. */
export function walkXml(text: string, handlers: XmlHandlers): string | null {
  let depth = 0;
  let root: string | null = null;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const lower = name.toLowerCase();
        if (root === null) root = lower;
        depth++;
        handlers.open?.(lower, attributes, depth);
      },
      ontext(data) {
        handlers.text?.(data);
      },
      onclosetag(name) {
        handlers.close?.(name.toLowerCase(), depth);
        depth--;
      },
    },
    { xmlMode: true, decodeEntities: true, recognizeSelfClosing: true },
  );
  // Feeding in slices keeps htmlparser2's internal buffers small on very long documents.
  const slice = 1 << 20;
  for (let i = 0; i < text.length; i += slice) parser.write(text.slice(i, i + slice));
  parser.end();
  return root;
}

/** The name of the first element of an XML document, lower-cased, from its first bytes. */
export function sniffRoot(head: string): string | null {
  const withoutProlog = head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const match = /<([A-Za-z_][\w:.-]*)/.exec(withoutProlog);
  return match ? match[1]!.toLowerCase() : null;
}
