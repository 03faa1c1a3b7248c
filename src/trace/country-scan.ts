/**
 * Finds countries in text of any language and script from the project's country lexicon
 * (names, demonyms, capitals and seats in 22 languages), giving ISO alpha-3 ids: "Nordkorea",
 * "КНДР", "朝鲜" and "North Korean" all give `PRK`. This is a recall-first scan for story
 * matching, not entity extraction: inflected forms match by a five-letter prefix of a one-word
 * name, and unspaced scripts (Chinese, Japanese) by substring.
 */
import { countries } from '../lexicon/countries.js';
import { words } from './tokens.js';

interface CountryScanner {
  /** Folded token sequence (joined by spaces) → iso3. */
  phrases: Map<string, string>;
  /** Five-letter prefix of a one-word name of six letters or more → iso3 (inflection). */
  prefixes: Map<string, string>;
  /** Names in unspaced scripts, longest first. */
  unspaced: { name: string; iso3: string }[];
  /** First word of a phrase of several words → its most words: most tokens start none. */
  starts: Map<string, number>;
}

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
let scanner: CountryScanner | undefined;

function build(): CountryScanner {
  const phrases = new Map<string, string>();
  const prefixes = new Map<string, string>();
  const clashes = new Set<string>();
  const unspaced: { name: string; iso3: string }[] = [];
  const starts = new Map<string, number>();
  for (const c of countries()) {
    const forms = [...Object.values(c.names).flat(), ...Object.values(c.demonyms).flat(), ...c.capitals];
    for (const form of forms) {
      if (UNSPACED.test(form)) {
        if (form.length >= 2) unspaced.push({ name: form, iso3: c.iso3 });
        continue;
      }
      const ws = words(form);
      if (ws.length === 0) continue;
      const key = ws.join(' ');
      if (key.length < 3) continue; // "US", "UK" as words are too ambiguous once folded to lower case
      if (!phrases.has(key)) phrases.set(key, c.iso3);
      if (ws.length > 1) starts.set(ws[0]!, Math.min(6, Math.max(starts.get(ws[0]!) ?? 0, ws.length)));
      if (ws.length === 1 && key.length >= 6) {
        const p = key.slice(0, 5);
        if (prefixes.has(p) && prefixes.get(p) !== c.iso3) clashes.add(p);
        else prefixes.set(p, c.iso3);
      }
    }
  }
  // A prefix shared by two countries (austr-alia / austr-ia) identifies neither.
  for (const p of clashes) prefixes.delete(p);
  unspaced.sort((a, b) => b.name.length - a.name.length);
  return { phrases, prefixes, unspaced, starts };
}

/**
 * ISO alpha-3 ids of the countries named in `tokens` (folded words) and `text`, with counts.
 * `consumed`, when given (one slot per token), gets a 1 for each token that is part of a match;
 * tokens it already marks (taken by an earlier scan) are passed over.
 */
export function scanCountries(tokens: readonly string[], text: string, consumed?: Uint8Array): Map<string, number> {
  const s = (scanner ??= build());
  const found = new Map<string, number>();
  const hit = (iso3: string) => found.set(iso3, (found.get(iso3) ?? 0) + 1);
  for (let i = 0; i < tokens.length; i++) {
    if (consumed?.[i] === 1) continue;
    let matched = 0;
    for (let n = Math.min(s.starts.get(tokens[i]!) ?? 1, tokens.length - i); n >= 1; n--) {
      const iso3 = s.phrases.get(n === 1 ? tokens[i]! : tokens.slice(i, i + n).join(' '));
      if (iso3) {
        hit(iso3);
        matched = n;
        consumed?.fill(1, i, i + n);
        break;
      }
    }
    if (matched > 0) {
      i += matched - 1;
      continue;
    }
    const t = tokens[i]!;
    if (t.length >= 6 && !/\d/.test(t)) {
      const iso3 = s.prefixes.get(t.slice(0, 5));
      if (iso3) {
        hit(iso3);
        if (consumed) consumed[i] = 1;
      }
    }
  }
  if (UNSPACED.test(text)) {
    for (const { name, iso3 } of s.unspaced) {
      let at = text.indexOf(name);
      while (at >= 0) {
        hit(iso3);
        at = text.indexOf(name, at + name.length);
      }
    }
  }
  return found;
}
