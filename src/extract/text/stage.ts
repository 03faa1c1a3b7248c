/**
 * The plain-text segmentation stage: which blocks of the text are the article body and which are
 * boilerplate (promos, source credits, author bios, bylines, captions, related links, share bars,
 * copyright lines, ads, menus, comment counters), each with its kind and the rule that decided it;
 * then the title or lede, the byline, and the language.
 *
 * For HTML input the extractor has already removed page furniture; this stage still runs on the
 * extracted text, because promos and bios inside the article container survive any DOM heuristic.
 */
import type { Analysis, Diagnostic } from '../../types.js';
import type { Stage } from '../../pipeline.js';
import { boilerplateRules } from '../../lexicon/boilerplate.js';
import { splitBlocks } from './paragraphs.js';
import { classifyBlocks } from './classify.js';
import { recogniseTitle } from './title.js';
import { recoverByline } from './byline.js';
import { identifyLanguage } from './language.js';
import { publishedFromDateline } from './dateline.js';

export const segmentTextStage: Stage = {
  id: 'text/segment',
  run(record) {
    return segmentText(record);
  },
};

export function segmentText(record: Analysis): Analysis {
  const { text } = record;
  const classified = classifyBlocks(text, splitBlocks(text), boilerplateRules());
  let body = classified.body;
  const diagnostics: Diagnostic[] = [...record.diagnostics];

  let title = record.title;
  const recognised = recogniseTitle(text, body);
  if (recognised) {
    if (recognised.headline) body = body.slice(1);
    // A title the caller or the HTML metadata stated beats one recognised in the text.
    if (title === null) title = recognised.title;
  }

  const byline = record.byline ?? recoverByline(text, classified.captures);
  const lang = record.lang !== 'und' ? record.lang : identifyLanguage(bodyText(text, body)).lang;

  const blocks = [...classified.body, ...classified.boilerplate].sort((a, b) => a.start - b.start);
  const published = record.published ?? publishedFromDateline(classified.boilerplate, blocks);

  if (body.length === 0) {
    diagnostics.push({ reason: 'no body text: every block is boilerplate', severity: 'warning', rule: 'text/segment/no-body' });
  }
  // Keep boilerplate found earlier (HTML blocks removed by the extractor) and add ours.
  const boilerplate = [...record.boilerplate, ...classified.boilerplate];
  return { ...record, title, byline, published, lang, body, boilerplate, diagnostics };
}

function bodyText(text: string, body: readonly { start: number; end: number }[]): string {
  return body.map((s) => text.slice(s.start, s.end)).join('\n');
}
