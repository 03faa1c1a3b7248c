/**
 * The quote stage: who said what in the body. Reads only the body paragraphs (`record.body`), so a
 * promo or an author bio never yields a quote; writes `record.quotes`, each speaker resolved to an
 * entity id where the entities stage (which runs before) knows it.
 */
import type { Stage } from '../../pipeline.js';
import { extractQuotes } from './extract.js';
import { resolveSpeakers } from './resolve.js';

export const quotesStage: Stage = {
  id: 'nlp/quotes',
  run(record, context) {
    return { ...record, quotes: resolveSpeakers(record, extractQuotes(record.text, record.body, context.options.quotes)) };
  },
};
