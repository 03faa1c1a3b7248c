/**
 * A local HTTP server on 127.0.0.1 for tests and benchmarks: routes written by the test, every
 * request logged, every connection closed on `close()` (so that a slow route never holds a test).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface FixtureServer {
  /** `http://127.0.0.1:PORT` without a trailing slash. */
  origin: string;
  url(path: string): string;
  route(path: string, handler: Handler): void;
  /** Requests seen, in order: method, path and headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  close(): Promise<void>;
}

export async function startFixtureServer(routes: Record<string, Handler> = {}): Promise<FixtureServer> {
  const table = new Map(Object.entries(routes));
  const requests: FixtureServer['requests'] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, headers: req.headers });
    const handler = table.get(path) ?? table.get(path.split('?')[0]!) ?? table.get('*');
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    route: (path, handler) => void table.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers with a body and headers. */
export function send(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
  };
}

/** An RSS 2.0 feed of the given items, written by the test. */
/**
 * A handler that streams `total` bytes of "a" in 64 KiB chunks, honouring back-pressure and
 * stopping when the client hangs up: a huge response that the server itself never allocates.
 */
export function streamBytes(total: number, headers: Record<string, string> = { 'content-type': 'text/html' }): Handler {
  return (_req, res) => {
    res.writeHead(200, headers);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    let sent = 0;
    const pump = () => {
      while (sent < total) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    res.on('close', () => (sent = Infinity));
    pump();
  };
}

export function rss(items: Array<{ title: string; link?: string; content?: string; description?: string; date?: string; guid?: string }>): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = items
    .map((i) =>
      [
        '<item>',
        `<title>${esc(i.title)}</title>`,
        i.link ? `<link>${esc(i.link)}</link>` : '',
        i.guid ? `<guid>${esc(i.guid)}</guid>` : '',
        i.date ? `<pubDate>${i.date}</pubDate>` : '',
        i.description ? `<description>${esc(i.description)}</description>` : '',
        i.content ? `<content:encoded><![CDATA[${i.content}]]></content:encoded>` : '',
        '</item>',
      ].join(''),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Test feed</title><language>en</language>\n${body}\n</channel></rss>\n`;
}

/** An article page written by the test: a title and paragraphs. */
export function page(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
}
