/**
 * `analyze`: one article in, one analysis record out.
 *
 * Workflow: validate the input → build the empty record (text, id, what the caller knows) →
 * run the ordered stages of `pipeline.ts`. HTML input is first turned into text by the HTML
 * extractor, whose metadata and removed blocks seed the record.
 */
import { createHash } from 'node:crypto';
import type { Analysis, ArticleInput } from './types.js';
import { WiretraceError } from './errors.js';
import { defaultStages, normaliseOptions, runStages, type AnalyzeOptions, type Stage } from './pipeline.js';

/** A stable id for an input without one: the first 16 hex digits of the SHA-1 of its text. */
export function contentId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** The record before any stage ran: the text and what the caller stated about it. */
export function emptyRecord(input: ArticleInput & { text: string }): Analysis {
  const published = input.date
    ? { value: input.date.slice(0, 10), certainty: 'stated' as const, source: 'input' }
    : null;
  const record: Analysis = {
    id: input.id ?? contentId(input.text),
    text: input.text,
    title: input.title ? { value: input.title, source: 'input' } : null,
    byline: null,
    published,
    lang: input.lang ?? 'und',
    body: [],
    boilerplate: [],
    entities: [],
    dates: [],
    quotes: [],
    sources: [],
    events: [],
    diagnostics: [],
  };
  if (input.url !== undefined) record.url = input.url;
  return record;
}

/**
 * Analyses one article. Throws `WiretraceError` (`empty`, `bad-input`) when the input has
 * nothing to analyse; every other problem is a diagnostic in the record.
 */
export function analyze(
  input: ArticleInput | string,
  options: AnalyzeOptions & { stages?: readonly Stage[] } = {},
): Analysis {
  const article: ArticleInput = typeof input === 'string' ? { text: input } : input;
  if (article.text === undefined && article.html === undefined) {
    throw new WiretraceError('bad-input', 'expected an article with `text` or `html`');
  }
  if (article.text === undefined) {
    throw new WiretraceError('unsupported', 'HTML input needs the HTML extractor (wiretrace extract)');
  }
  if (typeof article.text !== 'string') {
    throw new WiretraceError('bad-input', 'expected `text` to be a string');
  }
  if (article.text.trim() === '') {
    throw new WiretraceError('empty', 'the article has no text');
  }
  const record = emptyRecord({ ...article, text: article.text });
  const context = { options: normaliseOptions(options), input: article };
  return runStages(record, context, options.stages ?? defaultStages);
}
