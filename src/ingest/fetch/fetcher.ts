/**
 * Polite HTTP fetching: robots.txt and Crawl-delay, per-host concurrency and spacing, a whole-
 * request timeout, a redirect limit with loop detection, a body-size limit enforced while the
 * (decompressed) body streams in, retries with exponential backoff, conditional GET, and a clear
 * User-Agent. Each Fetcher keeps its own robots cache and host gate.
 *
 * Every failure is a `WiretraceError` naming the URL: `timeout`, `too-large`, `disallowed`,
 * `fetch-failed` (network, HTTP error, redirects).
 */
import { WiretraceError } from '../../errors.js';
import { HostGate } from './host-gate.js';
import { normaliseFetchOptions, type FetchOptions, type NormalisedFetchOptions } from './options.js';
import { ALLOW_ALL, blockAll, parseRobots, type RobotsRules } from './robots.js';

export interface FetchRequest {
  /** Conditional GET: the validators of the copy we have. */
  etag?: string | null;
  lastModified?: string | null;
  /** Overrides the fetcher's body limit for this request (feeds may be larger than pages). */
  maxBytes?: number;
  accept?: string;
}

export interface FetchResponse {
  /** The URL asked for. */
  url: string;
  /** The URL that answered, after redirects. */
  finalUrl: string;
  status: number;
  /** 304: the copy we have is current; `body` is empty. */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  body: Buffer;
  redirects: string[];
}

const ACCEPT_ANY = 'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8';

export class Fetcher {
  readonly options: NormalisedFetchOptions;
  readonly #gate: HostGate;
  readonly #robots = new Map<string, Promise<RobotsRules>>();

  constructor(options: FetchOptions = {}) {
    this.options = normaliseFetchOptions(options);
    this.#gate = new HostGate(this.options.hostConcurrency, this.options.hostIntervalMs);
  }

  /** GETs `url`, following redirects; throws `WiretraceError` for every failure. */
  async get(url: string, request: FetchRequest = {}): Promise<FetchResponse> {
    const redirects: string[] = [];
    let current = parseHttpUrl(url);
    for (;;) {
      await this.#checkRobots(current);
      const response = await this.#withRetries(current, request);
      const location = response.status >= 300 && response.status < 400 && response.status !== 304 ? response.location : null;
      if (location === null) {
        if (response.status === 304) return { ...response.result, url, finalUrl: current.href, notModified: true, redirects };
        return { ...response.result, url, finalUrl: current.href, notModified: false, redirects };
      }
      const next = parseHttpUrl(new URL(location, current).href);
      if (next.href === current.href || redirects.includes(next.href) || next.href === url) {
        throw new WiretraceError('fetch-failed', `redirect loop: ${current.href} → ${next.href}`, { where: url });
      }
      redirects.push(next.href);
      if (redirects.length > this.options.maxRedirects) {
        throw new WiretraceError('fetch-failed', `more than ${this.options.maxRedirects} redirects`, { where: url });
      }
      current = next;
    }
  }

  /** The robots.txt rules of `url`'s origin, fetched once per fetcher. */
  robotsFor(url: URL): Promise<RobotsRules> {
    if (!this.options.robots) return Promise.resolve(ALLOW_ALL);
    let rules = this.#robots.get(url.origin);
    if (!rules) {
      rules = this.#loadRobots(url);
      this.#robots.set(url.origin, rules);
    }
    return rules;
  }

