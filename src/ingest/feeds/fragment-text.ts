/**
 * The text of an HTML fragment, as feeds carry it in `content:encoded`, Atom `content` or
 * `description`: block elements become paragraphs separated by a blank line (the shape the text
 * stages expect), whitespace inside a paragraph is collapsed, scripts and styles are dropped.
 */
import { Parser } from 'htmlparser2';

const BLOCKS = new Set([
  'p', 'div', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'blockquote', 'pre', 'section', 'article',
  'header', 'footer', 'table', 'tr', 'figure', 'figcaption', 'hr', 'dd', 'dt', 'aside',
]);
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'svg', 'object', 'head']);

export function fragmentText(html: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let skipping = 0;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text !== '') paragraphs.push(text);
    current = '';
  };
  const parser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        else if (BLOCKS.has(name)) flush();
      },
      ontext(text) {
        if (skipping === 0) current += text;
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping = Math.max(0, skipping - 1);
        else if (BLOCKS.has(name)) flush();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return paragraphs.join('\n\n');
}

/** True when a string holds markup rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /<\/?[a-z][\w-]*(\s[^>]*)?>/i.test(text);
}
