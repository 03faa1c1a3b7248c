/**
 * The analysis record: the one shape every stage fills in.
 *
 * Every span is `{start, end}` in UTF-16 code units into `Analysis.text`, the unchanged document
 * text, so that a user can click any fact back to the words it came from. Every fact carries the
 * id of the rule that produced it (`text/promo/subscribe`, `quotes/en/said-after`, …).
 * The field names below are a contract with users and scorers: add fields, never rename.
 */

/** A half-open range `[start, end)` into `Analysis.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Stated: the text or metadata says it. Inferred: we worked it out (a year from a weekday). */
export type Certainty = 'stated' | 'inferred';

export type Severity = 'info' | 'warning' | 'fatal';

/** A message about the document, in the manner of vfile: why, how bad, where, which rule. */
export interface Diagnostic {
  reason: string;
  severity: Severity;
  start?: number;
  end?: number;
  rule: string;
}

export interface TitleFact {
  value: string;
  start?: number;
  end?: number;
  /** Which source won: `json-ld`, `og:title`, `h1`, `text/first-line`, … */
  source: string;
}

export interface BylineFact {
  author: string;
  outlet?: string;
  start?: number;
  end?: number;
  rule: string;
}

export interface PublishedFact {
  /** YYYY-MM-DD */
  value: string;
  /** The full timestamp (ISO 8601) when the source stated a time of day; bursts of publication need it. */
  time?: string;
  certainty: Certainty;
  source: string;
}

/** Kinds of non-body block. */
export type BoilerplateKind =
  | 'promo'
  | 'source-credit'
  | 'author-bio'
  | 'byline'
  | 'caption'
  | 'related'
  | 'share'
  | 'copyright'
  | 'advertisement'
  | 'navigation'
  | 'comment'
  | 'title'
  | 'dateline';

export interface BoilerplateBlock extends Span {
  text: string;
  kind: BoilerplateKind;
  rule: string;
  /**
   * Where the offsets point. `text` (the default) means into `Analysis.text`; `html` means the
   * block was removed from an HTML page before the text was built, and the offsets point into
   * the decoded HTML source.
   */
  origin?: 'text' | 'html';
}

export type EntityType =
  | 'person'
  | 'organisation'
  | 'country'
  | 'region'
  | 'location'
  | 'group'
  | 'misc';

export interface Mention extends Span {
  text: string;
  rule: string;
  /** How the mention refers: by name, by description ("the Russian leader"), or by pronoun. */
  form?: 'name' | 'nominal' | 'pronoun';
}

export interface Entity {
  /** Canonical id: ISO 3166 alpha-3 for countries (`PRK`), a slug for the rest (`kim-jong-un`). */
  id: string;
  type: EntityType;
  name: string;
  /** ISO 3166 alpha-3 of the country the entity belongs to. */
  country?: string;
  /** CAMEO role code (GOV, MIL, MED, …) or a descriptive role (`author`). */
  role?: string;
  /** Finer kind for organisations: `news-agency`, `outlet`, `state-media`, `platform`, … */
  kind?: string;
  mentions: Mention[];
}

export interface DateFact extends Span {
  text: string;
  /**
   * ISO 8601 value at the precision the text gives: `2022-08-15`, `2022-08`, `2022`, `2022-W33`,
   * `2022-Q3`, `2022-08-15T16:00Z`, a duration `P2Y`; or a TimeML reference value
   * (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`) for "currently", "recently", "the future".
   */
  value: string;
  certainty: Certainty;
  rule: string;
  /**
   * TimeML class of the expression: a calendar `date`, a clock `time`, a `duration` (value
   * `P2Y`, `PT30M`) or a repeating `set` (`P1W` for "weekly"). Absent means `date`.
   */
  type?: 'date' | 'time' | 'duration' | 'set';
}

export type QuoteKind = 'direct' | 'indirect' | 'mixed';

export interface Quote {
  quote: Span;
  /**
   * The fragments of a quote interrupted by its attribution (“A,” she said. “B.”), when the caller
   * asked for continuations joined; `quote` then covers all of them.
   */
  parts?: Span[];
  speaker: Span | null;
  speakerId?: string;
  cue: Span | null;
  kind: QuoteKind;
  rule: string;
}

export type SourceKind =
  | 'news-agency'
  | 'outlet'
  | 'state-media'
  | 'official'
  | 'document'
  | 'social-media'
  | 'republisher'
  | 'unknown';

export interface SourceLink {
  name: string;
  id?: string;
  kind: SourceKind;
  /** How this link relates to the one after it: `reported`, `citing`, `credited`, `published`, … */
  relation: string;
  /** The author, for the outlet that published this copy (from the byline). */
  author?: string;
  start?: number;
  end?: number;
  rule: string;
}

export interface EventFact extends Span {
  /** CAMEO actor codes, country + role: `RUSGOV`. */
  source: string;
  target: string;
  /** CAMEO event code (`036`), or the PLOVER type when the ontology asked for is PLOVER. */
  code: string;
  plover: string;
  goldstein: number;
  quadClass: number;
  date?: string;
  sourceEntity?: string;
  targetEntity?: string;
  rule: string;
}

export interface Analysis {
  id: string;
  text: string;
  url?: string;
  title: TitleFact | null;
  byline: BylineFact | null;
  published: PublishedFact | null;
  /** BCP 47 primary language subtag, `und` when unknown. */
  lang: string;
  body: Span[];
  boilerplate: BoilerplateBlock[];
  entities: Entity[];
  dates: DateFact[];
  quotes: Quote[];
  /** Sentence spans of the body, filled by the sentence stage; later stages read them. */
  sentences?: Span[];
  /** In-text sourcing chain, origin first. */
  sources: SourceLink[];
  events: EventFact[];
  diagnostics: Diagnostic[];
}

/** What a caller hands to `analyze`: a text or an HTML page, plus what it already knows. */
export interface ArticleInput {
  id?: string;
  text?: string;
  html?: string;
  url?: string;
  /** Publication date if known (YYYY-MM-DD or ISO 8601); the reference for relative dates. */
  date?: string;
  lang?: string;
  title?: string;
}
