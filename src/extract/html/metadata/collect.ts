/**
 * Collecting metadata candidates from every source of a page in one walk: `<meta>` names and
 * properties, `<link rel=canonical>`, `<html lang>`, `<title>`, `<h1>`, microdata `itemprop`s,
 * `<time>` elements, byline elements (class/id/rel naming an author) and short dated elements.
 * Candidates keep their raw value and the source that stated it; `resolve.ts` picks winners.
 */
import { collectInline } from '../body.js';
import { walk, type HtmlDocument, type HtmlElement } from '../tree.js';
import { findDates } from './dates.js';

export type Field = 'title' | 'author' | 'date' | 'modified' | 'sitename' | 'lang' | 'canonical' | 'description';

export interface RawCandidate {
  field: Field;
  value: string;
  source: string;
  /** Offset in the HTML of the element it came from, for visible sources. */
  at?: number;
}

/** `<meta>` keys (name, property or itemprop, lower case) and the field each states. */
export const META_KEYS: Record<string, Field> = {
  'og:title': 'title',
  'twitter:title': 'title',
  'title': 'title',
  'dc.title': 'title',
  'dcterms.title': 'title',
  'sailthru.title': 'title',
  'parsely-title': 'title',
  'headline': 'title',
  'author': 'author',
  'article:author': 'author',
  'article:author_name': 'author',
  'og:article:author': 'author',
  'dc.creator': 'author',
  'dcterms.creator': 'author',
  'dc.creator.name': 'author',
  'parsely-author': 'author',
  'sailthru.author': 'author',
  'byl': 'author',
  'citation_author': 'author',
  'creator': 'author',
  'cxenseparse:author': 'author',
  'article:published_time': 'date',
  'og:article:published_time': 'date',
  'article:published': 'date',
  'published_time': 'date',
  'og:published_time': 'date',
  'datepublished': 'date',
  'pubdate': 'date',
  'publishdate': 'date',
  'publish-date': 'date',
  'publish_date': 'date',
  'publication_date': 'date',
  'published-date': 'date',
  'article.published': 'date',
  'article_date_original': 'date',
  'original-publish-date': 'date',
  'originalpublicationdate': 'date',
  'dc.date.issued': 'date',
  'dcterms.issued': 'date',
  'dc.date.created': 'date',
  'dcterms.created': 'date',
  'dc.date': 'date',
  'dcterms.date': 'date',
  'date': 'date',
  'sailthru.date': 'date',
  'parsely-pub-date': 'date',
  'citation_publication_date': 'date',
  'citation_date': 'date',
  'cxenseparse:recs:publishtime': 'date',
  'rnews:datepublished': 'date',
  'displaydate': 'date',
  'og:pubdate': 'date',
  'pdate': 'date',
  'ptime': 'date',
  'created': 'date',
  'datecreated': 'date',
  'article:modified_time': 'modified',
  'og:updated_time': 'modified',
  'article:modified': 'modified',
  'modified_time': 'modified',
  'datemodified': 'modified',
  'dc.date.modified': 'modified',
  'dcterms.modified': 'modified',
  'last-modified': 'modified',
  'lastmod': 'modified',
  'og:site_name': 'sitename',
  'application-name': 'sitename',
  'twitter:site': 'sitename',
  'publisher': 'sitename',
  'dc.publisher': 'sitename',
  'og:locale': 'lang',
  'content-language': 'lang',
  'language': 'lang',
  'dc.language': 'lang',
  'og:url': 'canonical',
  'description': 'description',
  'og:description': 'description',
};

const BYLINE_ATTR = /(?:^|[\s_-])(?:byline|by-line|author|authors|author-name|authorname|writer|autor|autorin|autoren|auteur|auteurs|redakteur|journalist|posted-by|article-author|entry-author|post-author|meta-author|contributor)(?:$|[\s_-])/i;
const COMMENTS_ATTR = /(?:^|[\s_-])(?:comments?|comment-list|commentlist|respond|replies|disqus|kommentare?)(?:$|[\s_-])/i;
const DATE_ATTR = /(?:^|[\s_-])(?:date|time|published|publish|pubdate|publishdate|publishingdate|publicationdate|publication-date|posted|post-date|entry-date|datum|timestamp|dateline|meta|byline|article-date|created|fecha|data)(?:$|[\s_-])/i;

