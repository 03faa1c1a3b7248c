/**
 * Quote extraction over the body paragraphs of a document.
 *
 * Workflow, per paragraph: find the quoted segments → cut sentence units that never break inside a
 * quotation → attribute each segment from the words next to it (direct parser) → find reported
 * speech in every sentence outside the quotations (reported parser) → merge: a segment inside a
 * reported clause makes it mixed; an unattributed segment inside a sentence with a speaker is a
 * partial quote; what is left of the unattributed in-sentence segments are scare quotes, dropped.
 */
import type { Quote, QuoteKind, Span } from '../../types.js';
import { parseDirect, type DirectCandidate } from './direct.js';
import { embeddedQuote } from './embeds.js';
import { findQuotedSegments, type QuotedSegment } from './marks.js';
import { parseReported, type ReportedCandidate } from './reported.js';
import { relationContent } from './relation.js';
import { cueAt } from './cues.js';
import { speakerBefore } from './speaker.js';
import { countWords, tokenize } from './tokens.js';
import { sentenceUnits } from './units.js';

/** Labels of links to other stories inside an article body. */
const LINK_LABEL = /^(read more|more|watch|related|see also|listen|video|photos|читайте также|читайте також)\s*:/i;

/** Shortest unattributed in-sentence quotation kept as a partial quote, in words. */
const PARTIAL_MIN_WORDS = 4;

export interface QuoteOptions {
  /**
   * Which reading a quote takes. `false` (the default), the quotation reading of the Gender Gap
   * Tracker: a quote is the words in quotation marks; each quoted passage is a quote of its own,
   * a continuation (“A,” she said. “B.”) with no speaker span of its own. `true`, the
   * attribution-relation reading of PolNeAR: a quote is the whole content its cue attributes; a
   * quotation interrupted by its attribution or running into the next paragraph is one quote with
   * `parts`, and content that holds words of the reporter's own (`that`, the clause around a
   * partial quote, the rest of the sentence) is mixed (see relation.ts).
   */
  joinContinuations?: boolean;
}

/** A quote with what the continuation refiner needs to know about where it came from. */
interface Found {
  quote: Quote;
  paragraph: number;
  /** The quoted segment of a direct quote. */
  segment?: QuotedSegment;
  /** Its sentence has no cue. */
  floating: boolean;
}

/** The quotes of `text` found in `paragraphs` (body spans), in document order. */
export function extractQuotes(text: string, paragraphs: readonly Span[], options: QuoteOptions = {}): Quote[] {
  const found: Found[] = [];
  let lead: Span | null = null;
  paragraphs.forEach((paragraph, n) => {
    const embedded = embeddedQuote(text, paragraph);
    if (embedded !== null) {
      found.push({ quote: embedded, paragraph: n, floating: false });
      lead = null;
      return;
    }
    const segments = findQuotedSegments(text, paragraph.start, paragraph.end);
    const units = sentenceUnits(text, paragraph.start, paragraph.end, segments);
    for (const f of paragraphQuotes(text, segments, units, lead, options.joinContinuations === true)) found.push({ ...f, paragraph: n });
    lead = units[units.length - 1] ?? paragraph;
  });
  found.sort((a, b) => a.quote.quote.start - b.quote.quote.start);
  return linkContinuations(text, found, options.joinContinuations === true);
}

/**
 * Continuations: a floating quotation right after an attributed one in the same paragraph, the
 * second half of an interrupted quotation (same cue), or the paragraph after a quotation left open.
 * In the relation reading a floating quotation right after a reported clause in the same paragraph
 * continues it too: one relation, mixed.
 */
