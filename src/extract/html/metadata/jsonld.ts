/**
 * Metadata from JSON-LD blocks: the objects of every block, flattened through arrays and
 * `@graph`, and from the best article-like object its headline, authors, dates, publisher and
 * language. Malformed JSON (trailing commas, HTML comments, raw newlines in strings) is repaired
 * where cheap, else skipped with a diagnostic.
 */
import { decodeHTML } from 'entities';
import type { Diagnostic } from '../../../types.js';

export interface JsonLdFacts {
  title?: string;
  authors: string[];
  date?: string;
  modified?: string;
  sitename?: string;
  lang?: string;
  url?: string;
  /** The @type of the object the facts came from. */
  type?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** Article types first; generic page types after them. Lower is better. */
const TYPE_RANK: Record<string, number> = {
  newsarticle: 0,
  reportagenewsarticle: 0,
  analysisnewsarticle: 0,
  opinionnewsarticle: 0,
  backgroundnewsarticle: 0,
  reviewnewsarticle: 0,
  article: 1,
  blogposting: 1,
  socialmediaposting: 2,
  liveblogposting: 1,
  techarticle: 1,
  scholarlyarticle: 1,
  report: 2,
  posting: 2,
  review: 3,
  recipe: 3,
  videoobject: 4,
  webpage: 5,
  itempage: 5,
  aboutpage: 6,
  collectionpage: 7,
};

function parseLenient(raw: string): Json | undefined {
  const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '');
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Frequent CMS mistakes: raw control characters in strings, trailing commas.
    const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired) as Json;
    } catch {
      return undefined;
    }
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: Json | undefined, out: JsonObject[], depth = 0): void {
  if (depth > 6 || value === undefined || value === null) return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  if (value['@graph'] !== undefined) flatten(value['@graph'], out, depth + 1);
  // Articles are sometimes nested as `mainEntity` of a WebPage.
  if (isObject(value.mainEntity) || Array.isArray(value.mainEntity)) flatten(value.mainEntity, out, depth + 1);
}

function types(object: JsonObject): string[] {
  const t = object['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

function rank(object: JsonObject): number {
  let best = 99;
  for (const t of types(object)) best = Math.min(best, TYPE_RANK[t.toLowerCase().replace(/^.*[/:]/, '')] ?? 99);
  return best;
}

function str(value: Json | undefined): string | undefined {
  // Some CMSs write HTML entities into JSON-LD strings (`Redacci&oacute;n`).
  if (typeof value === 'string') return (value.includes('&') ? decodeHTML(value) : value).trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return str(value[0]);
  if (isObject(value)) return str(value['@value'] ?? value.name);
  return undefined;
}

/** Author names from a JSON-LD `author`/`creator` value: strings, Person objects, arrays of both. */
export function authorNames(value: Json | undefined, byId: Map<string, JsonObject>, out: string[] = []): string[] {
  if (value === undefined || value === null) return out;
  if (typeof value === 'string') {
    const v = str(value);
    if (v !== undefined && !/^https?:/i.test(v)) out.push(v);
    return out;
  }
  if (Array.isArray(value)) {
    for (const v of value) authorNames(v, byId, out);
    return out;
  }
  if (isObject(value)) {
    let object = value;
    const id = typeof object['@id'] === 'string' ? object['@id'] : undefined;
    if (object.name === undefined && id !== undefined && byId.has(id)) object = byId.get(id)!;
    const name = str(object.name) ?? [str(object.givenName), str(object.familyName)].filter(Boolean).join(' ');
    if (name && !/^https?:/i.test(name)) out.push(name);
  }
  return out;
}

/** Facts from the JSON-LD blocks of a page; `diagnostics` receives one warning per unreadable block. */
export function readJsonLd(blocks: readonly string[], diagnostics: Diagnostic[]): JsonLdFacts {
  const objects: JsonObject[] = [];
  for (const block of blocks) {
    const parsed = parseLenient(block);
    if (parsed === undefined) {
      diagnostics.push({ reason: 'unreadable JSON-LD block skipped', severity: 'info', rule: 'html/meta/json-ld-invalid' });
      continue;
    }
    flatten(parsed, objects);
  }
  const facts: JsonLdFacts = { authors: [] };
  if (objects.length === 0) return facts;
  const byId = new Map<string, JsonObject>();
  for (const o of objects) if (typeof o['@id'] === 'string') byId.set(o['@id'], o);
  const ranked = objects.map((o, i) => ({ o, r: rank(o), i })).filter((x) => x.r < 99).sort((a, b) => a.r - b.r || a.i - b.i);
  const article = ranked[0]?.o;
  const site = objects.find((o) => types(o).some((t) => /^(WebSite|NewsMediaOrganization|Organization)$/i.test(t)));
  if (article !== undefined) {
    facts.type = types(article)[0];
    const headline = str(article.headline) ?? (rank(article) <= 3 ? str(article.name) : undefined);
    if (headline !== undefined) facts.title = headline;
    facts.authors = authorNames(article.author ?? article.creator, byId);
    const date = str(article.datePublished) ?? str(article.dateCreated) ?? str(article.uploadDate);
    if (date !== undefined) facts.date = date;
    const modified = str(article.dateModified);
    if (modified !== undefined) facts.modified = modified;
    const lang = str(article.inLanguage);
    if (lang !== undefined) facts.lang = lang;
    const url = str(article.url) ?? str(article.mainEntityOfPage);
    if (url !== undefined && /^https?:/i.test(url)) facts.url = url;
    const publisher = article.publisher;
    const publisherName = isObject(publisher)
      ? str(publisher.name) ?? (typeof publisher['@id'] === 'string' ? str(byId.get(publisher['@id'])?.name) : undefined)
      : str(publisher);
    if (publisherName !== undefined) facts.sitename = publisherName;
  }
  // A page type with no article still states dates: take them when no article gave one.
  if (facts.date === undefined) {
    for (const { o } of ranked) {
      const d = str(o.datePublished);
      if (d !== undefined) {
        facts.date = d;
        break;
      }
    }
  }
  if (facts.sitename === undefined && site !== undefined) {
    const name = str(site.name);
    if (name !== undefined) facts.sitename = name;
  }
  return facts;
}
