/**
 * Turning the article container into text: paragraphs, headings and list items become blocks
 * separated by "\n\n"; inside the container, blocks that look like boilerplate (link lists,
 * galleries, share lines, "Advertisement", the title repeated) are left out and reported.
 * The pruning follows Readability's conditional cleaning, extended with line rules.
 */
import type { BoilerplateKind } from '../../types.js';
import { attrString, type DropMap } from './clean.js';
import { classWeight } from './score.js';
import { BOILERPLATE_LINES, DROP_ATTRS } from './selectors.js';
import { linkDensity, type StatsMap } from './stats.js';
import { BLOCK_TAGS, type HtmlElement } from './tree.js';
import type { HtmlBoilerplate } from './types.js';

export interface BodyResult {
  paragraphs: string[];
  /** For each paragraph, the source range of the block element it came from. */
  spans: Array<{ start: number; end: number }>;
  removed: HtmlBoilerplate[];
}

export interface SerialiseOptions {
  /** Titles known from metadata: an `<h1>`/`<h2>` repeating one of them is not body text. */
  titles: readonly string[];
  /** Apply the conditional cleaning of blocks by their statistics (`CleanLevel.conditional`). */
  conditional: boolean;
}

const CLEANED = new Set(['div', 'section', 'table', 'ul', 'ol', 'dl', 'header', 'figure', 'center', 'span']);
const LIST = new Set(['ul', 'ol', 'dl']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const SKIP_TAGS = new Set(['img', 'picture', 'source', 'link', 'meta', 'style', 'script', 'head', 'title', 'wbr']);

/** Short boilerplate text for reports: whitespace collapsed, at most 300 characters. */
export function snippet(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 300 ? t.slice(0, 297) + '…' : t;
}

function normTitle(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Why a block inside the container should go, or null to keep it. */
function cleanReason(element: HtmlElement, stats: StatsMap, containerParagraphs: number): { kind: BoilerplateKind; rule: string } | null {
  const s = stats.get(element);
  if (s === undefined || s.text === 0) return null;
  // A block holding most of the article's paragraphs is the article, however many links sit
  // beside them; its inner blocks are still cleaned one by one.
  if (s.paragraphs >= 3 && s.paragraphs >= containerParagraphs * 0.5) return null;
  const tag = element.tag;
  const attrs = attrString(element);
  const weight = classWeight(element);
  const density = linkDensity(s);
  const isList = LIST.has(tag);
  if (weight < 0 && s.text < 1000) {
    const rule = DROP_ATTRS.find((r) => r.pattern.test(attrs));
    return { kind: rule?.kind ?? 'related', rule: 'html/clean/class-weight' };
  }
  if (s.commas >= 10) return null;
  const p = s.paragraphs;
  if (s.images > 1 && p / s.images < 0.5 && s.text < 200) return { kind: 'caption', rule: 'html/clean/gallery' };
  if (!isList && tag !== 'table' && s.listItems > p && density > 0.3) return { kind: 'related', rule: 'html/clean/link-list' };
  if (s.inputs > Math.floor(p / 3)) return { kind: 'navigation', rule: 'html/clean/form' };
  if (!isList && weight < 25 && density > 0.33) return { kind: 'related', rule: 'html/clean/link-density' };
  if (weight >= 25 && density > 0.5) return { kind: 'related', rule: 'html/clean/link-density' };
  if (isList && density > 0.6) return { kind: 'related', rule: 'html/clean/link-list' };
  return null;
}

/** Serialises `parts` (the container and its joined siblings) into paragraphs. */
export function serialiseBody(parts: readonly HtmlElement[], stats: StatsMap, drops: DropMap, options: SerialiseOptions): BodyResult {
  const paragraphs: string[] = [];
  const spans: Array<{ start: number; end: number }> = [];
  const removed: HtmlBoilerplate[] = [];
  const titles = new Set(options.titles.map(normTitle).filter((t) => t !== ''));
  const containerParagraphs = parts.reduce((n, p) => n + (stats.get(p)?.paragraphs ?? 0), 0);
  let buffer = '';
  let blockStart = parts[0]?.start ?? 0;
  let blockEnd = blockStart;

  const flush = (): void => {
    const text = buffer.replace(/[ \t\f\r\u00a0]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{2,}/g, '\n').trim();
    buffer = '';
    if (text === '') return;
    if (text.length < 160) {
      for (const line of BOILERPLATE_LINES) {
        if (line.pattern.test(text)) {
          removed.push({ start: blockStart, end: blockEnd, text: snippet(text), kind: line.kind, rule: `html/line/${line.id}` });
          return;
        }
      }
    }
    paragraphs.push(text);
    spans.push({ start: blockStart, end: blockEnd });
  };

  const visit = (element: HtmlElement): void => {
    const mark = drops.get(element);
    if (mark !== undefined) {
      const s = stats.get(element);
      if (s !== undefined && s.text > 0) removed.push({ start: element.start, end: element.end, text: snippet(collectInline(element)), kind: mark.kind, rule: mark.rule });
      return;
    }
    const tag = element.tag;
    if (SKIP_TAGS.has(tag)) return;
    if (tag === 'br') {
      buffer += '\n';
      return;
    }
    if (options.conditional && CLEANED.has(tag)) {
      const reason = cleanReason(element, stats, containerParagraphs);
      if (reason !== null) {
        removed.push({ start: element.start, end: element.end, text: snippet(collectInline(element)), kind: reason.kind, rule: reason.rule });
        return;
      }
    }
    if (HEADINGS.has(tag) && titles.size > 0 && (tag === 'h1' || tag === 'h2')) {
      const s = stats.get(element);
      if (s !== undefined && s.text < 400) {
        const text = collectInline(element);
        if (titles.has(normTitle(text))) {
          removed.push({ start: element.start, end: element.end, text: snippet(text), kind: 'title', rule: 'html/clean/title' });
          return;
        }
      }
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) {
      flush();
      blockStart = element.start;
      blockEnd = element.end;
    }
    for (const child of element.children) {
      if (typeof child === 'string') buffer += child;
      else visit(child);
    }
    if (block) {
      blockEnd = element.end;
      flush();
    }
  };

  for (const part of parts) {
    flush();
    blockStart = part.start;
    blockEnd = part.end;
    visit(part);
    flush();
  }
  return { paragraphs, spans, removed };
}

/** The visible text of an element with inline whitespace collapsed. */
export function collectInline(element: HtmlElement): string {
  let out = '';
  const go = (e: HtmlElement): void => {
    for (const child of e.children) {
      if (typeof child === 'string') out += child;
      else if (!SKIP_TAGS.has(child.tag)) {
        if (BLOCK_TAGS.has(child.tag)) out += ' ';
        go(child);
        if (BLOCK_TAGS.has(child.tag)) out += ' ';
      }
    }
  };
  go(element);
  return out.replace(/\s+/g, ' ').trim();
}
