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
import { findQuotedSegments, type QuotedSegment } from './marks.js';
import { parseReported, type ReportedCandidate } from './reported.js';
import { cueAt } from './cues.js';
import { speakerBefore } from './speaker.js';
import { countWords, tokenize } from './tokens.js';
import { sentenceUnits } from './units.js';

/** Shortest unattributed in-sentence quotation kept as a partial quote, in words. */
const PARTIAL_MIN_WORDS = 4;

/** The quotes of `text` found in `paragraphs` (body spans), in document order. */
export function extractQuotes(text: string, paragraphs: readonly Span[]): Quote[] {
  const quotes: Quote[] = [];
  for (const paragraph of paragraphs) quotes.push(...paragraphQuotes(text, paragraph));
  return quotes.sort((a, b) => a.quote.start - b.quote.start);
}

function paragraphQuotes(text: string, paragraph: Span): Quote[] {
  const segments = findQuotedSegments(text, paragraph.start, paragraph.end);
  const units = sentenceUnits(text, paragraph.start, paragraph.end, segments);
  const direct = parseDirect(text, segments, units);
  const usedCues = direct.filter((d) => d.cue !== null).map((d) => d.cue!);
  const blocked = (offset: number): boolean =>
    segments.some((s) => s.start <= offset && offset < s.end) || usedCues.some((c) => c.start <= offset && offset < c.end);

  const quotes: Quote[] = [];
  const absorbed = new Set<QuotedSegment>();
  const reported: ReportedCandidate[] = [];
  for (const unit of units) reported.push(...parseReported(text, unit, blocked));

  for (const r of reported) {
    const inside = direct.filter((d) => d.segment.start < r.quote.end && r.quote.start < d.segment.end);
    if (inside.some((d) => d.status === 'attributed')) continue;
    for (const d of inside) absorbed.add(d.segment);
    quotes.push(reportedQuote(text, r, inside));
  }

  for (const d of direct) {
    if (absorbed.has(d.segment)) continue;
    if (d.status === 'embedded') {
      const partial = partialQuote(text, d);
      if (partial !== null) quotes.push(partial);
      continue;
    }
    if (d.mixedFrom !== undefined) {
      quotes.push({ quote: { start: d.mixedFrom, end: d.segment.end }, speaker: d.speaker, cue: d.cue, kind: 'mixed', rule: d.rule });
    } else quotes.push({ quote: { start: d.segment.start, end: d.segment.end }, speaker: d.speaker, cue: d.cue, kind: 'direct', rule: d.rule });
  }
  return quotes;
}

/** A reported clause; `inside` are the quotations it contains. */
function reportedQuote(text: string, r: ReportedCandidate, inside: readonly DirectCandidate[]): Quote {
  let kind: QuoteKind = 'indirect';
  let span = r.quote;
  if (inside.length > 0) {
    kind = 'mixed';
    // "X said that “…”": nothing but `that` outside the quotation — a direct quote after all.
    let outside = countWords(text, r.quote.start, r.quote.end);
    for (const d of inside) outside -= countWords(text, d.segment.start, d.segment.end);
    const lead = text.slice(r.quote.start, inside[0]!.segment.start).trim().toLowerCase();
    if (outside <= 0 || (outside === 1 && (lead === 'that' || lead === 'что' || lead === 'що'))) {
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
