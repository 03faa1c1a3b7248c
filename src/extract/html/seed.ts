/**
 * Seeding an analysis record from an HTML extraction: the record's text is the extracted body
 * (without the title, which goes to `record.title`), and the metadata fills title, byline,
 * publication date, language and URL with the source that won. What the caller stated beats what
 * the page says. Removed HTML blocks become boilerplate with `origin: 'html'` (offsets into the
 * decoded HTML, not into the text).
 */
import type { Analysis, ArticleInput, BoilerplateBlock } from '../../types.js';
import type { HtmlExtraction } from './types.js';

/** The fields of the record the extraction decides; the caller's input overrides each. */
export function seedFromHtml(record: Analysis, extraction: HtmlExtraction, input: ArticleInput): Analysis {
  const { metadata } = extraction;
  const seeded: Analysis = { ...record };
  if (input.title === undefined && metadata.title.value !== null) {
    seeded.title = { value: metadata.title.value, source: metadata.title.source ?? 'html' };
  }
  if (metadata.author.value !== null) {
    seeded.byline = { author: metadata.author.value, rule: `html/meta/${metadata.author.source ?? 'unknown'}` };
    if (metadata.sitename.value !== null) seeded.byline.outlet = metadata.sitename.value;
  }
  if (input.date === undefined && metadata.date.value !== null) {
    const source = metadata.date.source ?? 'html';
    // A URL date or a modification date stands in for the publication date: inferred, not stated.
    const certainty = source === 'url' || source.startsWith('modified:') ? 'inferred' : 'stated';
    seeded.published = { value: metadata.date.value, certainty, source };
  }
  if (input.lang === undefined && extraction.lang !== null) seeded.lang = extraction.lang;
  if (input.url === undefined && extraction.url !== null) seeded.url = extraction.url;
  const blocks: BoilerplateBlock[] = extraction.boilerplate.map((b) => ({ ...b, origin: 'html' as const }));
  seeded.boilerplate = [...blocks, ...record.boilerplate];
  seeded.diagnostics = [...extraction.diagnostics, ...record.diagnostics];
  return seeded;
}