function linkContinuations(text: string, found: readonly Found[], join: boolean): Quote[] {
  const out: Quote[] = [];
  let head: { quote: Quote; last: Found } | null = null;
  for (const f of found) {
    const q = f.quote;
    const last = head?.last;
    let continues = false;
    if (head !== null && last !== undefined && f.segment !== undefined && q.kind === 'direct') {
      // A reported head (relation reading only) ends where its content ends, and is closed.
      const lastEnd = last.segment?.end ?? last.quote.quote.end;
      const lastClosed = last.segment?.closed ?? true;
      const sameParagraph = f.paragraph === last.paragraph;
      // How many words (the attribution) may stand between a quotation and its continuation.
      const betweenLimit = join ? 30 : 12;
      const between = text.slice(lastEnd, f.segment.start);
      const near = !/[“"«„]/.test(between) && countWords(text, lastEnd, f.segment.start) <= betweenLimit;
      const interrupted = sameParagraph && q.cue !== null && head.quote.cue !== null && q.cue.start === head.quote.cue.start;
      const followed = sameParagraph && f.floating && near;
      // The next paragraph goes on with the same voice: the quotation was left open, or it opens
      // with a whole-sentence quotation right after an attributed one ("…,” Barkley said.⏎“Then …”).
      const nextParagraph = f.paragraph === last.paragraph + 1 && f.floating && (!lastClosed || near);
      // After a reported clause only a quotation in the same paragraph goes on with its content
      // ("Clinton said America needs leaders who …. “And that's why …”").
      continues = last.segment === undefined ? followed : interrupted || followed || nextParagraph;
    }
    if (continues && head !== null) {
      if (join) {
        // Quoted words after a reported clause: the relation holds both, mixed.
        if (head.quote.kind !== 'direct') head.quote.kind = 'mixed';
        const parts = [...(head.quote.parts ?? [head.quote.quote]), q.quote];
        head.quote.parts = parts;
        head.quote.quote = { start: parts[0]!.start, end: q.quote.end };
      } else {
        out.push({ ...q, rule: f.floating ? 'quotes/direct/continuation' : q.rule });
      }
      head.last = f;
      continue;
    }
    const copy: Quote = { ...q };
    out.push(copy);
    const attributed = q.speaker !== null && (q.kind === 'direct' ? f.segment !== undefined : join);
    head = attributed ? { quote: copy, last: f } : null;
  }
  return out;
}

/**
 * The quotes of one paragraph, given its quoted segments, its sentence units and the last
 * sentence of the paragraph before it (`lead`: "Cruz continued:").
 */
function paragraphQuotes(
  text: string,
  segments: readonly QuotedSegment[],
  units: readonly Span[],
  lead: Span | null,
  join: boolean,
): Omit<Found, 'paragraph'>[] {
  const direct = parseDirect(text, segments, units, lead);
  const usedCues = direct.filter((d) => d.cue !== null).map((d) => d.cue!);
  const blocked = (offset: number): boolean =>
    segments.some((s) => s.start <= offset && offset < s.end) || usedCues.some((c) => c.start <= offset && offset < c.end);

  const quotes: Omit<Found, 'paragraph'>[] = [];
  const absorbed = new Set<QuotedSegment>();
  const reported: ReportedCandidate[] = [];
  // A link to another story ("READ MORE: Nova Scotia says …", "WATCH: …") reports that story's
  // speech, not this one's.
  const first = units[0];
  const link = first !== undefined && LINK_LABEL.test(text.slice(first.start, first.start + 22));
  if (!link) for (const unit of units) reported.push(...parseReported(text, unit, blocked));

  for (const r of reported) {
    const inside = direct.filter((d) => d.segment.start < r.quote.end && r.quote.start < d.segment.end);
    if (inside.some((d) => d.status === 'attributed')) continue;
    for (const d of inside) absorbed.add(d.segment);
    const quote = reportedQuote(text, r, inside, join);
    // The two sides of a parenthetical attribution ("…, Rutledge said, for others, …"): one quote
    // with parts when continuations are joined, else two quotes.
    if (r.parts !== undefined && join) quotes.push({ quote: { ...quote, parts: r.parts }, floating: false });
    else if (r.parts !== undefined) for (const part of r.parts) quotes.push({ quote: { ...quote, quote: part }, floating: false });
    else quotes.push({ quote, floating: false });
  }

  direct.forEach((d, n) => {
    if (absorbed.has(d.segment)) return;
    // Where the next quotation starts: the content of this one stops there in the relation reading.
    const limit = direct[n + 1]?.segment.start ?? Infinity;
    if (d.status === 'embedded') {
      const partial = partialQuote(text, d);
      if (partial === null) return;
      // After another quotation on the same cue ("says “…” because “…”") the content starts where
      // that quotation ends.
      const previous = direct[n - 1]?.segment;
      const from = previous !== undefined && previous.end > partial.cue!.end ? { start: previous.end, end: previous.end } : partial.cue;
      if (join) {
        const relation = relationContent(text, d.segment, { cue: from, unit: d.unit, limit, embedded: true });
        if (relation.rule !== null) {
          quotes.push({ quote: { ...partial, quote: relation.quote, kind: relation.kind, rule: relation.rule }, floating: false });
          return;
        }
      }
      quotes.push({ quote: partial, segment: d.segment, floating: false });
      return;
    }
    const floating = d.status === 'floating';
    if (d.mixedFrom !== undefined) {
      quotes.push({ quote: { quote: { start: d.mixedFrom, end: d.segment.end }, speaker: d.speaker, cue: d.cue, kind: 'mixed', rule: d.rule }, floating });
      return;
    }
    // The relation reading of a quotation attributed before its words (or by a colon).
    if (join && d.status === 'attributed' && (d.cue === null || d.cue.end <= d.segment.start)) {
      const relation = relationContent(text, d.segment, { cue: d.cue, unit: d.unit, limit, embedded: false });
      if (relation.rule !== null) {
        quotes.push({ quote: { quote: relation.quote, speaker: d.speaker, cue: d.cue, kind: relation.kind, rule: relation.rule }, floating });
        return;
      }
    }
    const quote: Quote = { quote: { start: d.segment.start, end: d.segment.end }, speaker: d.speaker, cue: d.cue, kind: 'direct', rule: d.rule };
    quotes.push({ quote, segment: d.segment, floating });
  });
  return quotes;
}

/** The complementiser just before a reported clause ("said that …", "заявил, что …"). */
const THAT_BEFORE = /(?<![\p{L}\p{N}])(?:that|что|що)[\s,]*$/iu;

/**
 * A reported clause; `inside` are the quotations it contains. In the quotation reading a clause
 * that is nothing but a quotation after `that` ("X said that “…”") is a direct quote; in the
 * relation reading (`join`) the complementiser belongs to the content, which makes it mixed.
 */
function reportedQuote(text: string, r: ReportedCandidate, inside: readonly DirectCandidate[], join: boolean): Quote {
  let kind: QuoteKind = 'indirect';
  let span = r.quote;
  if (inside.length > 0) {
    kind = 'mixed';
    let outside = countWords(text, r.quote.start, r.quote.end);
    for (const d of inside) outside -= countWords(text, d.segment.start, d.segment.end);
    const lead = text.slice(r.quote.start, inside[0]!.segment.start).trim().toLowerCase();
    const that = THAT_BEFORE.exec(text.slice(Math.max(0, r.quote.start - 8), r.quote.start));
    if (join && outside <= 0 && that !== null) {
      span = { start: r.quote.start - that[0].length, end: r.quote.end };
      return { quote: span, speaker: r.speaker, cue: r.cue, kind, rule: 'quotes/mixed/that-quote' };
    }
    if (outside <= 0 || (!join && outside === 1 && (lead === 'that' || lead === 'что' || lead === 'що'))) {
      kind = 'direct';
      span = { start: inside[0]!.segment.start, end: inside[inside.length - 1]!.segment.end };
    }
  }
  return { quote: span, speaker: r.speaker, cue: r.cue, kind, rule: kind === 'direct' ? 'quotes/direct/said-that' : r.rule };
}

/**
 * An in-sentence quotation with no cue next to it, in a sentence whose speaker and cue come before
 * it ("Putin wrote to Kim … with a proposal that the two countries “jointly expand …”"); null for a
 * scare quote (“scenario”) or a title.
 */
function partialQuote(text: string, d: DirectCandidate): Quote | null {
  if (countWords(text, d.segment.inner.start, d.segment.inner.end) < PARTIAL_MIN_WORDS) return null;
  const tokens = tokenize(text, d.unit.start, d.segment.start);
  for (let i = 0; i < tokens.length; i++) {
    const cue = cueAt(tokens, i, 'direct');
    if (cue === null) continue;
    const speaker = speakerBefore(tokens, i, text);
    if (speaker === null || speaker.boundary === 'limit') continue;
    return {
      quote: { start: d.segment.start, end: d.segment.end },
      speaker: { start: speaker.start, end: speaker.end },
      cue: { start: tokens[cue.first]!.start, end: tokens[cue.last - 1]!.end },
      kind: 'direct',
      rule: 'quotes/direct/partial',
    };
  }
  return null;
}
