/**
 * Runs the quote extractor over a quotes dev set in ../shared and scores it with the set's own
 * scorer (`data/quotes/score.mjs`), so that gates and the benchmark report the published metric.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { analyze } from '../../src/analyze.js';
import type { AnalyzeOptions } from '../../src/pipeline.js';
import type { Quote } from '../../src/types.js';

/** ../shared/data/quotes beside the repository, or null when absent. */
export function quotesDataDir(): string | null {
  const dir = fileURLToPath(new URL('../../../shared/data/quotes/', import.meta.url));
  return existsSync(join(dir, 'score.mjs')) ? dir : null;
}

export interface QuoteScore {
  f1: number;
  precision: number;
  recall: number;
  speakerAccuracy: number;
  cueAccuracy: number;
  recallByKind: Record<string, number>;
  documents: number;
  sentences: number;
  ms: number;
  /** SHA-256 of the gold file, first 16 hex digits: which data the figures are for. */
  dataHash: string;
}

export interface EvalOptions {
  kind?: 'direct' | 'indirect';
  analyze?: AnalyzeOptions;
  /** Score only the first n documents (quick runs while iterating). */
  limit?: number;
}

/** The records of a dev file (the first `limit` when given) and the file's hash. */
export function readDevSet(dir: string, file: string, limit?: number): { lines: string[]; dataHash: string } {
  const raw = readFileSync(join(dir, file));
  let lines = raw.toString('utf8').split('\n').filter((l) => l.trim() !== '');
  if (limit !== undefined) lines = lines.slice(0, limit);
  return { lines, dataHash: createHash('sha256').update(raw).digest('hex').slice(0, 16) };
}

/** Extracts the quotes of every record of `file` (in `dir`) with `analyze` and scores them. */
export function evaluateQuotes(dir: string, file: string, options: EvalOptions = {}): QuoteScore {
  const { lines, dataHash } = readDevSet(dir, file, options.limit);
  const preds: string[] = [];
  let sentences = 0;
  const start = performance.now();
  for (const line of lines) {
    const gold = JSON.parse(line) as { id: string; text: string };
    const record = analyze({ id: gold.id, text: gold.text }, options.analyze ?? {});
    sentences += record.sentences?.length ?? 0;
    preds.push(JSON.stringify({ id: gold.id, quotes: record.quotes.map(forScorer) }));
  }
  const ms = performance.now() - start;
  return { ...scorePredictions(dir, lines, preds, options.kind), documents: lines.length, sentences, ms, dataHash };
}

type Scores = Pick<QuoteScore, 'f1' | 'precision' | 'recall' | 'speakerAccuracy' | 'cueAccuracy' | 'recallByKind'>;

/** Scores prediction lines (`{id, quotes}` JSON) against gold lines with the set's `score.mjs`. */
export function scorePredictions(dir: string, goldLines: readonly string[], predLines: readonly string[], kind?: 'direct' | 'indirect'): Scores {
  const work = mkdtempSync(join(tmpdir(), 'wiretrace-quotes-'));
  try {
    const predPath = join(work, 'preds.jsonl');
    const goldPath = join(work, 'gold.jsonl');
    writeFileSync(predPath, predLines.join('\n') + '\n');
    writeFileSync(goldPath, goldLines.join('\n') + '\n');
    const args = [join(dir, 'score.mjs'), predPath, goldPath, '--json', ...(kind ? ['--kind', kind] : [])];
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`score.mjs failed: ${run.stderr}`);
    const json = run.stdout.slice(0, run.stdout.lastIndexOf('\nquote F1'));
    const r = JSON.parse(json) as {
      overlap: Record<string, { f1: number; precision: number; recall: number }>;
      speaker: { accuracy: number };
      cue: { accuracy: number };
      recallByGoldKind: Record<string, { recall: number }>;
    };
    const ov = r.overlap['0.3']!;
    return {
      f1: ov.f1,
      precision: ov.precision,
      recall: ov.recall,
      speakerAccuracy: r.speaker.accuracy,
      cueAccuracy: r.cue.accuracy,
      recallByKind: Object.fromEntries(Object.entries(r.recallByGoldKind).map(([k, v]) => [k, v.recall])),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function forScorer(q: Quote): Record<string, unknown> {
  return { quote: q.quote, speaker: q.speaker, cue: q.cue, kind: q.kind === 'mixed' ? 'indirect' : q.kind };
}
