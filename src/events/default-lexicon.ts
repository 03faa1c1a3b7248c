/**
 * Loads the project's own event lexicon from `data/events/` (actors.json, verbs.json,
 * grammar.json) into an `EventLexicon`. Loaded once per process and then read-only.
 */
import { readFileSync } from 'node:fs';
import { PhraseIndex } from './phrase-index.js';
import { phraseWords } from './tokens.js';
import { inflect } from './inflect.js';
import { parsePattern } from './patterns.js';
import { buildGrammar, loadGrammarFile, type Grammar } from './grammar.js';
import { dataPath } from './data-path.js';
import type { ActorEntry, AgentEntry, DiscardEntry, EventLexicon, NounEntry, VerbEntry, VerbForm } from './lexicon.js';

interface ActorsFile {
  countries: Record<string, string>;
  actors: Record<string, string>;
  people: [string, string, string, string][];
  agents: Record<string, string>;
}

interface VerbsFile {
  synsets: Record<string, string>;
  verbs: [string, string, string[]][];
  nouns: Record<string, string>;
  irregular: Record<string, string>;
}

const split = (list: string): string[] => list.split('|').map((s) => s.trim()).filter(Boolean);

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath(name), 'utf8')) as T;
}

/** The irregular past forms of `data/events/verbs.json`, for any verb dictionary. */
export function loadIrregular(): Map<string, string[]> {
  const file = readJson<VerbsFile>('verbs.json');
  return new Map(Object.entries(file.irregular).map(([k, v]) => [k, split(v)]));
}

let cached: { lexicon: EventLexicon; grammar: Grammar } | null = null;

/** Our lexicon and grammar (loaded on first use, then shared: both are immutable). */
export function defaultLexicon(): { lexicon: EventLexicon; grammar: Grammar } {
  if (cached) return cached;
  const irregular = loadIrregular();
  const grammar = buildGrammar(loadGrammarFile(), irregular);
  cached = { lexicon: buildDefaultLexicon(readJson<ActorsFile>('actors.json'), readJson<VerbsFile>('verbs.json'), irregular), grammar };
  return cached;
}

/** The actor and agent indexes of our lexicon alone (also used to complete a PETRARCH folder without agents). */
export function buildDefaultLexicon(actorsFile: ActorsFile, verbsFile: VerbsFile, irregular: ReadonlyMap<string, readonly string[]>): EventLexicon {
  const actors = new PhraseIndex<ActorEntry>();
  const addActor = (name: string, entry: Omit<ActorEntry, 'words' | 'stem'>): void => {
    if (name.startsWith('=')) {
      const exact = name.slice(1);
      actors.add({ ...entry, words: phraseWords(exact), stem: false, exact });
    } else actors.add({ ...entry, words: phraseWords(name), stem: false });
  };
  for (const [code, names] of Object.entries(actorsFile.countries)) for (const n of split(names)) addActor(n, { codes: [{ code }], kind: 'country' });
  for (const [code, names] of Object.entries(actorsFile.actors)) for (const n of split(names)) addActor(n, { codes: [{ code }], kind: 'actor' });
  // One entry per person name, holding all its dated codes, so the story date picks one.
  const people = new Map<string, ActorEntry>();
  for (const [code, names, from, to] of actorsFile.people) {
    for (const n of split(names)) {
      let entry = people.get(n);
      if (!entry) {
        entry = { words: phraseWords(n), stem: false, codes: [], kind: 'actor' };
        people.set(n, entry);
        actors.add(entry);
      }
      entry.codes.push({ code, ...(from ? { from } : {}), ...(to ? { to } : {}) });
    }
  }
  const agents = new PhraseIndex<AgentEntry>();
  for (const [code, names] of Object.entries(actorsFile.agents)) {
    for (const n of split(names)) {
      const words = phraseWords(n);
      agents.add({ words, stem: false, code, prefix: false });
      const plural = pluralOf(words[words.length - 1]!);
      if (plural !== words[words.length - 1]) agents.add({ words: [...words.slice(0, -1), plural], stem: false, code, prefix: false });
    }
  }

  const verbs = new PhraseIndex<VerbForm>();
  const byForm = new Map<string, VerbForm>();
  verbsFile.verbs.forEach(([code, names, patterns], n) => {
    const first = split(names)[0]!;
    const entry: VerbEntry = {
      id: first.toUpperCase().replace(/\s+/g, '_'),
      code: code === '---' ? null : code,
      patterns: patterns.flatMap((p, k) => {
        const [body, c] = p.split('=>').map((s) => s.trim());
        const parsed = parsePattern(body ?? '', c ?? '', `p${n}.${k}`);
        return parsed ? [parsed] : [];
      }),
    };
    for (const name of split(names)) addVerbForms(name, entry, irregular, verbs, byForm);
  });
  const nouns = new PhraseIndex<NounEntry>();
  for (const [name, code] of Object.entries(verbsFile.nouns)) nouns.add({ words: phraseWords(name), stem: false, code });
  const synsets = new Map<string, string[][]>();
  for (const [name, list] of Object.entries(verbsFile.synsets)) synsets.set(name, split(list).map(phraseWords));
  return { name: 'wiretrace', actors, agents, verbs, nouns, synsets, discards: new PhraseIndex<DiscardEntry>() };
}

/**
 * Adds every inflected form of `phrase` (first word inflected, or the word marked `+`). A form
 * already listed by an earlier block keeps that block's code and gains this block's patterns, so
 * "welcome" can be both a verb of praise and the head of "welcomed the deal".
 */
export function addVerbForms(
  phrase: string,
  entry: VerbEntry,
  irregular: ReadonlyMap<string, readonly string[]>,
  index: PhraseIndex<VerbForm>,
  byForm: Map<string, VerbForm>,
  explicit?: { code?: string | null; forms?: string[] },
): void {
  const rawWords = phrase.replace(/_/g, ' ').split(/\s+/).filter(Boolean);
  let head = rawWords.findIndex((w) => w.startsWith('+'));
  if (head < 0) head = 0;
  const words = rawWords.map((w) => phraseWords(w.replace(/^\+/, '')).join(' '));
  const forms = inflect(words[head]!, irregular).map((f) => ({ ...f, words: words.map((w, i) => (i === head ? f.word : w)) }));
  for (const extra of explicit?.forms ?? []) {
    const ws = phraseWords(extra.replace(/\+/g, ''));
    forms.push({ word: ws.join(' '), participle: /(?:ed|en)$/.test(ws[head] ?? ''), gerund: /ing$/.test(ws[head] ?? ''), words: ws });
  }
  for (const f of forms) {
    const key = f.words.join(' ');
    const seen = byForm.get(key);
    if (seen) {
      if (seen.verb !== entry) seen.verb = { ...seen.verb, code: seen.verb.code ?? entry.code, patterns: [...seen.verb.patterns, ...entry.patterns] };
      continue;
    }
    const form: VerbForm = { words: f.words.flatMap((w) => w.split(' ')), stem: false, verb: entry, participle: f.participle, gerund: f.gerund };
    if (f.word === words[head]) form.base = true;
    if (explicit?.code !== undefined) form.code = explicit.code;
    byForm.set(key, form);
    // A form first seen in this table replaces one an earlier table (dictionary file) defined.
    index.add(form, { replace: true });
  }
}

/** A regular English plural: "rebel" → "rebels", "authority" → "authorities". */
export function pluralOf(word: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(word)) return word.endsWith('s') ? word : word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (word.endsWith('man')) return word.slice(0, -3) + 'men';
  return word + 's';
}
