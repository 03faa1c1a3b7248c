/**
 * Articles from a WARC or WARC.gz file (warcio), streamed record by record: `response` records with
 * an HTML or text payload and a 2xx status, and `resource` records. The store keeps a pointer to
 * the record (file and offset) instead of a copy. A truncated record, or bytes after the last
 * complete record, is a `truncated` problem; the records before it are still ingested.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { resolve } from 'node:path';
import { WARCParser } from 'warcio';
import { WiretraceError } from '../../errors.js';
import { problem, type SourceItem } from '../candidate.js';

const ARTICLE_TYPES = /^(text\/html|application\/xhtml\+xml|text\/plain)\b/i;

export async function* warcItems(path: string, maxBytes: number): AsyncGenerator<SourceItem> {
  const file = resolve(path);
  const gzipped = await isGzip(file);
  const parser = new WARCParser(createReadStream(file));
  let end = 0;
  let lastOffset = 0;
  try {
    for await (const record of parser) {
      const offset = parser.offset;
      lastOffset = offset;
      const where = `${path}@${offset}`;
      const declared = Number(record.warcHeaders.headers.get('Content-Length') ?? NaN);
      if (!Number.isFinite(declared)) {
        yield problem(new WiretraceError('truncated', 'WARC record without a Content-Length (truncated headers?)', { where }));
        break;
      }
      const type = record.warcType;
      const rawStatus = record.httpHeaders?.statusCode;
      const status = rawStatus === undefined ? undefined : Number(rawStatus);
      const contentType = (type === 'response' ? record.httpHeaders?.headers.get('content-type') : record.warcContentType) ?? '';
      const wanted = (type === 'response' || type === 'resource') && (status === undefined || (status >= 200 && status < 300)) && ARTICLE_TYPES.test(contentType);
      if (!wanted) {
        // Not read: warcio skips the unread content of a record when moving to the next.
        end = offset;
        continue;
      }
      if (declared > maxBytes) {
        yield problem(new WiretraceError('too-large', `WARC record of ${declared} bytes, more than the ${maxBytes}-byte limit`, { where }));
        end = offset;
        continue;
      }
      const chunks: Uint8Array[] = [];
      for await (const chunk of record) chunks.push(chunk);
      const bytes = Buffer.concat(chunks);
      end = offset + parser.recordLength;
      // Both offsets count decompressed bytes from the start of the file: where the record's
      // block should end, and where reading it did end.
      const shortBy = parser._warcHeadersLength + declared - parser._reader.getReadOffset();
      if (shortBy > 0) {
        yield problem(new WiretraceError('truncated', `WARC record cut short: ${declared - shortBy} of ${declared} bytes`, { where }));
        continue;
      }
      const url = record.warcTargetURI ?? undefined;
      const item: SourceItem = {
        kind: 'candidate',
        where,
        raw: { kind: 'warc', file, offset, type: contentType.split(';')[0]!.trim().toLowerCase() },
        ...(/text\/plain/i.test(contentType) ? { text: bytes.toString('utf8') } : { html: bytes }),
      };
      const charset = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
      if (charset) item.charset = charset;
      if (url) item.url = url;
      else item.key = `${new URL(`file://${file}`).href}#${offset}`;
      yield item;
    }
  } catch (error) {
    yield problem(new WiretraceError('truncated', `WARC unreadable after byte ${end}: ${(error as Error).message}`, { where: `${path}@${end}`, cause: error }));
    return;
  }
  // warcio ends silently at a gzip member cut in the middle: inflate the tail after the last
  // record read (cheap: one record or two) with zlib, which does notice.
  if (gzipped) {
    const problemAt = await gzipTailError(file, lastOffset);
    if (problemAt !== null) {
      yield problem(new WiretraceError('truncated', `the gzip data after byte ${lastOffset} is cut short (${problemAt}); the records before it were read`, { where: `${path}@${lastOffset}` }));
    }
  }
}

async function isGzip(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const { buffer } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** The zlib error of the gzip members from `offset` to the end of the file, or null when sound. */
async function gzipTailError(file: string, offset: number): Promise<string | null> {
  try {
    await pipeline(createReadStream(file, { start: offset }), createGunzip(), async (source: AsyncIterable<Buffer>) => {
      for await (const _chunk of source) {
        // drained only to find out whether the data ends properly
      }
    });
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
