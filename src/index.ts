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
