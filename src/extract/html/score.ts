/**
 * Choosing the article container, after Readability: every paragraph-like block gives points
 * (1 + commas + one per 100 characters, at most 3) to its parent, half to its grandparent and less
 * to the ancestors above; an element's class and tag weigh in, and its link density discounts it.
 * The best-scoring element wins, and its siblings that look like more of the same article join it.
 */
import { attrString, type DropMap } from './clean.js';
import { NEGATIVE_ATTRS, POSITIVE_ATTRS } from './selectors.js';
import { countCommas, linkDensity, visibleLength, type StatsMap } from './stats.js';
import { BLOCK_TAGS, type HtmlElement } from './tree.js';

const SCORED = new Set(['p', 'pre', 'td', 'section', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BLOCK_CHILD = new Set([
  'a_never', 'blockquote', 'dl', 'div', 'img_never', 'ol', 'p', 'pre', 'table', 'ul', 'section', 'article', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

/** The class/id weight of an element: +25 for article-like names, -25 for boilerplate-like ones. */
export function classWeight(element: HtmlElement): number {
  let weight = 0;
  for (const value of [element.attrs.class, element.attrs.id]) {
    if (!value) continue;
    if (NEGATIVE_ATTRS.test(value)) weight -= 25;
    if (POSITIVE_ATTRS.test(value)) weight += 25;
  }
  return weight;
}

function tagWeight(tag: string): number {
  switch (tag) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export interface Container {
  /** The winning element. */
  top: HtmlElement;
  /** The winner and the siblings that joined it, in document order. */
  parts: HtmlElement[];
  score: number;
}

// No `span`: its inline runs already count in the enclosing block, and a lone span scored as a
// container lets a teaser with an article-like class (`linkBody`) outscore the article.
const CONTAINERS = new Set(['div', 'article', 'section', 'main', 'td', 'center', 'font', 'body']);

/** Awards points for each run of inline content of at least 25 characters directly in `element`. */
function scoreInlineRuns(
  element: HtmlElement,
  stats: StatsMap,
  drops: DropMap,
  award: (parent: HtmlElement, text: number, commas: number) => void,
): void {
  let text = 0;
  let commas = 0;
  const close = (): void => {
    if (text >= 25) award(element, text, commas);
    text = 0;
    commas = 0;
  };
  for (const child of element.children) {
    if (typeof child === 'string') {
      text += visibleLength(child);
      commas += countCommas(child);
    } else if (BLOCK_TAGS.has(child.tag) && child.tag !== 'br') {
      close();
    } else if (!drops.has(child)) {
      const s = stats.get(child);
      if (s !== undefined && s.link < s.text * 0.5) {
        text += s.text;
        commas += s.commas;
      }
    }
  }
  close();
}

/** True when a div holds only inline content, so that it acts as a paragraph. */
function isTextDiv(element: HtmlElement): boolean {
  for (const child of element.children) if (typeof child !== 'string' && BLOCK_CHILD.has(child.tag)) return false;
  return true;
}

/** The article container under `body`, or null when no block scored. */
export function findContainer(body: HtmlElement, stats: StatsMap, drops: DropMap): Container | null {
  const scores = new Map<HtmlElement, number>();
  const initial = (element: HtmlElement): number => {
    let score = scores.get(element);
    if (score === undefined) {
      score = tagWeight(element.tag) + classWeight(element);
      scores.set(element, score);
    }
    return score;
  };
  const award = (parent: HtmlElement, text: number, commas: number): void => {
    const points = 1 + commas + Math.min(Math.floor(text / 100), 3);
    let ancestor: HtmlElement | null = parent;
    for (let level = 0; ancestor !== null && level < 5; level++, ancestor = ancestor.parent) {
      if (!stats.has(ancestor)) break;
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, initial(ancestor) + points / divider);
    }
  };
  const stack: HtmlElement[] = [body];
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (drops.has(element)) continue;
    const tag = element.tag;
    if (SCORED.has(tag) || (tag === 'div' && isTextDiv(element))) {
      const s = stats.get(element)!;
      if (s.text >= 25 && element.parent !== null) award(element.parent, s.text, s.commas);
      if (tag !== 'div' && tag !== 'section' && tag !== 'td') continue;
    } else if (CONTAINERS.has(tag)) {
      // Text written straight into a container between block children (`text<br>text<div>…`)
      // is a paragraph too, as Readability's wrapping of phrasing content makes it.
      scoreInlineRuns(element, stats, drops, award);
    }
    const children = element.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i]!;
      if (typeof child !== 'string') stack.push(child);
    }
  }
  let top: HtmlElement | null = null;
  let best = -Infinity;
  for (const [element, raw] of scores) {
    if (drops.has(element)) continue;
    const score = raw * (1 - linkDensity(stats.get(element)!));
    scores.set(element, score);
    if (score > best) {
      best = score;
      top = element;
    }
  }
  if (top === null) return null;
  top = climb(top, scores, stats);
  const topScore = scores.get(top) ?? best;
  return { top, parts: gatherSiblings(top, topScore, scores, stats, drops), score: topScore };
}

/**
 * Readability's climb: an article split in several sibling blocks gives each a part of its
 * score, so a parent that outscores the (decreasing) score of the path below it is the real
 * container. A parent scoring under a third of the winner stops the climb. Then a wrapper with
 * no other element child is the same block, so the climb goes through it.
 */
function climb(top: HtmlElement, scores: Map<HtmlElement, number>, stats: StatsMap): HtmlElement {
  let current = top;
  let last = scores.get(current) ?? 0;
  const threshold = last / 3;
  for (let parent = current.parent; parent !== null && parent.tag !== 'body' && stats.has(parent); parent = parent.parent) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    if (parentScore > last) {
      current = parent;
      break;
    }
    last = parentScore;
  }
  while (current.parent !== null && current.parent.tag !== 'body' && stats.has(current.parent) && onlyElementChild(current.parent) === current) {
    current = current.parent;
  }
  return current;
}

function onlyElementChild(element: HtmlElement): HtmlElement | null {
  let only: HtmlElement | null = null;
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child.trim() !== '') return null;
      continue;
    }
    if (only !== null) return null;
    only = child;
  }
  return only;
}

function gatherSiblings(
  top: HtmlElement,
  topScore: number,
  scores: Map<HtmlElement, number>,
  stats: StatsMap,
  drops: DropMap,
): HtmlElement[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = top.attrs.class ?? '';
  const parts: HtmlElement[] = [];
  for (const child of parent.children) {
    if (typeof child === 'string') continue;
    if (child === top) {
      parts.push(child);
      continue;
    }
    if (drops.has(child)) continue;
    let bonus = 0;
    if (topClass !== '' && child.attrs.class === topClass) bonus = topScore * 0.2;
    const score = scores.get(child);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(child);
      continue;
    }
    if (child.tag === 'p') {
      const s = stats.get(child)!;
      const density = linkDensity(s);
      if ((s.text > 80 && density < 0.25) || (s.text > 0 && s.text <= 80 && density === 0 && attrString(child) === '')) parts.push(child);
    }
  }
  return parts;
}
