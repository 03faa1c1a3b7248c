/**
 * The result of extracting an article from an HTML page: the body text, the metadata with the
 * source that won and the candidates that lost, the blocks that were removed and why, and the
 * diagnostics. A page that holds no article is not an error: it comes back with `rejected` set.
 */
import type { BoilerplateKind, Diagnostic } from '../../types.js';

/** Why a page yielded no article. */
export type HtmlRejection = 'empty' | 'binary' | 'too-large' | 'not-an-article';

/** Where a metadata value came from: `json-ld`, `og:title`, `meta:author`, `byline-text`, … */
export interface MetaCandidate {
  value: string;
  source: string;
}

/** A metadata field: the winner (`null` when no source gave one) and every candidate seen. */
export interface MetaField {
  value: string | null;
  source: string | null;
  /** Candidates in the order they were found, the winner included; losers say why they lost. */
  candidates: Array<MetaCandidate & { rejected?: string }>;
}

/** A block of the page left out of the body, with its offsets into the decoded HTML. */
export interface HtmlBoilerplate {
  start: number;
  end: number;
  /** Its visible text, whitespace collapsed, at most 300 characters. */
  text: string;
  kind: BoilerplateKind;
  rule: string;
}

export interface HtmlMetadata {
  title: MetaField;
  /** Several authors joined with "; ". */
  author: MetaField;
  /** Publication date, YYYY-MM-DD. */
  date: MetaField;
  /** Last modification date, YYYY-MM-DD. */
  modified: MetaField;
  sitename: MetaField;
  /** BCP 47 primary subtag, lower case (`en`, `de`). */
  lang: MetaField;
  canonical: MetaField;
}

export interface HtmlExtraction {
  /** The page URL: the caller's, else the canonical link. */
  url: string | null;
  title: string | null;
  author: string | null;
  date: string | null;
  modified: string | null;
  sitename: string | null;
  lang: string | null;
  canonical: string | null;
  /** The article text without its title: paragraphs, headings and list items separated by "\n\n". */
  articleBody: string;
  boilerplate: HtmlBoilerplate[];
  metadata: HtmlMetadata;
  /** The charset the bytes were decoded with and what decided it (`bom`, `meta`, `utf8-valid`, …). */
  charset: { name: string; source: string } | null;
  /** Set when the page yielded no article; the body is then empty and a diagnostic says why. */
  rejected: HtmlRejection | null;
  diagnostics: Diagnostic[];
}

export interface HtmlExtractOptions {
  /** The page URL, used for URL date patterns and as `url`. */
  url?: string;
  /** Largest page accepted, in bytes (default 20 MiB); a larger one is rejected as `too-large`. */
  maxBytes?: number;
  /** Today, YYYY-MM-DD: dates after it are suspicious (default: the current date). */
  today?: string;
}
