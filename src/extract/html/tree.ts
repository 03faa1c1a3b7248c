/**
 * A light DOM built in one SAX pass of htmlparser2: elements with their attributes, children
 * (elements or text strings) and source offsets, nothing else. It is several times cheaper than
 * a full DOM (linkedom, jsdom) and holds all that extraction reads.
 *
 * What is dropped while parsing, because no extractor reads it: comments, the content of
 * `<style>`, `<svg>`, `<template>` and of scripts other than JSON-LD (JSON-LD text is kept in
 * `jsonLd`). Nesting deeper than `MAX_DEPTH` is flattened into the deepest kept element, so a
 * page of 100,000 nested tags costs linear time and no deep recursion later.
 */
import { Parser } from 'htmlparser2';

export interface HtmlElement {
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Offset of `<` of the start tag in the decoded HTML. */
  start: number;
  /** Offset just after the end tag (or where the element was implicitly closed). */
  end: number;
}

export type HtmlNode = HtmlElement | string;

export interface HtmlDocument {
  root: HtmlElement;
  /** The raw text of every `<script type="application/ld+json">`, in document order. */
  jsonLd: string[];
  /** The content of the first `<title>`. */
  title: string | null;
  /** Number of elements kept. */
  elements: number;
  /** True when nesting went deeper than `MAX_DEPTH` and was flattened. */
  flattened: boolean;
}

/** Deepest nesting kept; real pages stay well under 100 levels. */
export const MAX_DEPTH = 256;

/** Tags whose content no extractor reads. */
const SKIP_CONTENT = new Set(['style', 'svg', 'template', 'math', 'noscript', 'iframe', 'object', 'canvas', 'select', 'textarea']);

export function isElement(node: HtmlNode): node is HtmlElement {
  return typeof node !== 'string';
}

const VOID_OR_AUTO_CLOSED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen',
  // Closed implicitly by their next sibling, so a run of them does not nest.
  'p', 'li', 'option', 'dt', 'dd', 'tr', 'td', 'th',
]);

/** Nesting beyond which `limitNesting` blanks tags out before the parser sees them. */
export const PARSER_DEPTH_LIMIT = 1000;

/**
 * htmlparser2 keeps its stack of open tags with `unshift`/`indexOf`, which is quadratic in the
 * nesting depth: 100,000 nested tags take tens of seconds. Pages nested deeper than `limit` are
 * rewritten first: start tags beyond the limit (and as many end tags after them) are replaced by
 * spaces of the same length, so that every offset into the HTML stays valid. Tags are counted
 * approximately (void and implicitly closed tags do not nest), which only matters past the limit.
 */
export function limitNesting(html: string, limit = PARSER_DEPTH_LIMIT): { html: string; flattened: boolean } {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;
  let depth = 0;
  let deep = false;
  for (let m = tag.exec(html); m !== null; m = tag.exec(html)) {
    if (m[3] === '/' || VOID_OR_AUTO_CLOSED.has(m[2]!.toLowerCase())) continue;
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (++depth > limit) {
      deep = true;
      break;
    }
  }
  if (!deep) return { html, flattened: false };
  depth = 0;
  let overflow = 0;
  tag.lastIndex = 0;
  const out = html.replace(tag, (whole: string, close: string, name: string, self: string) => {
    if (self === '/' || VOID_OR_AUTO_CLOSED.has(name.toLowerCase())) return whole;
    if (close === '/') {
      if (overflow > 0) {
        overflow--;
        return ' '.repeat(whole.length);
      }
      depth = Math.max(0, depth - 1);
      return whole;
    }
    if (depth >= limit) {
      overflow++;
      return ' '.repeat(whole.length);
    }
    depth++;
    return whole;
  });
  return { html: out, flattened: true };
}

