/**
 * `npm run bench -- analyze`: articles/s and sentences/s of `analyze` (every default stage) over
 * the corpus articles, one core.
 */
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readJsonl, requireShared, timeIt } from './shared.js';

export async function run(): Promise<void> {
  const shared = requireShared('the analyze benchmark');
  const articles = readJsonl<{ id: string; text: string; date: string | null; lang: string }>(
    join(shared, 'data/corpus/articles.jsonl'),
  );
  let sentences = 0;
  // CPU time beside wall time: on a shared machine the wall clock counts other jobs' time too.
  const cpuStart = process.cpuUsage();
  const result = timeIt(() => {
    sentences = 0;
    for (const a of articles) {
      const record = analyze({ id: a.id, text: a.text, lang: a.lang, ...(a.date ? { date: a.date } : {}) });
      sentences += record.sentences?.length ?? 0;
    }
  });
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  // timeIt runs the work once more to warm up: count that run too.
  const cpuRate = (sentences * (result.runs + 1)) / cpuSeconds;
  const perSecond = result.perSecond * articles.length;
  console.log(`analyze: ${articles.length} corpus articles × ${result.runs} runs in ${(result.ms / 1000).toFixed(1)} s`);
  console.log(`analyze: ${perSecond.toFixed(0)} articles/s, ${(sentences * result.perSecond).toFixed(0)} sentences/s (one core)`);
  console.log(`analyze: ${cpuRate.toFixed(0)} sentences per CPU-second (load average ${loadavg()[0]!.toFixed(2)} on ${cpus().length} cores)`);
}
