/**
 * Per-element text statistics, computed once bottom-up: how much visible text an element holds,
 * how much of it sits inside links, and how many commas, paragraphs and images. Every scoring and
 * pruning decision reads these numbers instead of re-walking subtrees.
 */
import type { HtmlElement } from './tree.js';

export interface ElementStats {
  /** Visible characters, whitespace runs counted as one. */
  text: number;
  /** Visible characters inside `<a>`. */
  link: number;
  commas: number;
  /** `<p>` elements inside, itself included. */
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  /** Elements inside, itself included. */
  elements: number;
}

export type StatsMap = Map<HtmlElement, ElementStats>;

const COMMA = /[,،、，]/g;

export function countCommas(text: string): number {
  const commas = text.match(COMMA);
  return commas === null ? 0 : commas.length;
}

/** Visible length of a text node: characters with each whitespace run counted once. */
export function visibleLength(text: string): number {
  let n = 0;
  let space = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160 || c === 12) {
      if (!space) n++;
      space = true;
    } else {
      n++;
      space = false;
    }
  }
  return n;
}

/** Stats of every element under `root` (itself included). */
export function computeStats(root: HtmlElement): StatsMap {
  const map: StatsMap = new Map();
  visit(root, false, map);
  return map;
}

function visit(element: HtmlElement, inLink: boolean, map: StatsMap): ElementStats {
  const tag = element.tag;
  const linked = inLink || tag === 'a';
  const stats: ElementStats = {
    text: 0,
    link: 0,
    commas: 0,
    paragraphs: tag === 'p' ? 1 : 0,
    images: tag === 'img' ? 1 : 0,
    listItems: tag === 'li' ? 1 : 0,
    inputs: tag === 'input' || tag === 'select' || tag === 'textarea' || tag === 'button' ? 1 : 0,
    elements: 1,
  };
  for (const child of element.children) {
    if (typeof child === 'string') {
      const len = visibleLength(child);
      stats.text += len;
      if (linked) stats.link += len;
      stats.commas += countCommas(child);
      continue;
    }
    const s = visit(child, linked, map);
    stats.text += s.text;
    stats.link += s.link;
    stats.commas += s.commas;
    stats.paragraphs += s.paragraphs;
    stats.images += s.images;
    stats.listItems += s.listItems;
    stats.inputs += s.inputs;
    stats.elements += s.elements;
  }
  map.set(element, stats);
  return stats;
}

/** Share of an element's text inside links, 0 when it has no text. */
export function linkDensity(stats: ElementStats): number {
  return stats.text === 0 ? 0 : stats.link / stats.text;
}
