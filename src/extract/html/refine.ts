/**
 * A refiner over the serialised body: the plain-text boilerplate rules (`data/lexicon/
 * boilerplate.json`, the same rules the text stage applies) run on the body's paragraphs, so
 * that a promo, a "read also" link line, a photo credit or a post footer that sits inside the
 * article container leaves the body here already, reported with its `text/<id>` rule.
 *
 * A rule may claim only the tail of a paragraph (a promo sentence closing it); the head stays.
 */
import type { BoilerplateRule } from '../../lexicon/boilerplate.js';
import type { Span } from '../../types.js';
import { classifyBlocks } from '../text/classify.js';
import { snippet } from './body.js';
import type { HtmlBoilerplate } from './types.js';

export interface RefinedBody {
  paragraphs: string[];
  /** For each paragraph, the source range of the block it came from. */
  spans: Span[];
  /** The paragraphs (or paragraph tails) removed, with the HTML range of their block. */
  removed: HtmlBoilerplate[];
}

/**
 * Removes the paragraphs (or tails) the rules claim. `spans[i]` is the HTML range of
 * `paragraphs[i]`; a claimed tail keeps its paragraph's range for the report.
 */
export function refineParagraphs(paragraphs: readonly string[], spans: readonly Span[], rules: readonly BoilerplateRule[]): RefinedBody {
  const text = paragraphs.join('\n\n');
  // The rules read a block as one line; a paragraph's inner line breaks (`<br>`) become spaces
  // of the same length, so that offsets into `text` stay valid.
  const flat = paragraphs.map((p) => p.replace(/[\n\r]/g, ' ')).join('\n\n');
  const blocks: Span[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    blocks.push({ start: offset, end: offset + p.length });
    offset += p.length + 2;
  }
  const classified = classifyBlocks(flat, blocks, rules);
  // Which paragraph a piece of the text belongs to: the block that contains its start.
  const owner = (at: number): number => {
    let lo = 0;
    let hi = blocks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blocks[mid]!.start <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const out: RefinedBody = { paragraphs: [], spans: [], removed: [] };
  for (const span of classified.body) {
    out.paragraphs.push(text.slice(span.start, span.end));
    out.spans.push(spans[owner(span.start)]!);
  }
  for (const b of classified.boilerplate) {
    out.removed.push({ ...spans[owner(b.start)]!, text: snippet(b.text), kind: b.kind, rule: b.rule });
  }
  return out;
}
