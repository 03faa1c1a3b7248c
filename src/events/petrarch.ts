/**
 * A reader for PETRARCH-format dictionaries (the TABARI/PETRARCH family: actors, agents, verbs,
 * discards), so users with their own dictionaries can code with them: `--dictionaries DIR`
 * (every dictionary in DIR) or `--dictionaries DIR/PREFIX` (only the files whose names start with
 * PREFIX, e.g. `dictionaries/PETR.Validate`).
 *
 * Formats, as the files themselves document them:
 * - actors: `NAME [CODE]`, `+SYNONYM` lines, dated codes on their own lines (`[HOBGOV 19950601 - 19990815]`,
 *   `[RHO <790606]`, `[HOBREB > 990816]`); `A/B` codes are compound actors; a trailing `_` stops stemming.
 * - agents: `!MACRO! = A, B` substitutions, `NAME {PLURALS} [~ROLE]` (`{}`: no plural), `[ROLE~]` prefixes.
 * - verbs: `&SYNSET` + `+MEMBER` lines; blocks `--- NAME [CODE] ---` with verb lines (`VERB {FORMS} [CODE]`,
 *   `+SYNONYM`, `+` inside a phrase marks the inflected word) and patterns `- PRE * POST [CODE]`.
 * - discards: one phrase a line, `+` for a story-level discard.
 *
 * Several files of a kind load in name order, and a later file overrides an earlier one where
 * both define the same actor, agent or verb form (so `PETR.Validate.verbs.txt` overrides
 * `CAMEO.2.0.txt` when a folder holds both); within one file, repeated verb forms pool their patterns.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { WiretraceError } from '../errors.js';
import { PhraseIndex } from './phrase-index.js';
import { phraseWords } from './tokens.js';
import { parsePattern } from './patterns.js';
import { addVerbForms, pluralOf } from './default-lexicon.js';
import type { ActorEntry, AgentEntry, DatedCode, DiscardEntry, EventLexicon, NounEntry, VerbEntry, VerbForm } from './lexicon.js';

export interface DictionaryFiles {
  actors: string[];
  agents: string[];
  verbs: string[];
  discards: string[];
}

/** The dictionary files named by `path` (a folder, or a folder plus a file-name prefix). Throws `not-found`. */
export function findDictionaryFiles(path: string): DictionaryFiles {
  let dir = path;
  let prefix = '';
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    dir = dirname(path);
    prefix = basename(path);
  }
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(prefix) && /\.txt$/i.test(n)).sort();
  } catch {
    throw new WiretraceError('not-found', `no dictionary folder at ${dir}`, { where: path });
  }
  const pick = (re: RegExp): string[] => names.filter((n) => re.test(n)).map((n) => join(dir, n));
  const files: DictionaryFiles = {
    actors: pick(/actors?\.txt$/i),
    agents: pick(/agents?\.txt$/i),
    verbs: pick(/(?:verbs?\.txt$|^CAMEO.*\.txt$)/i),
    discards: pick(/discards?\.txt$/i),
  };
  if (files.actors.length + files.verbs.length === 0) {
    throw new WiretraceError('not-found', `no PETRARCH actor or verb dictionaries (*.actors.txt, *.verbs.txt) in ${path}`, { where: path });
  }
  return files;
}

/** Loads a PETRARCH dictionary set into an event lexicon (named after the folder or prefix). */
export function readPetrarchDictionaries(path: string, irregular: ReadonlyMap<string, readonly string[]>): EventLexicon {
  const files = findDictionaryFiles(path);
  const actors = new PhraseIndex<ActorEntry>();
  files.actors.forEach((f, n) => readActors(readFileSync(f, 'latin1'), actors, n > 0));
  const agents = new PhraseIndex<AgentEntry>('plural');
  files.agents.forEach((f, n) => readAgents(readFileSync(f, 'latin1'), agents, n > 0));
  const verbs = new PhraseIndex<VerbForm>();
  const synsets = new Map<string, string[][]>();
  for (const f of files.verbs) {
    // A fresh form table per file: a later file's form replaces an earlier file's.
    const byForm = new Map<string, VerbForm>();
    readVerbs(readFileSync(f, 'latin1'), verbs, synsets, byForm, irregular, basename(f));
  }
  const discards = new PhraseIndex<DiscardEntry>();
  for (const f of files.discards) readDiscards(readFileSync(f, 'latin1'), discards);
  const name = basename(path).replace(/\.$/, '') || 'dictionaries';
  return { name, actors, agents, verbs, nouns: new PhraseIndex<NounEntry>(), synsets, discards };
}

