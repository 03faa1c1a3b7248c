/**
 * `npm run bench -- analyze`: articles/s and sentences/s of `analyze` (every default stage) over
 * the corpus articles, one core.
 */
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readJsonl, requireShared, timeIt } from './shared.js';

export async function run(): Promise<void> {
  const shared = requireShared('the analyze benchmark');
  const articles = readJsonl<{ id: string; text: string; date: string | null; lang: string }>(
    join(shared, 'data/corpus/articles.jsonl'),
  );
  let sentences = 0;
  const result = timeIt(() => {
    sentences = 0;
    for (const a of articles) {
      const record = analyze({ id: a.id, text: a.text, lang: a.lang, ...(a.date ? { date: a.date } : {}) });
      sentences += record.sentences?.length ?? 0;
    }
  });
  const perSecond = result.perSecond * articles.length;
  console.log(`analyze: ${articles.length} corpus articles × ${result.runs} runs in ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`analyze: ${perSecond.toFixed(0)} articles/s, ${(sentences * result.perSecond).toFixed(0)} sentences/s (one core)`);
}
