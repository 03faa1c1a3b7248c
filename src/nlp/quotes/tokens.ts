/** Word and punctuation tokens of a stretch of text, with offsets into the document. */

export interface Token {
  start: number;
  end: number;
  /** Lower-cased text. */
  lower: string;
  /** A word (letters or digits) rather than one punctuation character. */
  word: boolean;
  /** Starts with an upper-case letter. */
  upper: boolean;
}

/** Zero-width characters count as space: they hide inside names copied from the web (Traeger\u200b said). */
const TOKEN = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+|,\d{3}(?!\d))*|[^\s\u200b-\u200d\ufeff]/gu;

/** The tokens of `text` inside `[start, end)`, in order. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const s = m[0];
    const first = s[0]!;
    const word = /[\p{L}\p{N}]/u.test(first);
    tokens.push({
      start: start + m.index,
      end: start + m.index + s.length,
      lower: s.toLowerCase(),
      word,
      upper: word && first !== first.toLowerCase(),
    });
  }
  return tokens;
}

/** Number of words in `[start, end)`. */
export function countWords(text: string, start: number, end: number): number {
  const m = text.slice(start, end).match(/[\p{L}\p{N}]+/gu);
  return m === null ? 0 : m.length;
}
