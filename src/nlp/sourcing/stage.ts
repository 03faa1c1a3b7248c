/**
 * The sourcing stage: `record.sources`, the chain of who reported what, origin first. Reads the
 * body sentences, the source-credit blocks the segmenter set aside, and the byline.
 */
import type { Stage } from '../../pipeline.js';
import { buildChain } from './chain.js';

export const sourcingStage: Stage = {
  id: 'nlp/sourcing',
  run(record) {
    return { ...record, sources: buildChain(record) };
  },
};