/** Lines without comments (`# …`, `<!-- … -->` blocks), right-trimmed, blank lines kept as ''. */
function cleanLines(text: string): string[] {
  const out: string[] = [];
  let inComment = false;
  for (const raw of text.split(/\r?\n/)) {
    let line = raw;
    if (inComment) {
      if (line.includes('-->')) inComment = false;
      out.push('');
      continue;
    }
    if (/^\s*<!/.test(line)) {
      if (!line.includes('>') || (line.includes('<!--') && !line.includes('-->'))) inComment = true;
      out.push('');
      continue;
    }
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    out.push(line.replace(/\s+$/, ''));
  }
  return out;
}

const dateOf = (s: string): string | undefined => {
  const d = s.trim();
  if (/^\d{8}$/.test(d)) return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
  if (/^\d{6}$/.test(d)) {
    const yy = Number(d.slice(0, 2));
    return `${yy <= 30 ? 2000 + yy : 1900 + yy}-${d.slice(2, 4)}-${d.slice(4, 6)}`;
  }
  return undefined;
};

/** `HOBGOV 19950601 - 19990815`, `RHO <790606`, `HOBREB > 990816`, `USA` → a dated code, or null. */
export function parseActorCode(inner: string): DatedCode | null {
  const m = /^\s*([^\s<>]+)\s*(.*)$/.exec(inner);
  if (!m) return null;
  const code = m[1]!.toUpperCase();
  const rest = m[2]!.trim();
  if (rest === '') return { code };
  let r = /^<\s*(\d{6,8})$/.exec(rest);
  if (r) {
    const to = dateOf(r[1]!);
    return to ? { code, to } : { code };
  }
  r = /^>\s*(\d{6,8})$/.exec(rest);
  if (r) {
    const from = dateOf(r[1]!);
    return from ? { code, from } : { code };
  }
  r = /^(\d{6,8})\s*-\s*(\d{6,8})$/.exec(rest);
  if (r) {
    const from = dateOf(r[1]!);
    const to = dateOf(r[2]!);
    return { code, ...(from ? { from } : {}), ...(to ? { to } : {}) };
  }
  return { code };
}

function nameEntry(name: string): { words: string[]; stem: boolean } {
  const trimmed = name.trim();
  return { words: phraseWords(trimmed), stem: !trimmed.endsWith('_') };
}

function readActors(text: string, index: PhraseIndex<ActorEntry>, replace: boolean): void {
  let names: string[] = [];
  let codes: DatedCode[] = [];
  const flush = (): void => {
    if (names.length > 0 && codes.length > 0) {
      for (const n of names) {
        const { words, stem } = nameEntry(n);
        if (words.length > 0) index.add({ words, stem, codes, kind: 'actor' }, { replace });
      }
    }
    names = [];
    codes = [];
  };
  for (const line of cleanLines(text)) {
    if (line.trim() === '') continue;
    const trimmed = line.trim();
    const codeMatches = [...trimmed.matchAll(/\[([^\]]*)\]/g)];
    const head = trimmed.replace(/\[[^\]]*\]/g, '').trim();
    if (trimmed.startsWith('[')) {
      for (const m of codeMatches) {
        const c = parseActorCode(m[1]!);
        if (c) codes.push(c);
      }
      continue;
    }
    if (trimmed.startsWith('+')) {
      if (head.length > 1) names.push(head.slice(1));
      for (const m of codeMatches) {
        const c = parseActorCode(m[1]!);
        if (c) codes.push(c);
      }
      continue;
    }
    flush();
    if (head !== '') names.push(head);
    for (const m of codeMatches) {
      const c = parseActorCode(m[1]!);
      if (c) codes.push(c);
    }
  }
  flush();
}

