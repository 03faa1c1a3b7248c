/**
 * Finds the concept lexicon's words (`lexicon/concepts.ts`) in a text: each word of the text's
 * language that is a concept form (whole word, or a word starting with a prefix form, the longest
 * prefix winning) counts once for its concept, and so does a phrase form found word for word;
 * Chinese forms are found by forward longest match, each character counted once.
 *
 * Input: the tokens of a text (`tokens.ts`), the text and its language. Output: concept id →
 * count, and the tokens matched marked in `consumed` when given. Never null.
 */
import { conceptTable, type Phrase } from '../lexicon/concepts.js';
import type { Token } from './tokens.js';

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

export function scanConcepts(tokens: readonly Token[], text: string, lang?: string, consumed?: Uint8Array): Map<string, number> {
  const table = conceptTable(lang);
  const found = new Map<string, number>();
  const hit = (id: string) => found.set(id, (found.get(id) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (consumed?.[i] === 1) continue;
    const norm = tokens[i]!.norm;
    const phrase = table.phrases.get(norm)?.find((p) => matches(p, tokens, i));
    if (phrase) {
      hit(phrase.id);
      consumed?.fill(1, i, i + phrase.words.length);
      i += phrase.words.length - 1;
      continue;
    }
    let id = table.exact.get(norm);
    for (const k of table.prefixLengths) {
      if (id !== undefined) break;
      if (k <= norm.length) id = table.prefixes.get(norm.slice(0, k));
    }
    if (id === undefined) continue;
    hit(id);
    if (consumed) consumed[i] = 1;
  }
  if (table.unspaced.next.size > 0 && UNSPACED.test(text)) {
    // Forward longest match: at each character, the longest lexicon word starting there.
    for (let at = 0; at < text.length; ) {
      let node = table.unspaced.next.get(text[at]!);
      let length = 0;
      let id: string | undefined;
      for (let end = at + 1; node; end++) {
        if (node.id !== undefined) {
          id = node.id;
          length = end - at;
        }
        node = end < text.length ? node.next.get(text[end]!) : undefined;
      }
      if (id === undefined) at++;
      else {
        hit(id);
        at += length;
      }
    }
  }
  return found;
}

function matches(phrase: Phrase, tokens: readonly Token[], at: number): boolean {
  const n = phrase.words.length;
  if (at + n > tokens.length) return false;
  for (let k = 1; k < n; k++) {
    const word = tokens[at + k]!.norm;
    const want = phrase.words[k]!;
    if (k === n - 1 && phrase.prefix ? !word.startsWith(want) : word !== want) return false;
  }
  return true;
}
