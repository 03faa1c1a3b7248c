/**
 * The cue-verb lexicon (`data/lexicon/cue-verbs.json`): which words attribute speech, and in which
 * frames. Loaded once, read-only; the quote stage asks `cueAt` whether a word starts a cue.
 */
import { readFileSync } from 'node:fs';

/** How a cue verb relates a speaker to what was said (see `about` in the data file). */
export type CueFrame = 'direct' | 'clause' | 'object' | 'that-only' | 'participle';

export interface CueEntry {
  lemma: string;
  /** The form as listed, lower case; may be two words (`pointed out`). */
  form: string;
  /** Number of words in the form. */
  words: number;
  frames: ReadonlySet<CueFrame>;
}

export interface CueLexicon {
  /** First word of a form (lower case) → the entries that start with it, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly CueEntry[]>;
  /** `according to`-style phrases, lower case, longest first. */
  readonly according: readonly string[];
  /** The same phrases as word lists, by first word, longest first. */
  readonly accordingByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Words that may stand between a speaker and a cue (`has`, `also`, `later`). */
  readonly auxiliaries: ReadonlySet<string>;
}

interface RawLanguage {
  verbs: Record<string, { forms: string[]; frames: CueFrame[] }>;
  according: string[];
  auxiliaries: string[];
}

const FILE = new URL('../../data/lexicon/cue-verbs.json', import.meta.url);

function compile(languages: RawLanguage[]): CueLexicon {
  const byFirstWord = new Map<string, CueEntry[]>();
  const according: string[] = [];
  const auxiliaries = new Set<string>();
  for (const language of languages) {
    for (const [lemma, verb] of Object.entries(language.verbs)) {
      const frames = new Set(verb.frames);
      for (const form of verb.forms) {
        const words = form.toLowerCase().split(' ');
        const entry: CueEntry = { lemma, form: words.join(' '), words: words.length, frames };
        const list = byFirstWord.get(words[0]!) ?? [];
        list.push(entry);
        list.sort((a, b) => b.words - a.words);
        byFirstWord.set(words[0]!, list);
      }
    }
    according.push(...language.according.map((p) => p.toLowerCase()));
    for (const word of language.auxiliaries) auxiliaries.add(word.toLowerCase());
  }
  according.sort((a, b) => b.length - a.length);
  const accordingByFirstWord = new Map<string, string[][]>();
  for (const phrase of according) {
    const words = phrase.split(' ');
    const list = accordingByFirstWord.get(words[0]!) ?? [];
    list.push(words);
    accordingByFirstWord.set(words[0]!, list);
  }
  return { byFirstWord, according, accordingByFirstWord, auxiliaries };
}

function load(): CueLexicon {
  const raw = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
  const languages = Object.entries(raw)
    .filter(([key, value]) => key !== 'about' && key !== 'version' && typeof value === 'object')
    .map(([, value]) => value as RawLanguage);
  return compile(languages);
}

/** The lexicon of every language in the data file, merged: cue words rarely collide across scripts. */
export const cueLexicon: CueLexicon = load();
