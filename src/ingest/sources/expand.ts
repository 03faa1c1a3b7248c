/**
 * From what the user named (`wiretrace ingest <source…>`) to source items: URLs are fetched
 * (conditionally, when they are feeds we polled before), paths are read (directories walked), and
 * each document is expanded by `documentItems`. Nothing here throws for bad input: every failure
 * is a problem item, and the other sources go on.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { isWiretraceError, WiretraceError } from '../../errors.js';
import { problem, type SourceItem } from '../candidate.js';
import type { SourceContext } from './context.js';
import { documentItems } from './document.js';
import { jsonlItems } from './jsonl.js';
import { warcItems } from './warc.js';

/** File names a directory walk picks up (and their `.gz`). */
const INGESTIBLE = /\.(txt|text|md|html?|xhtml|xml|rss|atom|rdf|json|jsonl|opml|warc)$/i;
const FEEDLIKE = /\.(xml|rss|atom|rdf|json|opml)$/i;

export async function* expandSources(sources: readonly string[], ctx: SourceContext): AsyncGenerator<SourceItem> {
  for (const source of sources) {
    if (/^https?:\/\//i.test(source)) yield* expandUrl(source, 0, ctx);
    else yield* expandPath(source, ctx);
  }
}

export async function* expandUrl(url: string, depth: number, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const known = ctx.store.feed(url);
  let response;
  try {
    response = await ctx.fetcher.get(url, {
      etag: known?.etag ?? null,
      lastModified: known?.lastModified ?? null,
      maxBytes: ctx.options.maxFeedBytes,
    });
  } catch (error) {
    const failure = asError(error, url);
    if (known) ctx.store.recordPoll(known.id, { error: `${failure.code}: ${failure.message}` });
    yield problem(failure);
    return;
  }
  if (response.notModified) {
    if (known) ctx.store.recordPoll(known.id, { status: 304 });
    yield { kind: 'note', event: { type: 'feed', url, items: 0, kept: 0, notModified: true } };
    return;
  }
  yield* documentItems(
    response.body,
    {
      where: url,
      url: response.finalUrl,
      contentType: response.contentType,
      feedUrl: url,
      validators: { etag: response.etag, lastModified: response.lastModified, status: response.status },
      depth,
    },
    ctx,
    (child, childDepth) => expandUrl(child, childDepth, ctx),
  );
}

async function* expandPath(path: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(path);
  } catch {
    yield problem(new WiretraceError('not-found', `no such file or directory: ${path}`, { where: path }));
    return;
  }
  if (info.isDirectory()) {
    let found = 0;
    for await (const file of walk(path)) {
      found++;
      yield* expandFile(file, ctx);
    }
    if (found === 0) yield problem(new WiretraceError('no-articles', `no files to ingest (.html, .txt, .xml, .jsonl, .warc, …) in ${path}`, { where: path }));
    return;
  }
  if (!info.isFile()) {
    yield problem(new WiretraceError('not-a-file', `not a regular file: ${path}`, { where: path }));
    return;
  }
  yield* expandFile(path, ctx);
}

async function* walk(dir: string): AsyncGenerator<string> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && INGESTIBLE.test(entry.name.replace(/\.gz$/i, ''))) yield full;
  }
}

async function* expandFile(path: string, ctx: SourceContext): AsyncGenerator<SourceItem> {
  const name = basename(path).replace(/\.gz$/i, '');
  if (/\.warc$/i.test(name)) {
    yield* warcItems(path, ctx.options.maxBytes);
    return;
  }
  if (/\.jsonl$/i.test(name)) {
    yield* jsonlItems(path, ctx.options.maxBytes);
    return;
  }
  const limit = FEEDLIKE.test(name) ? ctx.options.maxFeedBytes : ctx.options.maxBytes;
  const size = (await stat(path)).size;
  // Checked before reading, so that a huge file never enters memory.
  if (size > limit) {
    yield problem(new WiretraceError('too-large', `${size} bytes, more than the ${limit}-byte limit`, { where: path }));
    return;
  }
  let bytes = await readFile(path);
  if (/\.gz$/i.test(path)) {
    try {
      bytes = gunzipSync(bytes, { maxOutputLength: limit });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'bad-input';
      yield problem(new WiretraceError(code, `cannot gunzip: ${(error as Error).message}`, { where: path }));
      return;
    }
  }
  if (bytes.length === 0) {
    yield problem(new WiretraceError('empty', 'empty file', { where: path }));
    return;
  }
  yield* documentItems(bytes, { where: path, fileKey: pathToFileURL(path).href, depth: 0 }, ctx, (url, depth) => expandUrl(url, depth, ctx));
}

function asError(error: unknown, where: string): WiretraceError {
  if (isWiretraceError(error)) return error;
  return new WiretraceError('fetch-failed', (error as Error).message ?? String(error), { where, cause: error });
}
