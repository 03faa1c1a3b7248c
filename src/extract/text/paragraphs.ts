/**
 * Splits plain text into blocks: one block per non-empty line. In plain-text articles (copied
 * pages, feed items, messenger pastes) a line is a paragraph, and boilerplate such as a promo or a
 * source credit sits on its own line, so the line is the unit we classify.
 */
import type { Span } from '../../types.js';

/** Spans of the non-blank lines of `text`, trimmed of surrounding whitespace. */
export function splitBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  const re = /[^\n\r\u2028\u2029]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) blocks.push({ start, end });
  }
  return blocks;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x200b || code === 0xfeff || code === 0x3000 || code === 12 || code === 11;
}
