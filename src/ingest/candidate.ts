/**
 * What the sources of an ingest produce: candidates (an article, with its content or a URL to
 * fetch it from), problems (a bad item, a failed fetch: reported, and the rest goes on) and notes
 * (a feed read, a feed not modified).
 */
import type { WiretraceError } from '../errors.js';
import type { RawContent } from '../store/store.js';

export interface Candidate {
  kind: 'candidate';
  /** Where it came from, for messages: a URL, `feed.xml#3`, `file.jsonl:12`, `crawl.warc.gz@1234`. */
  where: string;
  /** The article's URL, when it has one. */
  url?: string;
  /** The identity of an article without a URL (`file:` URL of a file, `urn:` for a record). */
  key?: string;
  /** The id the input gave (a JSONL record's `id`); the record id otherwise derives from the text. */
  id?: string;
  /** Fetch the page from `url` before analysing (a feed item without full content, a sitemap entry). */
  fetch?: boolean;
  text?: string;
  /** An HTML page: its bytes (charset still to decide) or its decoded text. */
  html?: Buffer | string;
  /** The charset the transport declared for `html` bytes (HTTP Content-Type), a hint. */
  charset?: string;
  title?: string;
  /** Publication date, YYYY-MM-DD or ISO 8601. */
  date?: string;
  lang?: string;
  author?: string;
  /** The raw form to keep, when it is not the HTML above (a WARC pointer). */
  raw?: RawContent;
  feedId?: number;
  /**
   * Called once the candidate is done with (`ok` false when it failed), so that a feed records
   * its ETag only after every one of its items is stored: a feed cut short by a crash is read
   * again in full on the next run instead of answering 304.
   */
  settle?: (ok: boolean) => void;
}

export interface Problem {
  kind: 'problem';
  error: WiretraceError;
}

export interface Note {
  kind: 'note';
  event: FeedNote;
}

export interface FeedNote {
  type: 'feed';
  url: string;
  /** Items in the feed, and how many of them were kept (the rest over `maxItems`). */
  items: number;
  kept: number;
  notModified: boolean;
}

export type SourceItem = Candidate | Problem | Note;

export function problem(error: WiretraceError): Problem {
  return { kind: 'problem', error };
}