/** Every metadata candidate of a page, in source order within each source family. */
export function collectCandidates(doc: HtmlDocument, body: HtmlElement): RawCandidate[] {
  const out: RawCandidate[] = [];
  const push = (field: Field, value: string | undefined, source: string, at?: number): void => {
    if (value === undefined) return;
    const v = value.replace(/\s+/g, ' ').trim();
    if (v !== '' && v.length < 600) out.push(at === undefined ? { field, value: v, source } : { field, value: v, source, at });
  };
  if (doc.title !== null) push('title', doc.title, 'title');
  let h1s = 0;
  let bylines = 0;
  let dated = 0;
  // A date or byline element read as text may hold a <time datetime>: its machine-readable
  // value counts too, since the element's text may glue the date to other words.
  const timesSeen = new Set<HtmlElement>();
  const pushTimes = (element: HtmlElement): void => {
    walk(element, (e) => {
      if (e.tag !== 'time' || timesSeen.has(e)) return true;
      timesSeen.add(e);
      if (e.attrs.datetime !== undefined) {
        const modified = /updat|modif/i.test(`${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`);
        push(modified ? 'modified' : 'date', e.attrs.datetime, e.attrs.pubdate !== undefined ? 'time-pubdate' : 'time');
      }
      return false;
    });
  };
  walk(doc.root, (element) => {
    const tag = element.tag;
    const a = element.attrs;
    if (tag === 'html') {
      push('lang', a.lang ?? a['xml:lang'], 'html-lang');
      return true;
    }
    if (tag === 'meta') {
      const key = (a.property ?? a.name ?? a.itemprop ?? a['http-equiv'] ?? '').toLowerCase().trim();
      const field = META_KEYS[key];
      if (field !== undefined && a.content !== undefined) push(field, a.content, `meta:${key}`);
      return false;
    }
    if (tag === 'link') {
      const rel = (a.rel ?? '').toLowerCase();
      if (rel === 'canonical') push('canonical', a.href, 'link-canonical');
      if (rel === 'author' && a.title) push('author', a.title, 'link-author');
      return false;
    }
    if (tag === 'head' || tag === 'title') return tag === 'head';
    const itemprop = a.itemprop?.toLowerCase();
    if (itemprop !== undefined) {
      if (itemprop === 'datepublished' || itemprop === 'datecreated') push('date', a.content ?? a.datetime ?? collectInline(element), 'microdata');
      else if (itemprop === 'datemodified') push('modified', a.content ?? a.datetime ?? collectInline(element), 'microdata');
      else if (itemprop === 'headline') push('title', a.content ?? collectInline(element), 'microdata');
      else if (itemprop === 'author' || itemprop === 'creator') {
        let name: string | undefined = a.content;
        if (name === undefined) {
          walk(element, (e) => {
            if (name !== undefined) return false;
            if (e !== element && e.attrs.itemprop?.toLowerCase() === 'name') name = e.attrs.content ?? collectInline(e);
            return true;
          });
        }
        push('author', name ?? collectInline(element), 'microdata');
        return false;
      }
    }
    if (tag === 'h1' && h1s < 3) {
      h1s++;
      push('title', collectInline(element), 'h1');
      return false;
    }
    if (tag === 'time') {
      timesSeen.add(element);
      const value = a.datetime ?? collectInline(element);
      const cls = `${a.class ?? ''} ${a.id ?? ''}`;
      const modified = /updat|modif/i.test(cls);
      push(modified ? 'modified' : 'date', value, a.pubdate !== undefined ? 'time-pubdate' : 'time');
      return false;
    }
    const attr = `${a.class ?? ''} ${a.id ?? ''}`;
    // Comment threads and forms name commenters, not the author.
    if (tag === 'form' || tag === 'textarea' || COMMENTS_ATTR.test(attr)) return false;
    if (element.parent !== null && tag !== 'body' && tag !== 'article' && tag !== 'main') {
      if (bylines < 20 && ((a.rel ?? '').toLowerCase() === 'author' || BYLINE_ATTR.test(attr))) {
        const text = collectInline(element);
        if (text.length > 1 && text.length < 200) {
          bylines++;
          push('author', text, (a.rel ?? '').toLowerCase() === 'author' ? 'rel-author' : 'byline-element', element.start);
          if (dated < 8) {
            dated++;
            push('date', text, 'byline-element');
          }
          pushTimes(element);
          return false;
        }
      }
      if (dated < 8 && DATE_ATTR.test(attr)) {
        const text = collectInline(element);
        if (text.length >= 6 && text.length < 120) {
          dated++;
          push(/updat|modif|aktualisiert/i.test(attr) ? 'modified' : 'date', text, 'date-element');
          pushTimes(element);
          // An "entry-meta" line also holds the byline: its author element still counts.
          walk(element, (e) => {
            if (e === element || bylines >= 20) return true;
            const ea = `${e.attrs.class ?? ''} ${e.attrs.id ?? ''}`;
            const rel = (e.attrs.rel ?? '').toLowerCase() === 'author';
            if (!rel && !BYLINE_ATTR.test(ea)) return true;
            const t = collectInline(e);
            if (t.length <= 1 || t.length >= 200) return true;
            bylines++;
            push('author', t, rel ? 'rel-author' : 'byline-element', e.start);
            return false;
          });
          return false;
        }
      }
    }
    return true;
  });
  void body;
  return out;
}

