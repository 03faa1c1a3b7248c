/**
 * The analysis pipeline: an explicit, ordered list of stages.
 *
 * A stage is a pure function from an analysis record to a better one. It reads what earlier stages
 * wrote and adds its own facts; it never mutates its input, never touches the store or the CLI.
 * The order below matters and each position says why.
 */
import type { Analysis, ArticleInput } from './types.js';
import type { QuoteOptions } from './nlp/quotes/extract.js';
import { segmentTextStage } from './extract/text/stage.js';
import { sentencesStage } from './nlp/sentences.js';
import { datesStage } from './nlp/dates/stage.js';
import { entitiesStage } from './nlp/entities/stage.js';
import { quotesStage } from './nlp/quotes/stage.js';
import { sourcingStage } from './nlp/sourcing/stage.js';
import { eventStage } from './events/stage.js';

/** Options every stage may read, normalised once by `normaliseOptions`. */
export interface AnalyzeOptions {
  /**
   * The date against which relative dates ("on Monday") resolve, YYYY-MM-DD. Defaults to the
   * article's publication date when known, else today.
   */
  referenceDate?: string;
  /** Today, YYYY-MM-DD; injectable so that results are reproducible in tests. */
  today?: string;
  /** Options of the quote stage (`src/nlp/quotes/extract.ts` documents the defaults). */
  quotes?: QuoteOptions;
}

export interface StageContext {
  readonly options: Readonly<Required<Pick<AnalyzeOptions, 'today'>>> & Readonly<AnalyzeOptions>;
  readonly input: Readonly<ArticleInput>;
}

export interface Stage {
  /** Stable id, used in diagnostics and `--stages` selections: `text/segment`, `nlp/entities`. */
  readonly id: string;
  readonly run: (record: Analysis, context: StageContext) => Analysis;
}

/**
 * The default stages, in order.
 * 1. text/segment first: it decides body vs boilerplate, and every later stage reads only the body
 *    (a promo or an author bio must never yield a quote or an event).
 * 2. nlp/sentences: sentence spans of the body; dates, entities, quotes and events read them.
 * 3. nlp/dates: dates in the body, resolved against the publication date; when none is stated,
 *    the publication date is inferred from the text here (before anything reads `published`).
 * 4. nlp/entities: people, organisations and places with canonical ids and coreference; quotes
 *    resolve speakers and events resolve actors against them (`entityAt`).
 * 5. nlp/quotes after the entities: it resolves speakers to entity ids.
 * 6. nlp/sourcing after the quotes: the chain of who reported what, ending with the byline's outlet.
 * 7. events last: it reads the body, sentences, entities (country + role) and dates of the
 *    stages before it, and works alone (its own sentence split and lexicon) when they are absent.
 */
export const defaultStages: readonly Stage[] = [segmentTextStage, sentencesStage, datesStage, entitiesStage, quotesStage, sourcingStage, eventStage];

export function normaliseOptions(options: AnalyzeOptions = {}): StageContext['options'] {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  return { ...options, today };
}

/** Runs `stages` over `record` in order. */
export function runStages(
  record: Analysis,
  context: StageContext,
  stages: readonly Stage[] = defaultStages,
): Analysis {
  let current = record;
  for (const stage of stages) current = stage.run(current, context);
  return current;
}
