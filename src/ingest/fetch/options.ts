/**
 * The options of polite fetching, normalised once. Defaults are for crawling other people's
 * servers: one request at a time per host, a second apart, robots.txt honoured.
 */
export interface FetchOptions {
  /** Sent with every request so that site owners know who is calling and where to complain. */
  userAgent?: string;
  /** The product token matched against robots.txt groups. */
  robotsAgent?: string;
  /** Whole-request limit (headers and body), in ms: a server that trickles bytes is cut here. */
  timeoutMs?: number;
  /** Largest body accepted after decompression, in bytes; a larger one is cut and rejected. */
  maxBytes?: number;
  maxRedirects?: number;
  /** Retries after a network error, a 5xx or a 429; never after a timeout or an oversized body. */
  retries?: number;
  /** First retry delay in ms, doubled each time (a 429/503 Retry-After wins, up to a minute). */
  retryBaseMs?: number;
  /** Requests in flight at once to one host. */
  hostConcurrency?: number;
  /** Least time between two requests to one host, in ms; robots.txt Crawl-delay raises it. */
  hostIntervalMs?: number;
  /** Honour robots.txt (RFC 9309). */
  robots?: boolean;
}

export type NormalisedFetchOptions = Required<FetchOptions>;

export const USER_AGENT = 'wiretrace/0.1 (+https://github.com/wiretrace/wiretrace; news archiver; honours robots.txt)';

export const FETCH_DEFAULTS: NormalisedFetchOptions = {
  userAgent: USER_AGENT,
  robotsAgent: 'wiretrace',
  timeoutMs: 30_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
  retries: 2,
  retryBaseMs: 500,
  hostConcurrency: 1,
  hostIntervalMs: 1000,
  robots: true,
};

export function normaliseFetchOptions(options: FetchOptions = {}): NormalisedFetchOptions {
  const merged = { ...FETCH_DEFAULTS };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
  if (merged.hostConcurrency < 1) throw new Error('hostConcurrency must be at least 1');
  return merged;
}
