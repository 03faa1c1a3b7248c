/**
 * `npm run bench -- events`: sentences/s of the event coder over the English corpus articles, one
 * core. Sentences are split once (the pipeline's segment + sentence stages) and then coded with
 * our lexicon; the peer, measured in the same run, is the same engine with the PETRARCH/Phoenix
 * dictionaries of ../shared (far larger actor and verb lists), so the ratio shows what the
 * lexicon size costs.
 */
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { segmentTextStage } from '../src/extract/text/stage.js';
import { sentencesStage } from '../src/nlp/sentences.js';
import { codeSentence } from '../src/events/coder.js';
import { defaultLexicon, loadIrregular } from '../src/events/default-lexicon.js';
import { readPetrarchDictionaries } from '../src/events/petrarch.js';
import { bodySentences } from '../src/events/stage.js';
import type { EventLexicon } from '../src/events/lexicon.js';
import { readJsonl, requireShared, timeIt } from './shared.js';

export async function run(): Promise<void> {
  const shared = requireShared('the events benchmark');
  const articles = readJsonl<{ id: string; text: string; date: string | null; lang: string }>(join(shared, 'data/corpus/articles.jsonl')).filter((a) => a.lang === 'en');
  const sentences: { text: string; date?: string }[] = [];
  for (const a of articles) {
    const record = analyze({ id: a.id, text: a.text }, { stages: [segmentTextStage, sentencesStage] });
    for (const s of bodySentences(record)) sentences.push({ text: a.text.slice(s.start, s.end), ...(a.date ? { date: a.date } : {}) });
  }
  const { lexicon, grammar } = defaultLexicon();
  const measure = (lex: EventLexicon): { perSecond: number; events: number } => {
    let events = 0;
    const result = timeIt(() => {
      events = 0;
      for (const s of sentences) events += codeSentence(s.text, lex, grammar, s.date ? { date: s.date } : {}).events.length;
    });
    return { perSecond: result.perSecond * sentences.length, events };
  };
  const ours = measure(lexicon);
  console.log(`events: ${sentences.length} sentences of ${articles.length} English corpus articles, ${ours.events} events`);
  console.log(`events: ${ours.perSecond.toFixed(0)} sentences/s with the wiretrace lexicon (one core)`);
  const phoenix = readPetrarchDictionaries(join(shared, 'data/events/dictionaries/Phoenix'), loadIrregular());
  const verbs = readPetrarchDictionaries(join(shared, 'data/events/dictionaries/CAMEO'), loadIrregular());
  const peerLexicon: EventLexicon = { ...phoenix, name: 'phoenix', verbs: verbs.verbs, synsets: verbs.synsets };
  const peer = measure(peerLexicon);
  console.log(`events: ${peer.perSecond.toFixed(0)} sentences/s with the Phoenix/CAMEO 2.0 dictionaries (peer, same run), ${peer.events} events`);
  console.log(`events: ratio wiretrace/peer ${(ours.perSecond / peer.perSecond).toFixed(2)}`);
}