/** Parses `html` into a light tree. Never throws for malformed HTML. */
export function parseHtml(input: string): HtmlDocument {
  const limited = limitNesting(input);
  const html = limited.html;
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [], parent: null, start: 0, end: html.length };
  const doc: HtmlDocument = { root, jsonLd: [], title: null, elements: 0, flattened: limited.flattened };
  let current = root;
  let depth = 0;
  // Open tags not turned into elements (too deep, or inside skipped content): their close events
  // must be swallowed too, so the parser's open/close events stay balanced with ours.
  let phantom = 0;
  let skipping = 0;
  let script: 'json-ld' | 'other' | null = null;
  let scriptText = '';
  let inTitle = false;
  let titleText = '';

  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipping > 0 || script !== null) {
          phantom++;
          return;
        }
        if (name === 'script') {
          script = /ld\+json/i.test(attrs.type ?? '') ? 'json-ld' : 'other';
          scriptText = '';
          phantom++;
          return;
        }
        if (SKIP_CONTENT.has(name)) {
          skipping++;
          phantom++;
          return;
        }
        if (depth >= MAX_DEPTH) {
          doc.flattened = true;
          phantom++;
          return;
        }
        const element: HtmlElement = { tag: name, attrs, children: [], parent: current, start: parser.startIndex, end: html.length };
        current.children.push(element);
        current = element;
        depth++;
        doc.elements++;
        if (name === 'title' && doc.title === null) {
          inTitle = true;
          titleText = '';
        }
      },
      ontext(text) {
        if (script !== null) {
          if (script === 'json-ld') scriptText += text;
          return;
        }
        if (skipping > 0) return;
        if (inTitle) titleText += text;
        const children = current.children;
        const last = children.length - 1;
        // htmlparser2 may split one text run in several events; keep it as one string.
        if (last >= 0 && typeof children[last] === 'string') children[last] = (children[last] as string) + text;
        else children.push(text);
      },
      onclosetag(name) {
        if (phantom > 0) {
          phantom--;
          if (name === 'script' && script !== null) {
            if (script === 'json-ld' && scriptText.trim() !== '') doc.jsonLd.push(scriptText);
            script = null;
          } else if (SKIP_CONTENT.has(name) && skipping > 0) {
            skipping--;
          }
          return;
        }
        if (current === root) return;
        if (name === 'title' && inTitle) {
          inTitle = false;
          doc.title = titleText;
        }
        current.end = parser.endIndex + 1;
        current = current.parent ?? root;
        depth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  if (inTitle) doc.title = titleText;
  return doc;
}

/** Elements that break text into blocks. */
export const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'br', 'caption', 'legend', 'option', 'picture', 'video', 'audio', 'head', 'title',
]);

/** The visible text of a node, whitespace collapsed to single spaces, trimmed. */
export function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  collectText(node, parts);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

function collectText(node: HtmlNode, parts: string[]): void {
  if (typeof node === 'string') {
    parts.push(node);
    return;
  }
  if (node.tag === 'head' || node.tag === 'title') return;
  const block = BLOCK_TAGS.has(node.tag);
  if (block) parts.push(' ');
  for (const child of node.children) collectText(child, parts);
  if (block) parts.push(' ');
}

/** Depth-first walk over the elements under `node` (itself included); `visit` returning false skips the subtree. */
export function walk(node: HtmlElement, visit: (element: HtmlElement) => boolean | void): void {
  const stack: HtmlElement[] = [node];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (visit(element) === false) continue;
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
}

/** The first element with tag `tag` under `node`, or null. */
export function findFirst(node: HtmlElement, tag: string): HtmlElement | null {
  let found: HtmlElement | null = null;
  walk(node, (element) => {
    if (found !== null) return false;
    if (element.tag === tag) {
      found = element;
      return false;
    }
    return true;
  });
  return found;
}

/** Every element with one of `tags` under `node`, in document order. */
export function findAll(node: HtmlElement, tags: ReadonlySet<string>): HtmlElement[] {
  const out: HtmlElement[] = [];
  walk(node, (element) => {
    if (tags.has(element.tag)) out.push(element);
  });
  return out;
}
