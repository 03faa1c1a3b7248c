/** The public library API of wiretrace. */
export { analyze, contentId, emptyRecord } from './analyze.js';
export { defaultStages, runStages, normaliseOptions } from './pipeline.js';
export type { AnalyzeOptions, Stage, StageContext } from './pipeline.js';
export { WiretraceError, isWiretraceError } from './errors.js';
export type { ErrorCode } from './errors.js';
export type * from './types.js';
export { splitSentences } from './nlp/sentences.js';
export { countries, countryByIso3, lookupCountry } from './lexicon/countries.js';
export type { Country, CountryMatch, CountryNameKind } from './lexicon/countries.js';
export { lookupRole } from './lexicon/roles.js';
export type { RoleEntry } from './lexicon/roles.js';
export { lookupOrganisation, organisations, organisationById } from './lexicon/organisations.js';
export type { Organisation } from './lexicon/organisations.js';
export { lookupPlace } from './lexicon/places.js';
export { transliterate, nameKey } from './nlp/transliterate.js';
export { entitiesStage, findEntities, entityAt } from './nlp/entities/index.js';

// Stages a library user runs on their own: HTML extraction, quotes, sourcing, events, dates.
export { extractHtml, decodeHtml } from './extract/html/index.js';
export type { HtmlExtraction, HtmlExtractOptions } from './extract/html/index.js';
export { extractQuotes } from './nlp/quotes/extract.js';
export type { QuoteOptions } from './nlp/quotes/extract.js';
export { buildChain, creditLine } from './nlp/sourcing/chain.js';
export { codeSentence, codeRecord, codebook, readPetrarchDictionaries, defaultLexicon } from './events/index.js';
export type { CodedEvent, SentenceCoding, CodeOptions, CodeInfo, Codebook, EventLexicon } from './events/index.js';

// The archive: store, ingest and exports, for programs that embed wiretrace.
export { openStore, DEFAULT_DB_PATH, contentHash } from './store/index.js';
export type * from './store/store.js';
export type * from './store/trace-index.js';
export { ingest, Fetcher, canonicalUrl, USER_AGENT } from './ingest/index.js';
export type { IngestSummary, IngestEvent, IngestOptions, FetchOptions } from './ingest/index.js';
export { gdeltEvents, gdeltMentions } from './export/gdelt.js';

// Trace: fingerprints, story clustering and provenance.
export { createMinHasher, estimateJaccard } from './trace/minhash.js';
export { clusterCollection } from './trace/collection.js';
export type { CollectionDocument, ClusterRow, Relation } from './trace/collection.js';
export { ProvenanceIndex, traceChain, walkChain } from './trace/provenance.js';
export { articleSignals, collectionSignals, uncreditedCopySignals } from './trace/signals.js';
// The trace index kept in the store: online indexing, chains from stored edges, signals of stored articles.
export { indexArticle, putAndIndex, reindex } from './trace/indexer.js';
export type { IndexerOptions, IndexOutcome } from './trace/indexer.js';
export { storedChain } from './trace/stored-chain.js';
export { storeSignals } from './trace/store-signals.js';