  async #checkRobots(url: URL): Promise<void> {
    if (url.pathname === '/robots.txt') return;
    const rules = await this.robotsFor(url);
    if (!rules.allows(url.href)) {
      const why = rules.blockedBecause ?? `robots.txt of ${url.host} disallows it for ${this.options.robotsAgent}`;
      throw new WiretraceError('disallowed', why, { where: url.href });
    }
  }

  async #loadRobots(url: URL): Promise<RobotsRules> {
    const robotsUrl = new URL('/robots.txt', url).href;
    let rules: RobotsRules;
    try {
      const { result } = await this.#withRetries(new URL(robotsUrl), { maxBytes: 512 * 1024, accept: 'text/plain' }, { anyStatus: true });
      if (result.status >= 200 && result.status < 300) rules = parseRobots(robotsUrl, result.body.toString('utf8'), this.options.robotsAgent);
      else if (result.status >= 500) rules = blockAll(`robots.txt of ${url.host} answered ${result.status}; the host is treated as disallowing all (RFC 9309)`);
      // 3xx left unfollowed, 4xx: no usable rules, which RFC 9309 reads as "allow all".
      else rules = ALLOW_ALL;
    } catch (error) {
      rules = blockAll(`robots.txt of ${url.host} is unreachable (${(error as Error).message}); the host is treated as disallowing all`);
    }
    if (rules.crawlDelayMs !== null) this.#gate.setInterval(url.host, rules.crawlDelayMs);
    return rules;
  }

  async #withRetries(url: URL, request: FetchRequest, how: { anyStatus?: boolean } = {}): Promise<Attempt> {
    for (let attempt = 0; ; attempt++) {
      let outcome: Attempt | WiretraceError;
      try {
        outcome = await this.#once(url, request);
      } catch (error) {
        outcome = error instanceof WiretraceError ? error : networkError(url, error);
      }
      const retryable = outcome instanceof WiretraceError ? outcome.code === 'fetch-failed' && outcome.message.startsWith('network') : outcome.retryable;
      if (!retryable || attempt >= this.options.retries) {
        if (outcome instanceof WiretraceError) throw outcome;
        if (outcome.status >= 400 && !how.anyStatus) {
          throw new WiretraceError('fetch-failed', `HTTP ${outcome.status}`, { where: url.href });
        }
        return outcome;
      }
      const retryAfter = outcome instanceof WiretraceError ? null : outcome.retryAfterMs;
      const backoff = retryAfter ?? this.options.retryBaseMs * 2 ** attempt * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, Math.min(backoff, 60_000)));
    }
  }

  /** One request, inside the host gate; the body is read here, under the size and time limits. */
  async #once(url: URL, request: FetchRequest): Promise<Attempt> {
    const release = await this.#gate.acquire(url.host);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.options.timeoutMs);
    const maxBytes = request.maxBytes ?? this.options.maxBytes;
    try {
      const headers: Record<string, string> = {
        'user-agent': this.options.userAgent,
        accept: request.accept ?? ACCEPT_ANY,
        'accept-encoding': 'gzip, deflate, br',
      };
      if (request.etag) headers['if-none-match'] = request.etag;
      if (request.lastModified) headers['if-modified-since'] = request.lastModified;
      const response = await fetch(url, { redirect: 'manual', signal: controller.signal, headers });
      const declared = Number(response.headers.get('content-length'));
      const encoded = (response.headers.get('content-encoding') ?? 'identity') !== 'identity';
      if (!encoded && declared > maxBytes) {
        controller.abort();
        throw tooLarge(url, maxBytes, `it declares ${declared} bytes`);
      }
      const body = response.status >= 300 && response.status < 400 ? Buffer.alloc(0) : await readLimited(response, maxBytes, url, controller);
      const status = response.status;
      return {
        status,
        location: response.headers.get('location'),
        retryable: status === 429 || status >= 500,
        retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
        result: {
          status,
          contentType: response.headers.get('content-type'),
          etag: response.headers.get('etag'),
          lastModified: response.headers.get('last-modified'),
          body,
        },
      };
    } catch (error) {
      if (controller.signal.aborted && !(error instanceof WiretraceError)) {
        throw new WiretraceError('timeout', `no complete answer within ${this.options.timeoutMs} ms`, { where: url.href, cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
      release();
    }
  }
}

interface Attempt {
  status: number;
  location: string | null;
  retryable: boolean;
  retryAfterMs: number | null;
  result: Pick<FetchResponse, 'status' | 'contentType' | 'etag' | 'lastModified' | 'body'>;
}

/** Reads the (decompressed) body chunk by chunk and cuts it as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number, url: URL, controller: AbortController): Promise<Buffer> {
  if (response.body === null) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    let next: Awaited<ReturnType<typeof reader.read>>;
    try {
      next = await reader.read();
    } catch (error) {
      if (controller.signal.aborted) throw error;
      // A broken gzip/brotli stream or a connection cut mid-body.
      throw new WiretraceError('fetch-failed', `network: body unreadable (${describe(error)})`, { where: url.href, cause: error });
    }
    if (next.done) break;
    size += next.value.byteLength;
    if (size > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge(url, maxBytes, 'the body was cut there');
    }
    chunks.push(Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength));
  }
  return Buffer.concat(chunks, size);
}

function tooLarge(url: URL, maxBytes: number, detail: string): WiretraceError {
  return new WiretraceError('too-large', `response larger than the ${maxBytes}-byte limit (${detail})`, { where: url.href });
}

function networkError(url: URL, error: unknown): WiretraceError {
  return new WiretraceError('fetch-failed', `network: ${describe(error)}`, { where: url.href, cause: error });
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message ?? String(error);
}

function retryAfterMs(value: string | null): number | null {
  if (value === null) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WiretraceError('bad-input', `not a URL: ${url}`, { where: url });
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new WiretraceError('unsupported', `only http and https URLs can be fetched: ${url}`, { where: url });
  }
  return parsed;
}
