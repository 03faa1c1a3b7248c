/**
 * Marking the blocks of a page that are not the article — navigation, share bars, related links,
 * comments, ads, captions, hidden elements — by tag and by class/id tokens (`selectors.ts`).
 * Nothing is deleted: the marks are a map from element to its kind and rule, so the later steps
 * skip them and the result can report what was dropped and why.
 */
import type { BoilerplateKind } from '../../types.js';
import { DROP_ATTRS, DROP_TAGS, KEEP_ATTRS } from './selectors.js';
import { linkDensity, type StatsMap } from './stats.js';
import type { HtmlElement } from './tree.js';

export interface DropMark {
  kind: BoilerplateKind;
  rule: string;
}

export type DropMap = Map<HtmlElement, DropMark>;

/** Which families of rules a pass applies; the cascade retries with fewer when a pass under-delivers. */
export interface CleanLevel {
  /** Drop by class/id tokens (the riskiest family: a site may name its article `post-meta`). */
  attrs: boolean;
  /**
   * Prune blocks inside the container by their statistics (link density, forms, galleries;
   * `body.ts`). Recipe and product pages put their text beside checkboxes and links.
   */
  conditional: boolean;
}

/** The class, id, role and itemprop of an element, joined with spaces. */
export function attrString(element: HtmlElement): string {
  const a = element.attrs;
  let s = '';
  if (a.class) s += a.class;
  if (a.id) s += ' ' + a.id;
  if (a.role) s += ' ' + a.role;
  return s;
}

/** Rules whose blocks go whatever their share of the page's text or their running text. */
const UNPROTECTED_RULES = new Set(['consent', 'hidden']);

const NEVER_DROP = new Set(['html', 'body', 'main', '#root']);
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

/**
 * Marks the non-article blocks under `body`. A block holding more than `protectShare` of the
 * page's text is never dropped by its class alone: a wrapper named `content-with-sidebar` must
 * not take the article with it.
 */
export function markDrops(body: HtmlElement, stats: StatsMap, level: CleanLevel): DropMap {
  const drops: DropMap = new Map();
  const total = Math.max(1, stats.get(body)?.text ?? 1);
  const stack: HtmlElement[] = [body];
  while (stack.length > 0) {
    const element = stack.pop()!;
    const mark = NEVER_DROP.has(element.tag) ? null : dropMark(element, stats, total, level);
    if (mark !== null) {
      drops.set(element, mark);
      continue;
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  return drops;
}

function dropMark(element: HtmlElement, stats: StatsMap, total: number, level: CleanLevel): DropMark | null {
  const tag = element.tag;
  const a = element.attrs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true' || (a.style !== undefined && HIDDEN_STYLE.test(a.style))) {
    return { kind: 'navigation', rule: 'html/drop/hidden' };
  }
  const elementStats = stats.get(element);
  const share = (elementStats?.text ?? 0) / total;
  const byTag = DROP_TAGS[tag];
  if (byTag !== undefined) {
    // Some sites wrap the whole page in a <form> (ASP.NET) or the article in an <aside>.
    if (share > 0.5) return null;
    return { kind: byTag, rule: `html/drop/tag-${tag}` };
  }
  if (!level.attrs || tag === 'article' || tag === 'a' || tag === 'p') return null;
  const s = attrString(element);
  if (s === '') return null;
  for (const rule of DROP_ATTRS) {
    if (!rule.pattern.test(s)) continue;
    const unprotected = UNPROTECTED_RULES.has(rule.id);
    if (share > 0.3 && KEEP_ATTRS.test(s)) return null;
    if (share > 0.6 && !unprotected) return null;
    // A block of running text is no link box, whatever its class says (Blogger wraps every post
    // in `widget Blog`); comments, consent dialogs and hidden blocks are running text by nature.
    if (!unprotected && rule.id !== 'comments' && elementStats !== undefined && elementStats.text > 400 && linkDensity(elementStats) < 0.3) return null;
    return { kind: rule.kind, rule: `html/drop/${rule.id}` };
  }
  return null;
}
