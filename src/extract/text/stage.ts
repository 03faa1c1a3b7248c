/**
 * The plain-text segmentation stage: which blocks of the text are the article body, and which
 * are boilerplate (with the kind and the rule that decided it).
 */
import type { Stage } from '../../pipeline.js';
import { splitBlocks } from './paragraphs.js';

export const segmentTextStage: Stage = {
  id: 'text/segment',
  run(record) {
    return { ...record, body: splitBlocks(record.text) };
  },
};
