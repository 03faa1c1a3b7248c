/**
 * Quoted segments of a paragraph: text between quotation marks in any common style
 * (“ ” " " « » „ “ ‚ ‘ ‹ › 「 」 『 』 ‘ ’) and dash-introduced dialogue (— Text, — she said).
 * A segment that opens and does not close runs to the end of its paragraph (a quote that goes on
 * in the next paragraph, which opens with a quotation mark again).
 */
import type { Span } from '../../types.js';

export type MarkStyle = 'curly' | 'straight' | 'guillemet' | 'low' | 'single' | 'corner' | 'dash';

export interface QuotedSegment extends Span {
  /** The text between the marks. */
  inner: Span;
  closed: boolean;
  style: MarkStyle;
}

/** Openers and the marks that may close them. */
const PAIRS: ReadonlyMap<string, { closers: string; style: MarkStyle }> = new Map([
  ['\u201c', { closers: '\u201d', style: 'curly' }], // “ ”
  ['\u201e', { closers: '\u201c\u201d', style: 'low' }], // „ “ (German, Russian, Ukrainian) or „ ”
  ['\u00ab', { closers: '\u00bb', style: 'guillemet' }], // « »
  ['\u2039', { closers: '\u203a', style: 'guillemet' }], // ‹ ›
  ['\u300c', { closers: '\u300d', style: 'corner' }], // 「 」
  ['\u300e', { closers: '\u300f', style: 'corner' }], // 『 』
  ['\u2018', { closers: '\u2019', style: 'single' }], // ‘ ’
  ['\u201a', { closers: '\u2018\u2019', style: 'single' }], // ‚ ‘
  ['"', { closers: '"', style: 'straight' }],
]);

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The quoted segments inside `[start, end)` of `text`, in order, not nested (an inner quotation
 * belongs to its outer one). Returns an empty list when the paragraph quotes nothing.
 */
export function findQuotedSegments(text: string, start: number, end: number): QuotedSegment[] {
  const dash = dashDialogue(text, start, end);
  if (dash.length > 0) return dash;
  const segments: QuotedSegment[] = [];
  const openers = /["\u201c\u201e\u00ab\u2039\u300c\u300e\u2018\u201a]/g;
  let i = start;
  while (i < end) {
    // Jump to the next opening mark: most of a paragraph is not quoted.
    openers.lastIndex = i;
    const next = openers.exec(text);
    if (next === null || next.index >= end) break;
    i = next.index;
    const ch = text[i]!;
    const pair = PAIRS.get(ch);
    // A single opening quote inside a word is an apostrophe-like mark, not a quotation.
    if (pair === undefined || (pair.style === 'single' && isWordChar(text[i - 1])) || (ch === '"' && isWordChar(text[i - 1]) && !isWordChar(text[i + 1]))) {
      i++;
      continue;
    }
    const close = findCloser(text, i, end, ch, pair.closers, pair.style);
    if (close === -1) {
      // An unclosed single quote is far more often an apostrophe (’90s) than a quotation.
      if (pair.style !== 'single' && end - i > 1) {
        segments.push({ start: i, end, inner: { start: i + 1, end }, closed: false, style: pair.style });
      }
      break;
    }
    if (close > i + 1) segments.push({ start: i, end: close + 1, inner: { start: i + 1, end: close }, closed: true, style: pair.style });
    i = close + 1;
  }
  return segments;
}

function findCloser(text: string, open: number, end: number, opener: string, closers: string, style: MarkStyle): number {
  let depth = 0;
  for (let j = open + 1; j < end; j++) {
    const ch = text[j]!;
    // The same opener again before a closer: a nested quotation typed with the same marks.
    if (ch === opener && opener !== '"' && !closers.includes(ch)) {
      depth++;
      continue;
    }
    if (!closers.includes(ch)) continue;
    // ’ between letters is an apostrophe (don’t), not the end of a quotation.
    if (style === 'single' && isWordChar(text[j - 1]) && isWordChar(text[j + 1])) continue;
    if (depth > 0) {
      depth--;
      continue;
    }
    return j;
  }
  return -1;
}

const DASHES = '\u2014\u2013';

/**
 * Dash dialogue, the Russian and Ukrainian convention: a paragraph opening with a dash is speech;
 * a later ` — ` before a lower-case word starts the author's words (`— Пора, — сказал он.`), and a
 * dash after those words resumes the speech.
 */
function dashDialogue(text: string, start: number, end: number): QuotedSegment[] {
  if (!DASHES.includes(text[start]!) || text[start + 1] !== ' ') return [];
  const segments: QuotedSegment[] = [];
  let segStart = start;
  let speech = true;
  const re = /[,.!?…]?\s[\u2014\u2013]\s/g;
  re.lastIndex = start + 1;
  for (let m = re.exec(text); m !== null && m.index < end; m = re.exec(text)) {
    if (speech) {
      const next = text[m.index + m[0].length];
      if (next === undefined || next !== next.toLowerCase()) continue;
      segments.push(dashSegment(segStart, m.index + (m[0][0] === ' ' ? 0 : 1)));
      speech = false;
    } else {
      segStart = m.index + m[0].length - 2;
      speech = true;
    }
  }
  if (speech) segments.push(dashSegment(segStart, end));
  return segments;
}

function dashSegment(start: number, end: number): QuotedSegment {
  return { start, end, inner: { start: start + 2, end }, closed: true, style: 'dash' };
}
