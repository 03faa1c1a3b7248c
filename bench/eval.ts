/**
 * Evaluation helpers shared by the NLP benchmark and the quality gates: predictions in the
 * formats of ../shared's scorers, and running a scorer on them. The scorers are the ones in
 * ../shared, used in place (never copied).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyRecord } from '../src/analyze.js';
import { splitBlocks } from '../src/extract/text/paragraphs.js';
import { splitSentences } from '../src/nlp/sentences.js';
import { findEntities } from '../src/nlp/entities/stage.js';
import type { Entity, EntityType } from '../src/types.js';

/** Our entity types as the scorers' PER/ORG/LOC/MISC; groups are not named entities. */
export const NER_TYPE: Record<EntityType, string | null> = {
  person: 'PER',
  organisation: 'ORG',
  country: 'LOC',
  region: 'LOC',
  location: 'LOC',
  group: null,
  misc: 'MISC',
};

export interface NerPrediction {
  id: string;
  entities: { start: number; end: number; type: string }[];
}

/** Named mentions of `text` (the whole text is body, one block per line), in the scorer's format. */
export function nerPrediction(id: string, text: string, lang = 'en'): NerPrediction {
  return { id, entities: namedMentions(entitiesOf(text, lang)) };
}

export function entitiesOf(text: string, lang = 'en'): Entity[] {
  const record = emptyRecord({ text, lang });
  const body = splitBlocks(text);
  return findEntities({ ...record, body, sentences: splitSentences(text, body, lang) });
}

/** Mentions by name only: descriptions and pronouns are not named entities. */
export function namedMentions(entities: readonly Entity[]): NerPrediction['entities'] {
  const out: NerPrediction['entities'] = [];
  for (const e of entities) {
    const type = NER_TYPE[e.type];
    if (!type) continue;
    for (const m of e.mentions) if (m.form === 'name' || m.form === undefined) out.push({ start: m.start, end: m.end, type });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Writes `preds` as JSONL and runs `node <scorer> <gold> <preds> …args`; returns its output. */
export function runScorer(scorer: string, gold: string, preds: readonly unknown[], args: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-eval-'));
  const file = join(dir, 'preds.jsonl');
  writeFileSync(file, preds.map((p) => JSON.stringify(p)).join('\n') + '\n');
  const result = spawnSync(process.execPath, [scorer, gold, file, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`scorer failed: ${result.stderr}`);
  return result.stdout;
}

/** The F1 on the scorer's line that starts with `label` ("partial untyped", "value F1"). */
export function figure(output: string, label: string): number {
  for (const line of output.split('\n')) {
    if (!line.trim().startsWith(label)) continue;
    const m = /F1[ =:]*([01]\.\d+)/.exec(line) ?? /([01]\.\d{3})\s*$/.exec(line);
    if (m) return Number(m[1]);
  }
  throw new Error(`no "${label}" line in scorer output:\n${output}`);
}

/**
 * The share of quote speakers (GGT gold spans) that are an entity mention: a mention that
 * contains the speaker span, or lies inside it and names a person, an organisation or a group
 * ("Andrew Scheer" inside "Conservative Leader Andrew Scheer"; "sources" inside "sources
 * familiar with the talks"). Returns [found, total].
 */
export function speakerCoverage(entities: readonly Entity[], speakers: readonly { start: number; end: number }[]): [number, number] {
  let found = 0;
  for (const s of speakers) {
    const hit = entities.some((e) =>
      e.mentions.some((m) => {
        if (m.end <= s.start || s.end <= m.start) return false;
        if (m.start <= s.start && s.end <= m.end) return true;
        const inside = s.start <= m.start && m.end <= s.end;
        return inside && (e.type === 'person' || e.type === 'organisation' || e.type === 'group' || (e.type === 'misc' && e.kind === 'document'));
      }),
    );
    if (hit) found++;
  }
  return [found, speakers.length];
}
