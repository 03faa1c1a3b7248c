/**
 * One candidate through the pipeline: fetch (when it is a link) → skip if unchanged → extract →
 * analyze → store and trace index, in one store transaction. Returns what the store did; throws `WiretraceError`
 * for a candidate that cannot become an article (the loop reports it and goes on).
 */
import { WiretraceError } from '../errors.js';
import type { ArticleInput } from '../types.js';
import { contentHash, rawHash } from '../store/content-hash.js';
import type { ArticleWrite, PutStatus, RawContent } from '../store/store.js';
import type { Candidate } from './candidate.js';
import { canonicalUrl } from './canonical-url.js';
import { decodeXml } from './feeds/decode-xml.js';
import { decodeHtml } from '../extract/html/index.js';
import type { SourceContext } from './sources/context.js';
import { looksBinary } from '../util/binary.js';
import { putAndIndex } from '../trace/indexer.js';

export interface Processed {
  status: PutStatus;
  articleId: number;
  /** True when the page was not fetched because the article is already stored. */
  skippedFetch?: boolean;
}

const PAGE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain|application\/xml|text\/xml)\b/i;

export async function processCandidate(candidate: Candidate, ctx: SourceContext): Promise<Processed> {
  let { html, text, url } = candidate;
  let charset = candidate.charset;
  let raw: RawContent | undefined = candidate.raw;
  if (candidate.fetch) {
    if (url === undefined) throw new WiretraceError('bad-input', 'nothing to fetch: the item has no URL', { where: candidate.where });
    const known = canonicalUrl(url);
    if (known !== null && !ctx.options.refresh) {
      const articleId = ctx.store.articleId(known);
      if (articleId !== null) {
        ctx.store.touch(articleId);
        return { status: 'unchanged', articleId, skippedFetch: true };
      }
    }
    const response = await ctx.fetcher.get(url, { maxBytes: ctx.options.maxBytes });
    const type = response.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
    if (type !== '' && !PAGE_TYPES.test(type)) {
      throw new WiretraceError('unsupported', `not an article page (${type})`, { where: url });
    }
    if (looksBinary(response.body)) throw new WiretraceError('binary', 'binary data, not an article page', { where: url });
    url = response.finalUrl;
    charset = /charset=["']?([\w.:-]+)/i.exec(response.contentType ?? '')?.[1];
    if (type === 'text/plain') text = decodeXml(response.body).text;
    else html = response.body;
  }
  const rawBytes = html ?? text;
  if (rawBytes === undefined) throw new WiretraceError('bad-input', 'the item has neither text nor HTML', { where: candidate.where });
  const canonical = (url !== undefined ? canonicalUrl(url) : null) ?? candidate.key ?? `urn:wiretrace:text:${contentHash(String(rawBytes))}`;
  const hash = rawHash(rawBytes);
  const known = ctx.store.findVersion(canonical, { rawHash: hash });
  if (known) {
    ctx.store.touch(known.articleId);
    return { status: 'unchanged', articleId: known.articleId };
  }
  const input = articleInput(candidate, html, text, url, charset);
  const record = await ctx.analyzer.analyze(input);
  if (html !== undefined && raw === undefined) raw = { kind: 'bytes', bytes: Buffer.isBuffer(html) ? html : Buffer.from(html), type: 'text/html' };
  // The article and its trace index (fingerprint, story, provenance edges) in one transaction.
  const write: ArticleWrite = {
    canonicalUrl: canonical,
    ...(url !== undefined ? { url } : {}),
    record,
    rawHash: hash,
    ...(raw !== undefined ? { raw } : {}),
    ...(candidate.feedId !== undefined ? { feedId: candidate.feedId } : {}),
    where: candidate.where,
  };
  const put = ctx.options.index ? putAndIndex(ctx.store, write) : ctx.store.putArticle(write);
  return { status: put.status, articleId: put.articleId };
}

/** The input `analyze` gets: the text, or the page (decoded with its charset) for the HTML extractor. */
function articleInput(candidate: Candidate, html: Buffer | string | undefined, text: string | undefined, url: string | undefined, charset: string | undefined): ArticleInput {
  const input: ArticleInput = {};
  if (text !== undefined) {
    if (text.trim() === '') throw new WiretraceError('empty', 'no article text', { where: candidate.where });
    input.text = text;
  } else if (html !== undefined) input.html = Buffer.isBuffer(html) ? decodeHtml(html, charset).html : html;
  if (candidate.id !== undefined) input.id = candidate.id;
  if (url !== undefined) input.url = url;
  // A feed's item title is the article's title for a text; a page states its own (og:title, h1),
  // which the extractor weighs, so a feed title must not override it.
  if (candidate.title !== undefined && input.text !== undefined) input.title = candidate.title;
  if (candidate.date !== undefined) input.date = candidate.date;
  if (candidate.lang !== undefined) input.lang = candidate.lang;
  return input;
}
