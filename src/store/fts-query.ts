/**
 * Turns what a user types into an FTS5 query that cannot be a syntax error: every word is quoted
 * (so `AND`, `-` or `:` are words, not operators), `"a phrase"` stays a phrase, `word*` is a prefix.
 * All terms must occur. Returns null when the query has no searchable word.
 */
export function toFtsQuery(input: string): string | null {
  const terms: string[] = [];
  for (const match of input.matchAll(/"([^"]*)"|(\S+)/g)) {
    const phrase = match[1];
    if (phrase !== undefined) {
      const words = phrase.trim();
      if (words !== '') terms.push(`"${words}"`);
      continue;
    }
    const word = match[2]!;
    const prefix = word.endsWith('*');
    const bare = word.replace(/\*+$/, '').replace(/"/g, '');
    // A term made of punctuation only would match nothing and confuse the tokenizer.
    if (!/[\p{L}\p{N}]/u.test(bare)) continue;
    terms.push(`"${bare}"${prefix ? '*' : ''}`);
  }
  return terms.length === 0 ? null : terms.join(' ');
}
