/**
 * Choosing the winning value of each metadata field among its candidates. Each field has an
 * ordered list of source families (the order is the rule, and each position says why); the first
 * candidate that survives cleaning and the field's checks wins, and every other candidate is kept
 * with the reason it lost.
 */
import type { MetaField, HtmlMetadata } from '../types.js';
import type { JsonLdFacts } from './jsonld.js';
import type { RawCandidate, Field } from './collect.js';
import { authorRejection, cleanAuthor, cleanLang, cleanStructuredTitle, cleanTitle, isGenericAuthor } from './clean.js';
import { dateFromUrl, implausible, parseDate } from './dates.js';

export interface ResolveInput {
  candidates: RawCandidate[];
  jsonLd: JsonLdFacts;
  url: string | null;
  /** "By …" lines found at the top of the extracted body. */
  visibleBylines: string[];
  today: string;
}

function field(): MetaField {
  return { value: null, source: null, candidates: [] };
}

/** Source rank by family: lower wins. Unknown sources rank last. */
function rankOf(order: readonly string[], source: string): number {
  for (let i = 0; i < order.length; i++) {
    const o = order[i]!;
    if (o.endsWith('*') ? source.startsWith(o.slice(0, -1)) : source === o) return i;
  }
  return order.length;
}

/**
 * Date sources, best first. htmldate's rule puts a full date in the URL first: CMS metadata is
 * often in UTC while the URL carries the local publication day. Then the article properties
 * written for machines (`article:published_time`, JSON-LD), then bylines and dated elements
 * near the title, and only then generic `<meta name=date>`-like keys (often a creation or
 * template date), `<time>` elements (often teasers and comments) and any date in the text.
 * (Measured agreement with the dev labels, per source, gave the same order.)
 */
const DATE_ORDER = [
  'url',
  'meta:article:published_time',
  'json-ld',
  'meta:datepublished',
  'meta:og:article:published_time',
  'meta:article:published',
  'meta:published_time',
  'meta:og:published_time',
  'meta:parsely-pub-date',
  'meta:sailthru.date',
  'meta:dc.date.issued',
  'meta:dcterms.issued',
  'meta:citation_publication_date',
  'meta:cxenseparse:recs:publishtime',
  'microdata',
  'byline-element',
  'date-element',
  'text-after-title',
  'meta:*',
  'time',
  'time-pubdate',
  'text',
] as const;

/** Author sources, best first: structured data, then bylines on the page. */
const AUTHOR_ORDER = ['json-ld', 'microdata', 'meta:author', 'meta:article:author', 'meta:parsely-author', 'meta:sailthru.author', 'meta:dc.creator', 'meta:*', 'rel-author', 'byline-element', 'byline-text', 'link-author'] as const;

/** Title sources, best first (before the h1 agreement rule below). */
const TITLE_ORDER = ['h1', 'json-ld', 'meta:og:title', 'microdata', 'meta:twitter:title', 'meta:*', 'title'] as const;

