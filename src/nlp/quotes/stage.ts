/**
 * The quote stage: who said what in the body. Reads only the body paragraphs (`record.body`), so a
 * promo or an author bio never yields a quote; writes `record.quotes`.
 */
import type { Stage } from '../../pipeline.js';
import { extractQuotes } from './extract.js';

export const quotesStage: Stage = {
  id: 'nlp/quotes',
  run(record, context) {
    return { ...record, quotes: extractQuotes(record.text, record.body, context.options.quotes) };
  },
};
