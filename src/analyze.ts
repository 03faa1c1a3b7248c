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
import { extractHtml } from './extract/html/index.js';
import { seedFromHtml } from './extract/html/seed.js';
import { defaultStages, normaliseOptions, runStages, type AnalyzeOptions, type Stage } from './pipeline.js';

/** A stable id for an input without one: the first 16 hex digits of the SHA-1 of its text. */
export function contentId(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

const HAS_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The record before any stage ran: the text and what the caller stated about it. */
export function emptyRecord(input: ArticleInput & { text: string }): Analysis {
  const published = input.date
    ? { value: input.date.slice(0, 10), ...(HAS_TIME.test(input.date) ? { time: input.date } : {}), certainty: 'stated' as const, source: 'input' }
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
 * Analyses one article. Throws `WiretraceError` (`empty`, `bad-input`, and for HTML `binary`,
 * `too-large`, `not-an-article`) when the input has nothing to analyse; every other problem is a
 * diagnostic in the record.
 *
 * HTML input (`html` without `text`): the article is extracted first; the record's text is the
 * extracted body without the title (the title goes to `record.title`), and the page metadata
 * seeds title, byline, publication date, language and URL, each with its source.
 */
export function analyze(
  input: ArticleInput | string,
  options: AnalyzeOptions & { stages?: readonly Stage[] } = {},
): Analysis {
  const article: ArticleInput = typeof input === 'string' ? { text: input } : input;
  if (article.text === undefined && article.html === undefined) {
    throw new WiretraceError('bad-input', 'expected an article with `text` or `html`');
  }
  if (article.text === undefined) return analyzeHtml(article, options);
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

function analyzeHtml(article: ArticleInput, options: AnalyzeOptions & { stages?: readonly Stage[] }): Analysis {
  if (typeof article.html !== 'string') throw new WiretraceError('bad-input', 'expected `html` to be a string');
  const normalised = normaliseOptions(options);
  const extraction = extractHtml(article.html, {
    ...(article.url === undefined ? {} : { url: article.url }),
    today: normalised.today,
  });
  if (extraction.articleBody.trim() === '') {
    const reason = extraction.diagnostics.find((d) => d.severity === 'fatal' || d.rule === 'html/body/not-an-article');
    const code = extraction.rejected === null || extraction.rejected === 'not-an-article' ? 'not-an-article' : extraction.rejected;
    throw new WiretraceError(code, reason?.reason ?? 'no article text in the page');
  }
  const text = extraction.articleBody;
  const record = seedFromHtml(emptyRecord({ ...article, text }), extraction, article);
  const context = { options: normalised, input: article };
  return runStages(record, context, options.stages ?? defaultStages);
}
