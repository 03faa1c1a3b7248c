/**
 * Finds the lexicon's cross-lingual anchors (`data/lexicon/anchors.json`: people, places,
 * organisations with names in several scripts) in text of any language, giving their canonical
 * ids, so that an article in Chinese that names 普京 and 武汉 meets one in English that names
 * Putin and Wuhan. Recall-first, for story matching, not entity extraction.
 *
 * Rules, chosen so that common words do not pass for names:
 * - names in scripts with case match only where the text capitalises them, and acronyms
 *   ("WHO", "NATO") only where the text writes them in capitals;
 * - a one-word name matches inflected forms too ("Trumpa", "Warszawie", "Москвы"): its stem
 *   (the name less a final vowel, five letters or more) followed by up to three letters;
 * - names in unspaced scripts (Chinese, Japanese) match as substrings, longest first, each
 *   character counted once ("伊丽莎白二世" is not also "伊丽莎白").
 *
 * Input: the tokens of a text (`tokens.ts`) and the text. Output: anchor id → count; empty when
 * none is named. Never null.
 */
import { anchors } from '../lexicon/anchors.js';
import { words, type Token } from './tokens.js';

interface Entry {
  id: string;
  /** Surface must be upper case throughout (an acronym). */
  acronym: boolean;
  /** Surface must start with a capital (scripts with case). */
  cased: boolean;
  /**
   * The matched tokens are taken (see `consumed`): true for places and organisations, whose
   * name is all there is of them; false for people, who are often named in full on one side and
   * by surname alone on the other ("Andrzej Duda" / "Duda"), where the surname must still meet.
   */
  consumes: boolean;
}

interface AnchorScanner {
  /** Folded word sequence (joined by spaces) → entry. */
  phrases: Map<string, Entry>;
  /** Stem of a one-word name → entry; a token matches when it is the stem plus up to three letters. */
  stems: Map<string, Entry>;
  unspaced: { name: string; id: string }[];
  /** First word of a name of several words → its most words: most tokens start none. */
  starts: Map<string, number>;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const MAX_ENDING = 3;
const MIN_STEM = 5;
let scanner: AnchorScanner | undefined;

function build(): AnchorScanner {
  const phrases = new Map<string, Entry>();
  const stems = new Map<string, Entry>();
  const clashes = new Set<string>();
  const unspaced: { name: string; id: string }[] = [];
  const starts = new Map<string, number>();
  for (const a of anchors()) {
    for (const name of a.names) {
      if (UNSPACED.test(name)) {
        if (name.length >= 2) unspaced.push({ name, id: a.id });
        continue;
      }
      const ws = words(name);
      const key = ws.join(' ');
      if (ws.length === 0 || key.length < 3) continue;
      const cased = name.charAt(0).toLowerCase() !== name.charAt(0).toUpperCase();
      const entry: Entry = { id: a.id, acronym: cased && name === name.toUpperCase() && /\p{Lu}{2}/u.test(name), cased, consumes: !a.id.startsWith('person:') };
      if (!phrases.has(key)) phrases.set(key, entry);
      if (ws.length > 1) starts.set(ws[0]!, Math.min(6, Math.max(starts.get(ws[0]!) ?? 0, ws.length)));
      if (ws.length === 1 && !entry.acronym) {
        const stem = key.replace(/[aeiouy]$/, '');
        if (stem.length < MIN_STEM) continue;
        if (stems.has(stem) && stems.get(stem)!.id !== a.id) clashes.add(stem);
        else stems.set(stem, entry);
      }
    }
  }
  for (const s of clashes) stems.delete(s);
  unspaced.sort((x, y) => y.name.length - x.name.length);
  return { phrases, stems, unspaced, starts };
}

function fits(entry: Entry, token: Token): boolean {
  if (entry.acronym) return token.text === token.text.toUpperCase();
  return !entry.cased || token.capital;
}

/**
 * Anchor ids named in `tokens` (of `text`) and in the unspaced runs of `text`, with counts.
 * `consumed`, when given (one slot per token), gets a 1 for each token that is part of the match
 * of a place or an organisation.
 */
export function scanAnchors(tokens: readonly Token[], text: string, consumed?: Uint8Array): Map<string, number> {
  const s = (scanner ??= build());
  const found = new Map<string, number>();
  const hit = (id: string) => found.set(id, (found.get(id) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    let matched = 0;
    for (let n = Math.min(s.starts.get(tokens[i]!.norm) ?? 1, tokens.length - i); n >= 1 && matched === 0; n--) {
      const key = n === 1 ? tokens[i]!.norm : tokens.slice(i, i + n).map((t) => t.norm).join(' ');
      const entry = s.phrases.get(key);
      if (entry && fits(entry, tokens[i]!)) {
        hit(entry.id);
        matched = n;
        if (entry.consumes) consumed?.fill(1, i, i + n);
      }
    }
    if (matched > 0) {
      i += matched - 1;
      continue;
    }
    const t = tokens[i]!;
    if (!t.capital || t.norm.length < MIN_STEM) continue;
    for (let cut = 1; cut <= MAX_ENDING && t.norm.length - cut >= MIN_STEM; cut++) {
      const entry = s.stems.get(t.norm.slice(0, t.norm.length - cut));
      if (entry) {
        hit(entry.id);
        if (consumed && entry.consumes) consumed[i] = 1;
        break;
      }
    }
  }
  if (UNSPACED.test(text)) {
    const taken = new Uint8Array(text.length);
    for (const { name, id } of s.unspaced) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        if (taken[at] === 1 || taken[at + name.length - 1] === 1) continue;
        taken.fill(1, at, at + name.length);
        hit(id);
      }
    }
  }
  return found;
}
