/**
 * `npm run bench -- quotes`: quote F1 and speaker accuracy on the GGT and PolNeAR dev sets (their
 * own scorer), and documents/s of the whole analysis that produced them; the peer, measured in
 * the same run, is compromise's `.quotations()` (quote spans only, no speakers).
 */
import { createRequire } from 'node:module';
import { evaluateQuotes, quotesDataDir, readDevSet, scorePredictions } from '../test/gates/quotes-eval.js';

interface Compromise {
  (text: string): { quotations(): { out(format: 'offset'): Array<{ offset: { start: number; length: number } }> } };
}

export async function run(): Promise<void> {
  const dir = quotesDataDir();
  if (dir === null) {
    process.stderr.write('bench: the quotes benchmark needs ../shared/data/quotes beside the repository; it is absent, skipping\n');
    return;
  }
  const nlp = createRequire(import.meta.url)('compromise') as Compromise;
  const f3 = (x: number) => x.toFixed(3);

  const ggt = evaluateQuotes(dir, 'ggt_dev.jsonl');
  const peer = peerScore(dir, 'ggt_dev.jsonl', nlp);
  console.log(`quotes: GGT dev (${ggt.documents} articles, data ${ggt.dataHash})`);
  console.log(`  wiretrace   quote F1 ${f3(ggt.f1)} (P ${f3(ggt.precision)} R ${f3(ggt.recall)})  speaker acc ${f3(ggt.speakerAccuracy)}  cue acc ${f3(ggt.cueAccuracy)}  ${rate(ggt)}`);
  console.log(`  compromise  quote F1 ${f3(peer.f1)} (P ${f3(peer.precision)} R ${f3(peer.recall)})  speaker acc ${f3(peer.speakerAccuracy)}  ${rate(peer)}`);
  console.log(`  ratio       quote F1 ×${(ggt.f1 / peer.f1).toFixed(2)}, speed ×${(ggt.documents / ggt.ms / (peer.documents / peer.ms)).toFixed(2)} (wiretrace runs every stage)`);
  console.log(`  recall by gold kind: direct ${f3(ggt.recallByKind['direct'] ?? 0)}, indirect ${f3(ggt.recallByKind['indirect'] ?? 0)}`);

  const join = { analyze: { quotes: { joinContinuations: true } } };
  const pol = evaluateQuotes(dir, 'polnear_dev.jsonl', { ...join, kind: 'direct' });
  const polAll = evaluateQuotes(dir, 'polnear_dev.jsonl', join);
  const polPeer = peerScore(dir, 'polnear_dev.jsonl', nlp, 'direct');
  console.log(`quotes: PolNeAR dev (${pol.documents} articles, data ${pol.dataHash}), continuations joined`);
  console.log(`  wiretrace   direct quote F1 ${f3(pol.f1)} (P ${f3(pol.precision)} R ${f3(pol.recall)})  speaker acc ${f3(pol.speakerAccuracy)}  ${rate(pol)}`);
  console.log(`  compromise  direct quote F1 ${f3(polPeer.f1)} (P ${f3(polPeer.precision)} R ${f3(polPeer.recall)})  ${rate(polPeer)}`);
  console.log(`  ratio       direct quote F1 ×${(pol.f1 / polPeer.f1).toFixed(2)}`);
  console.log(`  all relations: quote F1 ${f3(polAll.f1)}, speaker acc ${f3(polAll.speakerAccuracy)}, recall direct ${f3(polAll.recallByKind['direct'] ?? 0)}, indirect ${f3(polAll.recallByKind['indirect'] ?? 0)}`);
}

function rate(s: { documents: number; ms: number }): string {
  return `${((s.documents * 1000) / s.ms).toFixed(0)} articles/s`;
}

/** compromise's quotations, scored the same way. */
function peerScore(dir: string, file: string, nlp: Compromise, kind?: 'direct') {
  const { lines } = readDevSet(dir, file);
  const preds: string[] = [];
  const start = performance.now();
  for (const line of lines) {
    const gold = JSON.parse(line) as { id: string; text: string };
    const quotes = nlp(gold.text)
      .quotations()
      .out('offset')
      .map((q) => ({ quote: { start: q.offset.start, end: q.offset.start + q.offset.length }, speaker: null, cue: null }));
    preds.push(JSON.stringify({ id: gold.id, quotes }));
  }
  const ms = performance.now() - start;
  return { ...scorePredictions(dir, lines, preds, kind), documents: lines.length, ms };
}
