/**
 * Classifies the blocks of a plain-text article as body or boilerplate.
 *
 * Workflow: for each block, try the rules in lexicon order at the block start (block rules) or at
 * every sentence start (sentence rules); the first rule that claims the block, or the tail of it,
 * wins. Then two refiners: trailing scraps after end-of-article boilerplate join it, and the
 * navigation heuristic catches menus of short separated items that no rule names.
 */
import type { BoilerplateBlock, BoilerplateKind, Span } from '../../types.js';
import type { BoilerplateRule } from '../../lexicon/boilerplate.js';
import { insideQuotes } from './quotes-state.js';

export interface Classified {
  body: Span[];
  boilerplate: BoilerplateBlock[];
  /** Named groups of the winning matches: `author` and `outlet`, with spans, per block. */
  captures: Capture[];
}

export interface Capture {
  rule: string;
  kind: BoilerplateKind;
  author?: Span;
  outlet?: Span;
}

/** Positions where a sentence starts in `[start, end)`: the block start, and after . ! ? … */
export function sentenceStarts(text: string, start: number, end: number): number[] {
  const starts = [start];
  const re = /[.!?…]["”’»)\]]*\s+/g;
  re.lastIndex = start;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    const next = m.index + m[0].length;
    if (next < end) starts.push(next);
  }
  return starts;
}

interface Claim {
  rule: BoilerplateRule;
  span: Span;
  match: RegExpExecArray;
  /** Where the matched subject starts in the document. */
  offset: number;
}

/**
 * Tries one rule on one block. The regex runs on the block's own text, so that no match can run
 * into the next line; offsets are shifted back to the document.
 */
function tryRule(text: string, block: Span, rule: BoilerplateRule, starts: readonly number[]): Claim | null {
  const subject = text.slice(block.start, block.end);
  const positions = rule.anchor === 'block' ? [0] : starts.map((s) => s - block.start);
  for (const pos of positions) {
    rule.regex.lastIndex = pos;
    const match = rule.regex.exec(subject);
    if (match === null || match.index !== pos) continue;
    const matchEnd = pos + match[0].length;
    if (rule.whole && subject.slice(matchEnd).replace(/[\s.!,;:|•·]+/gu, '') !== '') continue;
    if (insideQuotes(subject, 0, pos)) continue;
    const claimed: Span = { start: block.start + pos, end: block.end };
    if (pos === 0) {
      if (block.end - block.start > rule.maxChars) continue;
    } else if (!rule.split || claimed.end - claimed.start > rule.maxChars) {
      continue;
    }
    return { rule, span: claimed, match, offset: block.start };
  }
  return null;
}

function groupSpan(claim: Claim, name: string, text: string): Span | undefined {
  const range = claim.match.indices?.groups?.[name];
  if (!range) return undefined;
  let start = range[0] + claim.offset;
  let end = range[1] + claim.offset;
  // Trim spaces and closing punctuation the pattern let in.
  while (end > start && /[\s.,;:!?)\]]/u.test(text[end - 1]!)) end--;
  while (start < end && /\s/u.test(text[start]!)) start++;
  return end > start ? { start, end } : undefined;
}

/** True when a name group looks like a name: every word capitalised or a known particle. */
function looksLikeName(value: string): boolean {
  const words = value.split(/[\s,&]+/u).filter((w) => w !== '' && !/^(?:and|и|і|de|van|von|da|di|del|la|le|bin|al-?)$/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w)) && !/^(?:The|A|An|He|She|They|It|We|This|That)$/u.test(words[0]!);
}

export function classifyBlocks(text: string, blocks: readonly Span[], rules: readonly BoilerplateRule[]): Classified {
  const body: Span[] = [];
  const boilerplate: BoilerplateBlock[] = [];
  const captures: Capture[] = [];
  const last = blocks.length - 1;

  // A worklist, because a block whose tail was claimed goes back in as a shorter block.
  const queue = blocks.map((block, index) => ({ block, index }));
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const { block, index } = item;
    const starts = sentenceStarts(text, block.start, block.end);
    const atEdge = index === 0 || index >= last - 1;
    let claim: Claim | null = null;
    for (const rule of rules) {
      if (rule.edgeOnly && !atEdge) continue;
      claim = tryRule(text, block, rule, starts);
      if (claim === null) continue;
      const author = groupSpan(claim, 'author', text);
      if (author && !looksLikeName(text.slice(author.start, author.end))) {
        claim = null;
        continue;
      }
      break;
    }
    if (claim === null) {
      body.push(block);
      continue;
    }
    if (claim.span.start > block.start) {
      const head = trimSpan(text, { start: block.start, end: claim.span.start });
      if (head) queue.unshift({ block: head, index });
    }
    const ruleId = `text/${claim.rule.id}`;
    boilerplate.push({ ...claim.span, text: text.slice(claim.span.start, claim.span.end), kind: claim.rule.kind, rule: ruleId });
    const capture: Capture = { rule: ruleId, kind: claim.rule.kind };
    const author = groupSpan(claim, 'author', text);
    const outlet = groupSpan(claim, 'outlet', text);
    if (author) capture.author = author;
    if (outlet) capture.outlet = outlet;
    captures.push(capture);
  }
  body.sort((a, b) => a.start - b.start);
  boilerplate.sort((a, b) => a.start - b.start);

  return refineTail(text, markNavigation(text, { body, boilerplate, captures }));
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

/**
 * A block of three or more short items separated by | • › » or " / " with no sentence in it is a
 * menu or a breadcrumb trail.
 */
function markNavigation(text: string, result: Classified): Classified {
  const body: Span[] = [];
  const boilerplate = [...result.boilerplate];
  for (const span of result.body) {
    const value = text.slice(span.start, span.end);
    const items = value.split(/\s*(?:\||•|·|›|»|>|\s\/\s)\s*/u).filter((s) => s !== '');
    const isMenu = items.length >= 3 && items.every((item) => item.length <= 30 && !/[.!?]$/u.test(item)) && value.length <= 300;
    if (isMenu) boilerplate.push({ ...span, text: value, kind: 'navigation', rule: 'text/navigation/separated-items' });
    else body.push(span);
  }
  boilerplate.sort((a, b) => a.start - b.start);
  return { ...result, body, boilerplate };
}

/**
 * After the last real body block, a scrap of at most four words with no sentence punctuation (a
 * channel name left from a promo, a lone hashtag) that follows boilerplate belongs with it.
 */
function refineTail(text: string, result: Classified): Classified {
  const isScrapSpan = (b: Span) => isScrap(text.slice(b.start, b.end));
  const lastReal = [...result.body].reverse().find((b) => !isScrapSpan(b));
  const after = lastReal?.end ?? -1;
  const scraps = result.body.filter(
    (b) => b.start > after && isScrapSpan(b) && result.boilerplate.some((x) => x.start > after && x.end <= b.start),
  );
  if (scraps.length === 0) return result;
  const boilerplate = [...result.boilerplate];
  for (const scrap of scraps) {
    const before = [...boilerplate].reverse().find((x) => x.end <= scrap.start)!;
    boilerplate.push({ ...scrap, text: text.slice(scrap.start, scrap.end), kind: before.kind, rule: 'text/tail/scrap-after-boilerplate' });
  }
  boilerplate.sort((a, b) => a.start - b.start);
  return { ...result, body: result.body.filter((b) => !scraps.includes(b)), boilerplate };
}

function isScrap(value: string): boolean {
  return value.split(/\s+/u).length <= 4 && !/[.!?…"“”«»]/u.test(value);
}
