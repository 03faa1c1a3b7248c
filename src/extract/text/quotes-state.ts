/**
 * Whether a position in a block lies inside quotation marks: a promo or a credit inside a quoted
 * sentence is reported speech, not boilerplate ("“Subscribe to our channel,” he urged").
 */
const OPENERS = new Set(['“', '«', '„', '‹', '「', '『']);
const CLOSERS = new Set(['”', '»', '›', '」', '』']);

/** True when an opening quotation mark before `pos` (from `from`) is still unclosed at `pos`. */
export function insideQuotes(text: string, from: number, pos: number): boolean {
  let depth = 0;
  let ascii = false;
  let lastOpener = '';
  for (let i = from; i < pos; i++) {
    const ch = text[i]!;
    if (ch === '"') ascii = !ascii;
    else if (ch === '“' && depth > 0 && lastOpener === '„') depth--; // „…“ (German, Ukrainian)
    else if (OPENERS.has(ch)) {
      depth++;
      lastOpener = ch;
    } else if (CLOSERS.has(ch) && depth > 0) depth--;
  }
  return ascii || depth > 0;
}
