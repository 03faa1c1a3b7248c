/** Political event coding: CAMEO / PLOVER events with evidence. */
export { codeSentence, type CodedEvent, type SentenceCoding, type CodeOptions } from './coder.js';
export { eventsStage, eventStage, codeRecord, bodySentences, type EventsOptions } from './stage.js';
export { defaultLexicon, loadIrregular } from './default-lexicon.js';
export { readPetrarchDictionaries, findDictionaryFiles } from './petrarch.js';
export { codebook, type CodeInfo, type Codebook } from './codebook.js';
export type { EventLexicon } from './lexicon.js';