function readAgents(text: string, index: PhraseIndex<AgentEntry>, replace: boolean): void {
  const macros = new Map<string, string[]>();
  for (const line of cleanLines(text)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const macro = /^(![A-Z]+!)\s*=\s*(.+)$/i.exec(trimmed);
    if (macro) {
      macros.set(macro[1]!.toUpperCase(), macro[2]!.split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }
    const code = /\[\s*([^\]]*?)\s*\]/.exec(trimmed);
    if (!code) continue;
    const raw = code[1]!.replace(/\s+/g, '');
    const prefix = raw.endsWith('~') && !raw.startsWith('~');
    const role = raw.replace(/~/g, '').toUpperCase();
    if (role === '') continue;
    const plurals = /\{([^}]*)\}/.exec(trimmed);
    const name = trimmed.slice(0, trimmed.search(/[[{]/)).trim();
    for (const expanded of expandMacros(name, macros)) {
      const { words, stem } = nameEntry(expanded);
      if (words.length === 0) continue;
      index.add({ words, stem, code: role, prefix }, { replace });
      if (plurals === null) {
        const last = words[words.length - 1]!;
        index.add({ words: [...words.slice(0, -1), pluralOf(last)], stem, code: role, prefix }, { replace });
      } else {
        for (const p of plurals[1]!.split(/\s+/).filter(Boolean)) index.add({ ...nameEntry(p), code: role, prefix }, { replace });
      }
    }
  }
}

function expandMacros(name: string, macros: ReadonlyMap<string, string[]>): string[] {
  const m = /![A-Z]+!/i.exec(name);
  if (!m) return [name];
  const alts = macros.get(m[0].toUpperCase()) ?? [];
  return alts.flatMap((alt) => expandMacros(name.replace(m[0], alt), macros));
}

function readVerbs(
  text: string,
  index: PhraseIndex<VerbForm>,
  synsets: Map<string, string[][]>,
  byForm: Map<string, VerbForm>,
  irregular: ReadonlyMap<string, readonly string[]>,
  file: string,
): void {
  let synset: string | null = null;
  let block: VerbEntry | null = null;
  let patternNo = 0;
  for (const line of cleanLines(text)) {
    const trimmed = line.trim();
    if (/^#+\s*TRANSFORMATIONS/i.test(line) || /^#{4,}\s*TRANSFORMATIONS/.test(trimmed)) break;
    if (trimmed === '') {
      synset = null;
      continue;
    }
    if (trimmed.startsWith('&')) {
      synset = trimmed.slice(1).split(/\s+/)[0]!.replace(/_$/, '').toUpperCase();
      if (!synsets.has(synset)) synsets.set(synset, []);
      block = null;
      continue;
    }
    const header = /^---\s*(.*?)\s*((?:\[[^\]]*\]\s*)*)---\s*$/.exec(trimmed);
    if (header) {
      synset = null;
      const codes = [...header[2]!.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!.trim());
      const code = codes[0] ?? '---';
      block = { id: header[1]!.replace(/\s+/g, '_').replace(/_+$/, '').toUpperCase() || file, code: validCode(code) ? code : null, patterns: [] };
      patternNo = 0;
      continue;
    }
    if (synset !== null && trimmed.startsWith('+')) {
      const member = trimmed.slice(1).trim().replace(/_+$/, '');
      synsets.get(synset)!.push(member.startsWith('&') ? [member] : phraseWords(member));
      continue;
    }
    if (block === null) continue;
    if (trimmed.startsWith('-')) {
      const m = /^-\s*(.*?)\s*\[([^\]]*)\]\s*$/.exec(trimmed);
      if (!m) continue;
      const code = m[2]!.trim();
      if (!validCode(code) && code !== '---') continue;
      const body = m[1]!.replace(/[(){}]/g, ' ');
      const pattern = parsePattern(body, code, `${file}:${block.id}/${++patternNo}`);
      if (pattern) block.patterns.push(pattern);
      continue;
    }
    // A verb line: `VERB {FORMS} [CODE]` or `+SYNONYM {FORMS}`.
    const body = trimmed.replace(/^\+(?=\S)/, '');
    const forms = /\{([^}]*)\}/.exec(body);
    const ownCode = /\[([^\]]*)\]/.exec(body);
    const phrase = body.replace(/\{[^}]*\}/g, '').replace(/\[[^\]]*\]/g, '').trim().replace(/_+$/, '');
    if (phrase === '') continue;
    const explicit: { code?: string | null; forms?: string[] } = {};
    if (ownCode) explicit.code = validCode(ownCode[1]!.trim()) ? ownCode[1]!.trim() : null;
    if (forms) explicit.forms = forms[1]!.split(/\s+/).filter(Boolean).map((f) => f.replace(/^\+/, '').replace(/_+$/, ''));
    addVerbForms(phrase.toLowerCase(), block, irregular, index, byForm, explicit);
  }
}

/** A CAMEO code the coder can emit: digits (`036`, `1711`), or a `X:Y` pair of them. */
function validCode(code: string): boolean {
  return /^\d{2,4}(?::\d{2,4})?$/.test(code);
}

function readDiscards(text: string, out: PhraseIndex<DiscardEntry>): void {
  for (const line of cleanLines(text)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const story = trimmed.startsWith('+');
    const words = phraseWords(trimmed.replace(/^\+/, '').replace(/_+$/, ''));
    if (words.length > 0) out.add({ words, stem: false, story });
  }
}
