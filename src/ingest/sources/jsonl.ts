/**
 * JSONL records `{id?, text|html, url?, date?, lang?, title?}`, one a line, streamed (so a file of
 * a million records costs the memory of one). A malformed line is a problem naming its number.
 */
import { createReadStream } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createGunzip } from 'node:zlib';
import { WiretraceError } from '../../errors.js';
import { problem, type SourceItem } from '../candidate.js';
import { splitLines } from './lines.js';

export async function* jsonlItems(path: string, maxLineBytes: number): AsyncGenerator<SourceItem> {
  const file = createReadStream(path);
  const stream = path.endsWith('.gz') ? file.pipe(createGunzip()) : file;
  const base = pathToFileURL(path).href;
  try {
    for await (const line of splitLines(stream as AsyncIterable<Buffer>, maxLineBytes)) {
      const where = `${path}:${line.number}`;
      if ('tooLong' in line) {
        yield problem(new WiretraceError('too-large', `line ${line.number} is longer than ${maxLineBytes} bytes`, { where }));
        continue;
      }
      if (line.text.trim() === '') continue;
      yield recordItem(line.text, line.number, where, base);
    }
  } catch (error) {
    yield problem(new WiretraceError('bad-input', `cannot read ${path}: ${(error as Error).message}`, { where: path, cause: error }));
  }
}

function recordItem(text: string, number: number, where: string, base: string): SourceItem {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return problem(new WiretraceError('bad-json', `line ${number}: malformed JSON (${(error as Error).message})`, { where }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem(new WiretraceError('bad-json', `line ${number}: expected a JSON object`, { where }));
  }
  const obj = value as Record<string, unknown>;
  const body = typeof obj.text === 'string' ? { text: obj.text } : typeof obj.html === 'string' ? { html: obj.html } : null;
  if (body === null) return problem(new WiretraceError('bad-input', `line ${number}: expected a "text" or "html" string field`, { where }));
  const id = obj.id === undefined ? String(number) : String(obj.id);
  const item: SourceItem = { kind: 'candidate', where, id, ...body, key: `${base}#${encodeURIComponent(id)}` };
  if (typeof obj.url === 'string') item.url = obj.url;
  if (typeof obj.date === 'string') item.date = obj.date;
  if (typeof obj.lang === 'string') item.lang = obj.lang;
  if (typeof obj.title === 'string') item.title = obj.title;
  return item;
}
