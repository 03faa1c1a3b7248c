/**
 * Reading CLI inputs: files, directories, `-` for stdin, and JSONL records.
 *
 * Each input becomes either an `InputRecord` or an `InputProblem` (a typed error with where it
 * happened), so that one bad file or one malformed JSONL line is reported and the rest still run.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { WiretraceError } from '../errors.js';
import { looksBinary } from '../util/binary.js';

export interface InputRecord {
  id: string;
  text?: string;
  html?: string;
  /** Raw bytes of an HTML page, for callers that sniff the charset themselves. */
  bytes?: Buffer;
  url?: string;
  date?: string;
  lang?: string;
  title?: string;
  /** Where the record came from: a path, `stdin`, `file.jsonl:12`. */
  where: string;
  /** Any other fields of a JSONL record, passed through. */
  extra?: Record<string, unknown>;
}

export interface InputProblem {
  error: WiretraceError;
}

export type InputItem = InputRecord | InputProblem;

export function isProblem(item: InputItem): item is InputProblem {
  return 'error' in item;
}

export interface ReadOptions {
  /** Treat every input as JSONL records `{id, text|html, date?, lang?, url?}`. */
  jsonl?: boolean;
  /** Largest input accepted, in bytes (after gunzip). */
  maxBytes?: number;
}

/** 20 MiB: far above any real article, low enough to keep memory bounded. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** File extensions a directory walk picks up. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.jsonl', '.json']);

/** Reads every input in order; yields records and problems, never throws for bad input. */
export async function* readInputs(paths: readonly string[], options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const list = paths.length === 0 ? ['-'] : paths;
  for (const path of list) {
    if (path === '-') {
      yield* fromBytes(await readStdin(maxBytes), 'stdin', 'stdin', options);
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch {
      yield { error: new WiretraceError('not-found', `no such file or directory: ${path}`, { where: path }) };
      continue;
    }
    if (info.isDirectory()) {
      let found = 0;
      for (const file of await walk(path)) {
        found++;
        yield* fromFile(file, options, maxBytes);
      }
      if (found === 0) {
        yield { error: new WiretraceError('no-articles', `no article files (.txt, .html, .jsonl, …) in directory ${path}`, { where: path }) };
      }
      continue;
    }
    if (!info.isFile()) {
      yield { error: new WiretraceError('not-a-file', `not a regular file: ${path}`, { where: path }) };
      continue;
    }
    yield* fromFile(path, options, maxBytes);
  }
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile() && ARTICLE_EXTENSIONS.has(extname(stripGz(entry.name)).toLowerCase())) out.push(full);
  }
  return out;
}

function stripGz(name: string): string {
  return name.endsWith('.gz') ? name.slice(0, -3) : name;
}

async function* fromFile(path: string, options: ReadOptions, maxBytes: number): AsyncGenerator<InputItem> {
  const info = await stat(path);
  // Check the size before reading so that a huge file never enters memory.
  if (info.size > maxBytes) {
    yield { error: tooLarge(path, info.size, maxBytes) };
    return;
  }
  let bytes = await readFile(path);
  if (path.endsWith('.gz')) {
    try {
      // maxOutputLength bounds a gzip bomb.
      bytes = gunzipSync(bytes, { maxOutputLength: maxBytes + 1 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? 'too-large' : 'bad-input';
      yield { error: new WiretraceError(code, `cannot gunzip ${path}: ${(error as Error).message}`, { where: path }) };
      return;
    }
    if (bytes.length > maxBytes) {
      yield { error: tooLarge(path, bytes.length, maxBytes) };
      return;
    }
  }
  yield* fromBytes(bytes, path, idFromPath(path), options);
}

function tooLarge(where: string, size: number, maxBytes: number): WiretraceError {
  return new WiretraceError(
    'too-large',
    `input is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} limit (--max-bytes): ${where}`,
    { where },
  );
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${n} bytes`;
}

/** The id of a file input: its name without `.gz`, `.html`, `.txt`, … */
export function idFromPath(path: string): string {
  const name = stripGz(basename(path));
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

async function readStdin(maxBytes: number): Promise<Buffer | WiretraceError> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) return tooLarge('stdin', size, maxBytes);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

async function* fromBytes(
  bytes: Buffer | WiretraceError,
  where: string,
  id: string,
  options: ReadOptions,
): AsyncGenerator<InputItem> {
  if (bytes instanceof WiretraceError) {
    yield { error: bytes };
    return;
  }
  const jsonl = options.jsonl || /\.jsonl$/i.test(stripGz(where));
  if (bytes.length === 0 || (!jsonl && bytes.toString('utf8').trim() === '')) {
    yield { error: new WiretraceError('empty', `empty input: ${where}`, { where }) };
    return;
  }
  if (looksBinary(bytes)) {
    yield { error: new WiretraceError('binary', `binary data, not an article: ${where}`, { where }) };
    return;
  }
  if (jsonl) {
    yield* parseJsonl(bytes.toString('utf8'), where);
    return;
  }
  const isHtml = /\.x?html?$/i.test(stripGz(where)) || sniffHtml(bytes);
  if (isHtml) yield { id, html: bytes.toString('utf8'), bytes, where };
  else yield { id, text: decodeText(bytes), where };
}

function sniffHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 1024).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /<(head|body|article|div|p)[\s>]/.test(head.slice(0, 512));
}

/** Decodes a plain-text file: UTF-8 (BOM stripped), UTF-16 with a BOM. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const KNOWN_FIELDS = new Set(['id', 'text', 'html', 'url', 'date', 'lang', 'title']);

/** Parses JSONL: one record a line; a malformed line is a problem naming its line number. */
export function* parseJsonl(content: string, where: string): Generator<InputItem> {
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const at = `${where}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      yield { error: new WiretraceError('bad-json', `line ${i + 1}: malformed JSON (${(error as Error).message})`, { where: at }) };
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      yield { error: new WiretraceError('bad-json', `line ${i + 1}: expected a JSON object`, { where: at }) };
      continue;
    }
    const obj = value as Record<string, unknown>;
    const text = typeof obj.text === 'string' ? obj.text : undefined;
    const html = typeof obj.html === 'string' ? obj.html : undefined;
    if (text === undefined && html === undefined) {
      yield { error: new WiretraceError('bad-input', `line ${i + 1}: expected a "text" or "html" string field`, { where: at }) };
      continue;
    }
    const record: InputRecord = { id: obj.id === undefined ? String(i + 1) : String(obj.id), where: at };
    if (text !== undefined) record.text = text;
    if (html !== undefined) record.html = html;
    for (const key of ['url', 'date', 'lang', 'title'] as const) {
      if (typeof obj[key] === 'string') record[key] = obj[key] as string;
    }
    const extra: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(obj)) if (!KNOWN_FIELDS.has(key)) extra[key] = v;
    if (Object.keys(extra).length > 0) record.extra = extra;
    yield record;
  }
}
