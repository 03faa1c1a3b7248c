/**
 * The `nlp/entities` stage: named mentions in the body sentences, coreference, and the entities
 * they form, each with a canonical id (ISO alpha-3 for countries, a lexicon id or a slug for
 * the rest), a country and a CAMEO role where the text says them.
 *
 * Boilerplate never yields facts, with two exceptions that name who wrote or relayed the text:
 * the byline's author and outlet, and the outlets named in source credits and promos
 * ("Source: korrespondent", "News from Correspondent.net on Telegram").
 */
import type { Analysis, Entity, Mention, Span } from '../../types.js';
import type { Stage } from '../../pipeline.js';
import { splitSentences } from '../sentences.js';
import { tokenize, type Token } from '../tokens.js';
import { lookupOrganisation } from '../../lexicon/organisations.js';
import { lookupPlace } from '../../lexicon/places.js';
import { recogniseSentence, type DocumentWords } from './recognise.js';
import { resolveCoreference, type SentenceTokens } from './coref.js';
import type { RawMention } from './mention.js';
import { slug } from './slug.js';

const US_CONTEXT = /\b(U\.S\.|USA|United States|American|Atlanta|Savannah|Augusta|Governor|Gov\.|Republican|Democrat|Congress|Senate|Washington)\b/;
const COUNTRY_GEORGIA_CONTEXT = /\b(Tbilisi|Georgian|Abkhazia|South Ossetia|Caucasus|Saakashvili|Kobakhidze|Ivanishvili|Batumi)\b/;

/** Entities of `text` read from `sentences`, plus the credit blocks of `record`. */
export function findEntities(record: Pick<Analysis, 'text' | 'body' | 'boilerplate' | 'byline' | 'lang'> & { sentences?: Span[] }): Entity[] {
  const { text } = record;
  const spans = record.sentences ?? splitSentences(text, record.body, record.lang === 'und' ? 'en' : record.lang);
  const sentences: SentenceTokens[] = spans.map((span, index) => ({ index, tokens: tokenize(text, span) }));
  const doc = documentWords(text, sentences, spans);
  const mentions: RawMention[] = [];
  for (const s of sentences) recogniseSentence(text, s.tokens, s.index, doc, mentions);
  creditMentions(record, sentences.length, mentions);
  const all = resolveCoreference(text, sentences, mentions);
  return groupEntities(text, all);
}

export const entitiesStage: Stage = {
  id: 'nlp/entities',
  run(record) {
    return { ...record, entities: findEntities(record) };
  },
};

function documentWords(text: string, sentences: readonly SentenceTokens[], spans: readonly Span[]): DocumentWords {
  const lower = new Set<string>();
  const capitalised = new Set<string>();
  for (const s of sentences) {
    let first = true;
    let afterOpen = false;
    for (const t of s.tokens) {
      if (!t.word) {
        afterOpen = /[“"‘«(:]/.test(t.text);
        continue;
      }
      if (!t.cap) lower.add(t.text);
      else if (!first && !afterOpen) capitalised.add(t.text);
      first = false;
      afterOpen = false;
    }
  }
  const body = spans.map((s) => text.slice(s.start, s.end)).join('\n');
  const hasUsContext = US_CONTEXT.test(body) && !COUNTRY_GEORGIA_CONTEXT.test(body);
  return { lower, capitalised, hasUsContext };
}

/** The byline author and outlet, and outlets named in source credits and promos. */
function creditMentions(record: Pick<Analysis, 'text' | 'boilerplate' | 'byline'>, sentence: number, out: RawMention[]): void {
  const { text } = record;
  const base = { form: 'name' as const, sentence };
  const byline = record.byline;
  if (byline && byline.start !== undefined && byline.end !== undefined) {
    out.push({ ...base, start: byline.start, end: byline.end, nameStart: byline.start, nameEnd: byline.end, type: 'person', rule: `entities/person/byline`, key: `person:${slug(byline.author)}`, name: byline.author, role: 'author', nameTokens: byline.author.split(/\s+/) });
  }
  for (const block of record.boilerplate) {
    if (block.origin === 'html' || !['source-credit', 'promo', 'byline', 'author-bio'].includes(block.kind)) continue;
    const blockText = text.slice(block.start, block.end);
    if (byline?.outlet) {
      const at = blockText.indexOf(byline.outlet);
      if (at >= 0) {
        const start = block.start + at;
        const end = start + byline.outlet.length;
        const org = lookupOrganisation(byline.outlet);
        out.push({ ...base, start, end, nameStart: start, nameEnd: end, type: 'organisation', rule: 'entities/org/byline-outlet', key: org?.id ?? `organisation:${slug(byline.outlet)}`, name: byline.outlet, kind: org?.kind ?? 'outlet', role: 'MED', ...(org?.country ? { country: org.country } : {}) });
      }
    }
    for (const t of tokenize(text, block)) {
      if (!t.word) continue;
      const org = lookupOrganisation(t.text);
      if (!org || (!t.cap && block.kind !== 'source-credit')) continue;
      out.push({ ...base, start: t.start, end: t.end, nameStart: t.start, nameEnd: t.end, type: 'organisation', rule: `entities/org/${block.kind}`, key: org.id, name: org.names[0]!, kind: org.kind, ...(org.role ? { role: org.role } : {}), ...(org.country ? { country: org.country } : {}) });
    }
  }
}

/** Mentions with one key make one entity; the id is the key without its type prefix. */
function groupEntities(text: string, mentions: readonly RawMention[]): Entity[] {
  const byKey = new Map<string, RawMention[]>();
  for (const m of mentions) {
    const list = byKey.get(m.key);
    if (list) list.push(m);
    else byKey.set(m.key, [m]);
  }
  const entities: Entity[] = [];
  const ids = new Set<string>();
  for (const [key, list] of byKey) {
    const named = list.filter((m) => m.form === 'name');
    const lead = named.find((m) => !m.weak) ?? named[0] ?? list[0]!;
    const type = lead.type;
    let id = key.includes(':') ? key.slice(key.indexOf(':') + 1) : key;
    if (id === '' || ids.has(id)) id = `${id}-${type}`;
    ids.add(id);
    const entity: Entity = { id, type, name: bestName(list), mentions: [] };
    const country = vote(list.map((m) => m.country));
    const role = list.some((m) => m.role === 'author') ? 'author' : vote(list.map((m) => m.role));
    const kind = vote(list.map((m) => m.kind));
    if (country) entity.country = country;
    if (role) entity.role = role;
    if (kind) entity.kind = kind;
    if (type === 'country') entity.country = key;
    const seen = new Set<string>();
    for (const m of list) {
      const k = `${m.start}:${m.end}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const mention: Mention = { start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: m.rule, form: m.form };
      entity.mentions.push(mention);
    }
    entity.mentions.sort((a, b) => a.start - b.start);
    entities.push(entity);
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

function bestName(list: readonly RawMention[]): string {
  let best = list[0]!.name;
  for (const m of list) if (m.form === 'name' && !m.weak && m.name.length > best.length && m.type === 'person') best = m.name;
  if (list[0]!.type !== 'person') {
    const lex = list.find((m) => m.rule.endsWith('/lexicon') || m.type === 'country');
    if (lex) best = lex.name;
    else if (lookupPlace(best)) best = lookupPlace(best)!.name;
  }
  return best;
}

function vote(values: readonly (string | undefined)[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | undefined;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c];
  return best;
}

export type { Token };