const SCAN_SKIP = new Set(['a', 'nav', 'footer', 'aside', 'form', 'button', 'select', 'option', 'head', 'title', 'ul_never']);

/**
 * Dates written in the visible text, the last resort of htmldate's extensive search: the first
 * date after the first `<h1>` (where a dateline or byline sits), else the first date of the page.
 * Link text is skipped: dates in links belong to other articles.
 */
export function scanTextDates(body: HtmlElement): RawCandidate[] {
  let seenH1 = false;
  let first: string | null = null;
  let afterTitle: string | null = null;
  let count = 0;
  const visit = (element: HtmlElement): boolean => {
    if (element.tag === 'h1') seenH1 = true;
    for (const child of element.children) {
      if (typeof child === 'string') {
        if (child.length < 6 || !/\d/.test(child)) continue;
        const found = findDates(child);
        if (found.length === 0) continue;
        count += found.length;
        first ??= found[0]!.date;
        if (seenH1) {
          afterTitle = found[0]!.date;
          return true;
        }
        if (count > 200) return true;
      } else if (!SCAN_SKIP.has(child.tag) && visit(child)) {
        return true;
      }
    }
    return false;
  };
  visit(body);
  const out: RawCandidate[] = [];
  if (afterTitle !== null) out.push({ field: 'date', value: afterTitle, source: 'text-after-title' });
  if (first !== null && first !== afterTitle) out.push({ field: 'date', value: first, source: 'text' });
  return out;
}

const BYLINE_TEXT = /^(?:by|von|par|por|door|di|av|af|written by|text:?|autor:?|author:?)\s+\p{Lu}/iu;

/**
 * "By Jane Doe" written as plain text after the title, when no element is named for it: the
 * first few short texts after the first `<h1>` that start like a byline.
 */
export function scanTextBylines(body: HtmlElement): RawCandidate[] {
  const out: RawCandidate[] = [];
  let seenH1 = false;
  let texts = 0;
  const visit = (element: HtmlElement): boolean => {
    if (element.tag === 'h1') {
      seenH1 = true;
      return false;
    }
    for (const child of element.children) {
      if (typeof child === 'string') {
        if (!seenH1) continue;
        const t = child.replace(/\s+/g, ' ').trim();
        if (t === '') continue;
        if (++texts > 60) return true;
        if (t.length <= 80 && BYLINE_TEXT.test(t)) {
          out.push({ field: 'author', value: t, source: 'byline-text', at: element.start });
          if (out.length >= 3) return true;
        }
      } else if (!SCAN_SKIP.has(child.tag)) {
        if (child.tag === 'h1') seenH1 = true;
        else if (visit(child)) return true;
      }
    }
    return false;
  };
  visit(body);
  return out;
}

/** A label that stands alone before the name it introduces: "Autor:", "Von:", "By". */
const BYLINE_LABEL = /^(?:by|von|par|por|autor(?:in)?|author|auteur|verfasser(?:in)?|text|redaktion|written by|geschrieben von)\s*:?$/i;
const LABEL_SKIP = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'option', 'head', 'title', 'script', 'style']);

/**
 * "<b>Autor:</b> <a>Jane Doe</a>": a byline whose label and name sit in separate elements, so
 * neither element alone reads as a byline. The text after the label is the candidate.
 */
export function scanLabelledBylines(body: HtmlElement): RawCandidate[] {
  const out: RawCandidate[] = [];
  let pending: number | null = null;
  let texts = 0;
  const visit = (element: HtmlElement): boolean => {
    for (const child of element.children) {
      if (typeof child === 'string') {
        const t = child.replace(/\s+/g, ' ').trim();
        if (t === '') continue;
        if (++texts > 3000) return true;
        if (pending !== null) {
          pending = null;
          if (t.length <= 80 && /^\p{Lu}/u.test(t)) {
            out.push({ field: 'author', value: t, source: 'byline-text', at: element.start });
            if (out.length >= 2) return true;
            continue;
          }
        }
        if (t.length <= 20 && BYLINE_LABEL.test(t)) pending = element.start;
      } else if (!LABEL_SKIP.has(child.tag) && !COMMENTS_ATTR.test(`${child.attrs.class ?? ''} ${child.attrs.id ?? ''}`)) {
        if (visit(child)) return true;
      }
    }
    return false;
  };
  visit(body);
  return out;
}