function norm(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function hostOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

export function resolveMetadata(input: ResolveInput): HtmlMetadata {
  const { candidates, jsonLd, today } = input;
  const byField = (f: Field): RawCandidate[] => candidates.filter((c) => c.field === f);
  const meta: HtmlMetadata = {
    title: field(),
    author: field(),
    date: field(),
    modified: field(),
    sitename: field(),
    lang: field(),
    canonical: field(),
  };

  // Site name: needed first, to clean titles and to recognise generic authors.
  const sites: RawCandidate[] = [];
  if (jsonLd.sitename) sites.push({ field: 'sitename', value: jsonLd.sitename, source: 'json-ld' });
  sites.push(...byField('sitename').filter((c) => c.source !== 'meta:twitter:site' || !c.value.startsWith('@')));
  pickFirst(meta.sitename, sites, ['meta:og:site_name', 'json-ld', 'meta:application-name', 'meta:*'], (v) => v);
  const sitename = meta.sitename.value;

  // Canonical URL.
  const canon: RawCandidate[] = byField('canonical');
  if (jsonLd.url) canon.push({ field: 'canonical', value: jsonLd.url, source: 'json-ld' });
  pickFirst(meta.canonical, canon, ['link-canonical', 'meta:og:url', 'json-ld'], (v) => (/^https?:\/\//i.test(v) ? v : null));
  const url = input.url ?? meta.canonical.value;
  const host = hostOf(url);

  // Language.
  const langs = byField('lang');
  if (jsonLd.lang) langs.push({ field: 'lang', value: jsonLd.lang, source: 'json-ld' });
  pickFirst(meta.lang, langs, ['html-lang', 'json-ld', 'meta:content-language', 'meta:og:locale', 'meta:*'], cleanLang);

  // Dates.
  const dates = byField('date');
  if (jsonLd.date) dates.push({ field: 'date', value: jsonLd.date, source: 'json-ld' });
  if (url !== null) {
    const d = dateFromUrl(url);
    if (d !== null) dates.push({ field: 'date', value: d, source: 'url' });
  }
  const checkDate = (v: string): string | null => {
    const d = parseDate(v);
    if (d === null) return null;
    return implausible(d, today) === null ? d : null;
  };
  pickFirst(meta.date, dates, DATE_ORDER, checkDate, (v) => {
    const d = parseDate(v);
    return d === null ? 'no date' : implausible(d, today) ?? 'lower-ranked source';
  });
  nextDayConsensus(meta.date);
  const modifieds = byField('modified');
  if (jsonLd.modified) modifieds.push({ field: 'modified', value: jsonLd.modified, source: 'json-ld' });
  pickFirst(meta.modified, modifieds, ['json-ld', 'meta:*', 'microdata', 'time', 'date-element'], checkDate);
  // With no publication date at all, the modification date is the best estimate we have.
  if (meta.date.value === null && meta.modified.value !== null) {
    meta.date.value = meta.modified.value;
    meta.date.source = `modified:${meta.modified.source}`;
  }

  // Authors: structured sources first; a generic one ("Staff", the site) loses to a visible byline.
  const authors = byField('author');
  if (jsonLd.authors.length > 0) authors.push({ field: 'author', value: jsonLd.authors.join('; '), source: 'json-ld' });
  for (const b of input.visibleBylines) authors.push({ field: 'author', value: b, source: 'byline-text' });
  const cleanJoined = (v: string): string | null => {
    const names = v.split(/\s*;\s*/).map(cleanAuthor).filter((n): n is string => n !== null);
    return names.length > 0 ? [...new Set(names)].join('; ') : null;
  };
  const sorted = stableSort(authors, AUTHOR_ORDER);
  let generic: { value: string; source: string } | null = null;
  for (const c of sorted) {
    const value = cleanJoined(c.value);
    if (value === null) {
      meta.author.candidates.push({ value: c.value, source: c.source, rejected: 'no name' });
      continue;
    }
    if (meta.author.value !== null) {
      meta.author.candidates.push({ value, source: c.source, rejected: 'lower-ranked source' });
      continue;
    }
    const rejection = authorRejection(value, c.source, sitename, host);
    if (rejection !== null) {
      meta.author.candidates.push({ value, source: c.source, rejected: rejection });
      continue;
    }
    if (isGenericAuthor(value, sitename, host)) {
      meta.author.candidates.push({ value, source: c.source, rejected: 'generic' });
      generic ??= { value, source: c.source };
      continue;
    }
    meta.author.value = value;
    meta.author.source = c.source;
    meta.author.candidates.push({ value, source: c.source });
  }
  // A name the page shows in another case ("JANE DOE") is written as shown.
  if (meta.author.value !== null && !meta.author.value.includes(';')) {
    const shown = meta.author.candidates.find(
      (c) => (c.source === 'byline-element' || c.source === 'byline-text') && c.value !== meta.author.value && c.value.toLowerCase() === meta.author.value!.toLowerCase(),
    );
    if (shown !== undefined) meta.author.value = shown.value;
  }
  if (meta.author.value === null && generic !== null) {
    meta.author.value = generic.value;
    meta.author.source = generic.source;
    const lost = meta.author.candidates.find((c) => c.value === generic!.value && c.source === generic!.source);
    if (lost) delete lost.rejected;
  }

  // Title: the h1 wins when a structured title or <title> agrees with it (it is then the
  // headline as shown, without a site name); otherwise the structured title, cleaned.
  const titles = byField('title');
  if (jsonLd.title) titles.push({ field: 'title', value: jsonLd.title, source: 'json-ld' });
  const others = titles.filter((t) => t.source !== 'h1').map((t) => norm(cleanTitle(t.value, sitename) ?? t.value));
  const agrees = (h1: string): boolean => {
    const n = norm(h1);
    // The h1 must be most of another title, not a site name that every title contains.
    return n.length > 3 && others.some((o) => (o.includes(n) && n.length >= o.length * 0.6) || (n.includes(o) && o.length >= n.length * 0.6));
  };
  const h1s = titles.filter((t) => t.source === 'h1');
  // A page whose only other title is its <title> (no og/JSON-LD) often names the site there;
  // its single h1 is then the headline.
  const lone = h1s.length === 1 && titles.every((t) => t.source === 'h1' || t.source === 'title') ? h1s[0] : undefined;
  const h1 = h1s.find((t) => agrees(t.value)) ?? (lone !== undefined && lone.value.length > 3 ? lone : undefined);
  if (h1 !== undefined) {
    meta.title.value = withoutKicker(h1.value, titles.filter((t) => t.source !== 'h1').map((t) => cleanTitle(t.value, sitename) ?? t.value));
    meta.title.source = 'h1';
    for (const t of titles) meta.title.candidates.push(t === h1 ? { value: t.value, source: t.source } : { value: t.value, source: t.source, rejected: 'the h1 is the headline' });
  } else {
    pickFirst(
      meta.title,
      titles.filter((t) => t.source !== 'h1'),
      TITLE_ORDER,
      // A structured title (og:title, JSON-LD) names the site less often than <title> does:
      // it loses a part only when that part is the site's name.
      (v, source) => (source === 'title' ? cleanTitle(v, sitename) : cleanStructuredTitle(v, sitename, host)),
    );
    for (const t of titles) if (t.source === 'h1') meta.title.candidates.push({ value: t.value, source: 'h1', rejected: 'no other source agrees' });
  }
  return meta;
}

/**
 * The h1 without a kicker (topline) that some sites print in it before the headline
 * ("Covid-19: Lässt sich …", "Klimaschutz Bohren, bis es heiß wird"): when another title source
 * states just the end of the h1, the h1's end is the headline, written as the page shows it.
 */
function withoutKicker(h1: string, others: readonly string[]): string {
  const lower = h1.toLowerCase();
  let best = h1;
  for (const o of others) {
    const tail = o.trim();
    if (tail.length < 10 || tail.length >= h1.length || !lower.endsWith(tail.toLowerCase())) continue;
    // The kicker is short; a long "prefix" is a headline part the other source left out.
    if (h1.length - tail.length > 60) continue;
    // The cut must fall between words (a kicker element glued to the headline may leave no
    // space after a date: "27.01.2022MineralölINFO").
    // A colon or a dash before the tail joins two parts of one headline ("Parité : Au-dessous
    // …"), which the other source shortened: only a kicker set apart by space alone is cut.
    const cut = h1.slice(0, h1.length - tail.length);
    if (!/[\s\p{P}\d]$/u.test(cut) || /[-–—:|]\s*$/.test(cut)) continue;
    if (tail.length < best.length) best = h1.slice(h1.length - tail.length);
  }
  return best;
}

/**
 * A publication date stated once loses to the day before or after it when more sources state
 * that day: a timestamp written in UTC (`2019-10-18T22:30Z`) or a URL made the evening before
 * falls a day off the local date that the page's other sources show.
 */
function nextDayConsensus(field: MetaField): void {
  const won = field.value;
  if (won === null) return;
  const votes = new Map<string, Set<string>>();
  for (const c of field.candidates) {
    if (c.rejected !== undefined && c.rejected !== 'lower-ranked source') continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(c.value)) continue;
    const sources = votes.get(c.value) ?? new Set<string>();
    sources.add(c.source);
    votes.set(c.value, sources);
  }
  const own = votes.get(won)?.size ?? 0;
  for (const neighbour of [shiftDay(won, 1), shiftDay(won, -1)]) {
    const count = votes.get(neighbour)?.size ?? 0;
    if (count >= 2 && count > own) {
      const previous = field.candidates.find((c) => c.value === won && c.rejected === undefined);
      if (previous !== undefined) previous.rejected = 'a day off what more sources state';
      const next = field.candidates.find((c) => c.value === neighbour);
      if (next !== undefined) delete next.rejected;
      field.value = neighbour;
      field.source = next?.source ?? field.source;
      return;
    }
  }
}

function shiftDay(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function stableSort(list: readonly RawCandidate[], order: readonly string[]): RawCandidate[] {
  return list
    .map((c, i) => ({ c, i, r: rankOf(order, c.source) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.c);
}

/** Fills `target` with the first candidate (by `order`) that `accept` turns into a value. */
function pickFirst(
  target: MetaField,
  list: readonly RawCandidate[],
  order: readonly string[],
  accept: (value: string, source: string) => string | null,
  why: (value: string) => string = () => 'lower-ranked source',
): void {
  for (const c of stableSort(list, order)) {
    const value = accept(c.value, c.source);
    if (value !== null && target.value === null) {
      target.value = value;
      target.source = c.source;
      target.candidates.push({ value, source: c.source });
    } else {
      target.candidates.push({ value: value ?? c.value, source: c.source, rejected: value === null ? why(c.value) : 'lower-ranked source' });
    }
  }
}
