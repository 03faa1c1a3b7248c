/**
 * The `events` stage: codes every body sentence of the record into `record.events`.
 *
 * Reads: body spans (text/segment) — never boilerplate, so an author bio or a promo yields no
 * event; sentence spans when the sentence stage filled `record.sentences`, else a simple split of
 * each body span; entities with a country (and a CAMEO role) when the entities stage ran; dates
 * inside the sentence for the event date, else the published date.
 */
import type { Analysis, EventFact, Span } from '../types.js';
import type { Stage } from '../pipeline.js';
import { codeSentence, type CodedEvent } from './coder.js';
import { defaultLexicon } from './default-lexicon.js';
import { codebook } from './codebook.js';
import type { EventLexicon } from './lexicon.js';
import type { Grammar } from './grammar.js';

export interface EventsOptions {
  /** Put the PLOVER type in `code` instead of the CAMEO code (and allow events with no target). */
  ontology?: 'cameo' | 'plover';
  /** A lexicon read from PETRARCH dictionaries; ours by default. */
  lexicon?: EventLexicon;
  grammar?: Grammar;
}

/** Roles the entities stage may give that are CAMEO role codes. */
const CAMEO_ROLES = /^(?:GOV|MIL|REB|OPP|PTY|COP|JUD|SPY|MED|EDU|BUS|CRM|CVL|LEG|LAB|REF|HLH|REL|NGO|IGO|ELI|AGR|UAF|IMG|MNC|HRI)$/;

/** A factory, hono-style: options in, stage out. */
export function eventsStage(options: EventsOptions = {}): Stage {
  return {
    id: 'events',
    run(record) {
      const { events, discard } = codeRecord(record, options);
      if (discard === null) return { ...record, events };
      const diagnostic = { reason: `the ${discard} matches a discard phrase of the event dictionaries: no events`, severity: 'info' as const, start: discard === 'story' ? 0 : discardSpan(record), rule: `events/discard/${discard}` };
      return { ...record, events, diagnostics: [...record.diagnostics, diagnostic] };
    },
  };
}

/** The default stage (our lexicon, CAMEO codes). */
export const eventStage: Stage = eventsStage();

function discardSpan(record: Analysis): number {
  return record.body[0]?.start ?? 0;
}

/**
 * Events of every body sentence of `record`, in text order; `discard` says when a discard phrase
 * of the dictionaries rejected the story (no events) or at least one sentence.
 */
export function codeRecord(record: Analysis, options: EventsOptions = {}): { events: EventFact[]; discard: 'story' | 'sentence' | null } {
  const base = defaultLexicon();
  const lexicon = options.lexicon ?? base.lexicon;
  const grammar = options.grammar ?? base.grammar;
  const plover = options.ontology === 'plover';
  const book = codebook();
  const storyDate = record.published?.value;
  const out: EventFact[] = [];
  let discard: 'sentence' | null = null;
  for (const sentence of bodySentences(record)) {
    const text = record.text.slice(sentence.start, sentence.end);
    const entities = entityMentions(record, sentence);
    const coding = codeSentence(text, lexicon, grammar, { ...(storyDate ? { date: storyDate } : {}), allowNoTarget: plover, allowUnknownSource: plover, entities }, sentence.start);
    if (coding.discard === 'story') return { events: [], discard: 'story' };
    if (coding.discard === 'sentence') discard = 'sentence';
    const date = eventDate(record, sentence) ?? storyDate;
    for (const e of coding.events) out.push(toFact(e, sentence, book, plover, date));
  }
  return { events: out, discard };
}

function toFact(e: CodedEvent, sentence: Span, book: ReturnType<typeof codebook>, plover: boolean, date: string | undefined): EventFact {
  const info = book.info(e.code);
  const fact: EventFact = {
    source: e.source.code,
    target: e.target?.code ?? (plover ? '' : '---'),
    code: plover ? info.plover : e.code,
    plover: info.plover,
    goldstein: info.goldstein,
    quadClass: info.quadClass,
    start: sentence.start,
    end: sentence.end,
    rule: e.rule,
  };
  if (date !== undefined) fact.date = date;
  if (e.source.entityId !== undefined) fact.sourceEntity = e.source.entityId;
  if (e.target?.entityId !== undefined) fact.targetEntity = e.target.entityId;
  return fact;
}

/** Sentence spans inside the body: the sentence stage's when present, else a split of each body span. */
export function bodySentences(record: Analysis): Span[] {
  const body = record.body.length > 0 ? record.body : [{ start: 0, end: record.text.length }];
  const inBody = (s: Span): boolean => body.some((b) => s.start >= b.start && s.end <= b.end);
  if (record.sentences && record.sentences.length > 0) return record.sentences.filter(inBody);
  const out: Span[] = [];
  for (const b of body) {
    const text = record.text.slice(b.start, b.end);
    // Fallback split: end punctuation (with closing quotes) followed by space and a capital or quote.
    const re = /[.!?]["'”’)]*\s+(?=["“'‘(]?[A-Z0-9])|\n+/g;
    let from = 0;
    for (const m of text.matchAll(re)) {
      const end = m.index + m[0].trimEnd().length;
      if (end > from) out.push(trim(record.text, b.start + from, b.start + end));
      from = m.index + m[0].length;
    }
    if (from < text.length) out.push(trim(record.text, b.start + from, b.end));
  }
  return out.filter((s) => s.end > s.start);
}

function trim(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Entity mentions inside `sentence` that carry a country, as actor pieces (offsets relative to the record). */
function entityMentions(record: Analysis, sentence: Span): { start: number; end: number; code: string; country: boolean; entityId: string }[] {
  const out: { start: number; end: number; code: string; country: boolean; entityId: string }[] = [];
  for (const entity of record.entities) {
    const country = entity.type === 'country' ? entity.id : entity.country;
    if (!country || !/^[A-Z]{3}$/.test(country)) continue;
    // A platform ("on Twitter") is where something was said, not a party to an event.
    if (entity.kind === 'platform') continue;
    // A country is coded as the country: its role, if any, comes from the words around it.
    const role = entity.type !== 'country' && entity.role && CAMEO_ROLES.test(entity.role) ? entity.role : '';
    // A person or organisation without a CAMEO role is left to the lexicon, which may know it.
    if (entity.type !== 'country' && role === '') continue;
    for (const m of entity.mentions) {
      // Names only: a description or pronoun resolved by coreference ("the country") is too
      // uncertain to make an actor of.
      if (!/^\p{Lu}/u.test(m.text)) continue;
      if (m.start >= sentence.start && m.end <= sentence.end) out.push({ start: m.start, end: m.end, code: country + role, country: entity.type === 'country', entityId: entity.id });
    }
  }
  return out;
}

/**
 * The date of the action: a day-precision date written in the sentence, else the nearest one in
 * the same body block (news often dates a report in the next sentence: "This was reported on
 * Monday, August 15"), else undefined (the caller falls back to the published date).
 */
function eventDate(record: Analysis, sentence: Span): string | undefined {
  const days = record.dates.filter((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.value));
  const inside = days.find((f) => f.start >= sentence.start && f.end <= sentence.end);
  if (inside) return inside.value;
  const block = record.body.find((b) => sentence.start >= b.start && sentence.end <= b.end);
  if (!block) return undefined;
  let best: { value: string; distance: number } | null = null;
  for (const f of days) {
    if (f.start < block.start || f.end > block.end) continue;
    const distance = f.start >= sentence.end ? f.start - sentence.end : sentence.start - f.end;
    if (best === null || distance < best.distance) best = { value: f.value, distance };
  }
  return best?.value;
}
