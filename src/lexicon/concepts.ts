/**
 * The multilingual concept lexicon (`data/lexicon/concepts/*.json`): common news words of each
 * language mapped to one language-independent id, so that "szpital", "Krankenhaus", "hôpital",
 * "больница" and "医院" all give `hospital`. Cross-lingual story matching reads it the way
 * JRC's NewsExplorer read EuroVoc descriptors: two reports of one event in two languages share
 * few cognates but many concepts ("Papież … uderzył kobietę" / "Pope … hit a woman").
 *
 * A form ending in `*` is a prefix (inflections: "szpital*" covers "szpitala", "szpitalu"); any
 * other form must match the whole word; a form of several words ("New Year's Eve",
 * "cessez-le-feu") matches those words in a row. Forms are folded like text tokens (no
 * diacritics, Cyrillic in Latin letters), so the files are written naturally.
 */
import { words } from '../trace/tokens.js';
import { lexiconFiles, loadLexicon } from './load.js';

export interface Concept {
  id: string;
  /** Language code (ISO 639-1) → forms. */
  forms: Record<string, readonly string[]>;
}

interface ConceptFile {
  domain: string;
  concepts: ({ id: string } & Record<string, string[] | string>)[];
}

/** How the words of one language (or of every language) find their concept. */
export interface ConceptTable {
  /** Folded whole word → concept id. */
  exact: ReadonlyMap<string, string>;
  /** Folded prefix → concept id; a word matches its longest prefix in the table. */
  prefixes: ReadonlyMap<string, string>;
  /** The lengths of the prefixes, longest first: a word is looked up once per length, not per letter. */
  prefixLengths: readonly number[];
  /**
   * Forms of several words ("New Year's Eve", "cessez-le-feu", "prime minister"): first folded
   * word → the phrases it starts, longest first. The last word may be a prefix (`*`).
   */
  phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** Words of unspaced scripts (Chinese) as a character trie, for a longest-match scan in one pass. */
  unspaced: TrieNode;
}

export interface Phrase {
  words: readonly string[];
  /** The last word is a prefix. */
  prefix: boolean;
  id: string;
}

export interface TrieNode {
  /** The concept of the word that ends here, if one does. */
  id?: string;
  next: Map<string, TrieNode>;
}

/** The language of unspaced forms: matched in any text that has Han characters, whatever its declared language. */
const UNSPACED_LANGS = new Set(['zh', 'ja']);

let all: readonly Concept[] | undefined;
const tables = new Map<string, ConceptTable>();

/** Every concept of every file, in file order. */
export function concepts(): readonly Concept[] {
  if (all) return all;
  const out: Concept[] = [];
  for (const file of lexiconFiles('concepts')) {
    for (const raw of loadLexicon<ConceptFile>(file).concepts) {
      const forms: Record<string, readonly string[]> = {};
      for (const [key, value] of Object.entries(raw)) if (key !== 'id' && Array.isArray(value)) forms[key] = value;
      out.push({ id: raw.id, forms });
    }
  }
  all = Object.freeze(out);
  return all;
}

/**
 * The lookup table for texts in `lang` (its ISO 639-1 code; a region suffix is ignored). For an
 * unknown language every language's forms are merged, less the forms that two languages give to
 * different concepts (en "gift" and de "Gift"), which would be evidence of nothing.
 */
export function conceptTable(lang?: string): ConceptTable {
  const code = lang ? lang.toLowerCase().split(/[-_]/)[0]! : '';
  const known = code !== '' && code !== 'und' && concepts().some((c) => c.forms[code] !== undefined);
  const key = known ? code : '*';
  let table = tables.get(key);
  if (!table) {
    table = build(known ? code : null);
    tables.set(key, table);
  }
  return table;
}

function build(lang: string | null): ConceptTable {
  const exact = new Map<string, string>();
  const prefixes = new Map<string, string>();
  // A form two concepts claim (two languages read together) is dropped from its map afterwards.
  const clashes = new Map<Map<string, string>, Set<string>>([[exact, new Set()], [prefixes, new Set()]]);
  const unspaced: TrieNode = { next: new Map() };
  const phrases = new Map<string, Phrase[]>();
  const put = (map: Map<string, string>, form: string, id: string) => {
    const had = map.get(form);
    if (had !== undefined && had !== id) clashes.get(map)!.add(form);
    else map.set(form, id);
  };
  for (const c of concepts()) {
    for (const [code, forms] of Object.entries(c.forms)) {
      const spaced = !UNSPACED_LANGS.has(code);
      if (spaced && lang !== null && code !== lang) continue;
      for (const form of forms) {
        if (!spaced) {
          if (form.length >= 2) insert(unspaced, form, c.id);
          continue;
        }
        const star = form.endsWith('*');
        const parts = words(star ? form.slice(0, -1) : form);
        if (parts.length > 1) {
          const list = phrases.get(parts[0]!) ?? [];
          if (!list.some((p) => p.words.join(' ') === parts.join(' '))) list.push({ words: parts, prefix: star, id: c.id });
          phrases.set(parts[0]!, list);
          continue;
        }
        const folded = parts[0] ?? '';
        if (folded.length === 0) continue;
        put(star ? prefixes : exact, folded, c.id);
      }
    }
  }
  for (const [map, forms] of clashes) for (const form of forms) map.delete(form);
  for (const list of phrases.values()) list.sort((a, b) => b.words.length - a.words.length);
  return {
    exact,
    prefixes,
    phrases,
    prefixLengths: [...new Set([...prefixes.keys()].map((p) => p.length))].sort((a, b) => b - a),
    unspaced,
  };
}

/**
 * Adds `word` to the trie, one UTF-16 unit per level as the scan reads the text; the first
 * concept to claim a word keeps it.
 */
function insert(root: TrieNode, word: string, id: string): void {
  let node = root;
  for (let k = 0; k < word.length; k++) {
    const ch = word[k]!;
    let child = node.next.get(ch);
    if (!child) {
      child = { next: new Map() };
      node.next.set(ch, child);
    }
    node = child;
  }
  node.id ??= id;
}
