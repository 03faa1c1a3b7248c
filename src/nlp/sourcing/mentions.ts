/**
 * Sourcing mentions in a sentence: "reported by X", "X reported", "citing X", "in connection with
 * the state media of Z" (a machine translation of "со ссылкой на"), "according to X", "told X",
 * "with files from X", "X contributed to this report".
 */
import { sourcingLexicon, type SourcingRelation } from '../../lexicon/sourcing.js';
import type { Span } from '../../types.js';
import { identifySource, type SourceIdentity } from './kinds.js';

export interface SourcingMention extends Span, SourceIdentity {
  relation: SourcingRelation;
  rule: string;
}

/** Words that end a source's name going forwards: what follows is no longer the name. */
const NAME_STOP = new Set(
  ('on in at for with from to by that which who whom as after before during about when while and but or ' +
    'said says reported reports told noted added wrote according citing this these last on monday tuesday ' +
    'wednesday thursday friday saturday sunday yesterday today').split(' '),
);
const MAX_NAME_WORDS = 7;

/** The sourcing mentions of `[start, end)` in document order. */
export function findMentions(text: string, start: number, end: number): SourcingMention[] {
  const sentence = text.slice(start, end);
  const lower = sentence.toLowerCase();
  const out: SourcingMention[] = [];
  const lexicon = sourcingLexicon();
  const taken: Span[] = [];
  for (const { phrase, relation } of lexicon.before) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      if (!isWordEdge(lower, at, phrase.length) || taken.some((t) => t.start <= at && at < t.end)) continue;
      const name = nameAfter(sentence, at + phrase.length);
      if (name === null) continue;
      const id = identifySource(sentence.slice(name.start, name.end));
      // "told reporters", "according to him": not a source of the report.
      if (id.kind === 'unknown' || (relation === 'told' && id.kind !== 'outlet' && id.kind !== 'news-agency')) continue;
      taken.push({ start: at, end: at + phrase.length });
      out.push({ ...id, relation, start: start + name.start, end: start + name.end, rule: `sourcing/before/${phrase.replace(/\s+/g, '-')}` });
    }
  }
  for (const { phrase, relation } of lexicon.after) {
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1)) {
      if (!isWordEdge(lower, at, phrase.length) || taken.some((t) => t.start <= at && at < t.end)) continue;
      const name = nameBefore(sentence, at);
      if (name === null) continue;
      const id = identifySource(sentence.slice(name.start, name.end));
      if (id.kind === 'unknown' || id.kind === 'official' || id.kind === 'document') continue;
      taken.push({ start: at, end: at + phrase.length });
      out.push({ ...id, relation, start: start + name.start, end: start + name.end, rule: `sourcing/after/${phrase.replace(/\s+/g, '-')}` });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function isWordEdge(s: string, at: number, length: number): boolean {
  const before = s[at - 1];
  const after = s[at + length];
  return (before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after));
}

/** The name that starts after offset `from`: up to punctuation or a stop word, at most 7 words. */
function nameAfter(s: string, from: number): Span | null {
  const re = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*|[^\s\p{L}\p{N}]/gu;
  re.lastIndex = from;
  let first = -1;
  let last = -1;
  let words = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    const w = m[0];
    if (!/[\p{L}\p{N}]/u.test(w[0]!)) break;
    if (NAME_STOP.has(w.toLowerCase()) && first !== -1) break;
    if (words === MAX_NAME_WORDS) break;
    if (first === -1) first = m.index;
    last = m.index + w.replace(/[.’']+$/, '').length;
    words++;
  }
  return first === -1 ? null : { start: first, end: last };
}

/** The capitalised name that ends before offset `to` ("The New York Times", "the Reuters news agency"). */
function nameBefore(s: string, to: number): Span | null {
  const head = s.slice(0, to).replace(/\s+$/, '');
  const words = [...head.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu)];
  let i = words.length - 1;
  let start = -1;
  const end = head.length;
  if (i < 0 || words[i]!.index! + words[i]![0].length !== end) return null;
  for (let n = 0; i >= 0 && n < MAX_NAME_WORDS; i--, n++) {
    const w = words[i]![0];
    const lowerWord = w.toLowerCase();
    const capital = /^[\p{Lu}\d]/u.test(w);
    if (!capital && !['news', 'agency', 'the', 'of', 'state', 'media'].includes(lowerWord)) break;
    // Stop at a gap holding punctuation: the name does not run across a comma.
    const next = words[i + 1];
    if (next !== undefined && /[^\s]/.test(head.slice(words[i]!.index! + w.length, next.index!))) break;
    start = words[i]!.index!;
    if (lowerWord === 'the') break;
  }
  if (start === -1) return null;
  return { start, end };
}
