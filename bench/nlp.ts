/**
 * `npm run bench -- nlp`: sentences + dates + entities, sentences/s over the corpus articles on
 * one core, and NER quality and speed on MEANTIME English beside compromise (npm), the peer,
 * measured in the same run (partial-overlap F1 by ../shared/data/entities/score.mjs).
 */
import { join } from 'node:path';
import nlp from 'compromise';
import { emptyRecord } from '../src/analyze.js';
import { splitBlocks } from '../src/extract/text/paragraphs.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { findDates } from '../src/nlp/dates/find.js';
import { findEntities } from '../src/nlp/entities/stage.js';
import { readJsonl, requireShared, timeIt } from './shared.js';
import { figure, nerPrediction, runScorer, type NerPrediction } from './eval.js';

interface Article {
  id: string;
  text: string;
  date: string | null;
  lang: string;
}

export async function run(): Promise<void> {
  const shared = requireShared('the nlp benchmark');
  const articles = readJsonl<Article>(join(shared, 'data/corpus/articles.jsonl'));
  let sentences = 0;
  const ours = timeIt(() => {
    sentences = 0;
    for (const a of articles) {
      const body = splitBlocks(a.text);
      const spans = splitSentences(a.text, body, a.lang);
      findDates(a.text, body, a.date ?? '2020-01-01', a.lang);
      findEntities({ ...emptyRecord({ text: a.text }), lang: a.lang, body, sentences: spans });
      sentences += spans.length;
    }
  }, 5000);
  const ourRate = sentences * ours.perSecond;
  console.log(`nlp: ${articles.length} corpus articles (${sentences} sentences) × ${ours.runs} runs`);
  console.log(`nlp: sentences + dates + entities ${ourRate.toFixed(0)} sentences/s (one core)`);

  const english = articles.filter((a) => a.lang === 'en');
  let englishSentences = 0;
  for (const a of english) englishSentences += splitSentences(a.text, splitBlocks(a.text), 'en').length;
  const peer = timeIt(() => {
    for (const a of english) {
      const doc = nlp(a.text);
      doc.people().json({ offset: true });
      doc.organizations().json({ offset: true });
      doc.places().json({ offset: true });
    }
  }, 5000);
  const oursEn = timeIt(() => {
    for (const a of english) nerPrediction(a.id, a.text);
  }, 5000);
  const peerRate = englishSentences * peer.perSecond;
  const oursEnRate = englishSentences * oursEn.perSecond;
  console.log(`nlp: NER on ${english.length} English articles: wiretrace ${oursEnRate.toFixed(0)} sentences/s, compromise ${peerRate.toFixed(0)} sentences/s (×${(oursEnRate / peerRate).toFixed(1)})`);

  const gold = join(shared, 'data/entities/meantime/meantime_en_named.jsonl');
  const docs = readJsonl<{ id: string; text: string }>(gold);
  const scorer = join(shared, 'data/entities/score.mjs');
  const mine = runScorer(scorer, gold, docs.map((d) => nerPrediction(d.id, d.text)));
  const theirs = runScorer(scorer, gold, docs.map((d) => compromisePrediction(d.id, d.text)));
  for (const label of ['partial untyped', 'partial typed'] as const) {
    const a = figure(mine, label);
    const b = figure(theirs, label);
    console.log(`nlp: MEANTIME ${label} F1: wiretrace ${a.toFixed(3)}, compromise ${b.toFixed(3)} (×${(a / b).toFixed(2)})`);
  }
}

/** compromise's people, organisations and places as PER/ORG/LOC spans. */
export function compromisePrediction(id: string, text: string): NerPrediction {
  const doc = nlp(text);
  const entities: NerPrediction['entities'] = [];
  const add = (list: { offset: { start: number; length: number } }[], type: string) => {
    for (const x of list) entities.push({ start: x.offset.start, end: x.offset.start + x.offset.length, type });
  };
  add(doc.people().json({ offset: true }), 'PER');
  add(doc.organizations().json({ offset: true }), 'ORG');
  add(doc.places().json({ offset: true }), 'LOC');
  return { id, entities };
}
