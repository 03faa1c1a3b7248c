/**
 * `wiretrace trace <article-id|url|file>`: the chain from the story's origin to this article,
 * with the evidence at each hop, read from the archive (`--db`) or, without a store, from a
 * JSONL collection (`--corpus FILE.jsonl`, each record analysed first).
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import { WiretraceError } from '../../errors.js';
import { openStore } from '../../store/index.js';
import { outletId, publisherOf } from '../../trace/outlets.js';
import { ProvenanceIndex, traceChain, type ChainHop, type TraceArticle } from '../../trace/provenance.js';
import { articleSignals } from '../../trace/signals.js';
import type { Analysis } from '../../types.js';
import { addDbOption, type DbFlags } from '../db.js';
import { isProblem, parseJsonl } from '../inputs.js';

interface TraceFlags extends DbFlags {
  corpus?: string;
  json?: boolean;
}

export function registerTrace(program: Command): void {
  const command = program
    .command('trace')
    .description('show where an article\'s story started and the path it travelled, with evidence at each hop')
    .argument('<article>', 'a stored article id or URL, an id in --corpus, or a text file to trace against the collection')
    .option('--corpus <file.jsonl>', 'trace within this JSONL collection {id, text, url?, date?, lang?, title?} instead of the archive')
    .option('--json', 'print the chain as JSON');
  addDbOption(command).action((key: string, flags: TraceFlags) => {
    const articles = flags.corpus ? fromCorpus(flags.corpus) : fromStore(flags.db);
    let targetId = articles.some((a) => a.id === key) ? key : (articles.find((a) => a.record.url === key)?.id ?? null);
    if (targetId === null && existsSync(key)) {
      const record = analyze({ id: `file:${key}`, text: readFileSync(key, 'utf8') });
      articles.push(toTraceArticle(record, null));
      targetId = record.id;
    }
    if (targetId === null) throw new WiretraceError('not-found', `no article with id or URL ${key}, and no such file`, { where: flags.corpus ?? flags.db });
    const index = new ProvenanceIndex(articles);
    const chain = traceChain(targetId, index)!;
    const target = index.articles.get(targetId)!;
    const signals = articleSignals(target.record, target.outlet);
    if (flags.json) {
      process.stdout.write(JSON.stringify({ article: targetId, chain, signals }, null, 2) + '\n');
      return;
    }
    process.stdout.write(formatChain(chain, index, signals.map((s) => `${s.signal}: ${s.evidence} [${s.rule}]`)));
  });
}

function toTraceArticle(record: Analysis, host: string | null, id = record.id): TraceArticle {
  return { id, record, outlet: publisherOf(record, host), label: host ?? record.sources.find((s) => s.relation === 'published')?.name ?? id, published: record.published?.value ?? null };
}

function fromStore(db: string): TraceArticle[] {
  const store = openStore(db, { readonly: true });
  try {
    const out: TraceArticle[] = [];
    for (const a of store.articles()) {
      const t = toTraceArticle(a.record, a.source, String(a.id));
      if (a.url) t.record = { ...t.record, url: a.url };
      if (!t.outlet && a.source) t.outlet = outletId(a.source);
      out.push(t);
    }
    return out;
  } finally {
    store.close();
  }
}

function fromCorpus(path: string): TraceArticle[] {
  if (!existsSync(path)) throw new WiretraceError('not-found', `no such file: ${path}`, { where: path });
  const out: TraceArticle[] = [];
  for (const item of parseJsonl(readFileSync(path, 'utf8'), path)) {
    if (isProblem(item)) throw item.error;
    if (item.text === undefined) throw new WiretraceError('bad-input', 'expected a "text" field', { where: item.where });
    const record = analyze({ id: item.id, text: item.text, ...(item.url ? { url: item.url } : {}), ...(item.date ? { date: item.date } : {}), ...(item.lang ? { lang: item.lang } : {}), ...(item.title ? { title: item.title } : {}) });
    const host = item.url ? new URL(item.url).hostname.replace(/^www\./, '') : null;
    out.push(toTraceArticle(record, host));
  }
  return out;
}

/** The chain for people: one block per hop, origin first, the evidence under each arrow. */
export function formatChain(chain: readonly ChainHop[], index: ProvenanceIndex, signals: readonly string[]): string {
  const lines: string[] = [];
  const last = chain[chain.length - 1]!;
  lines.push(`trace: ${chain.length} hop(s), origin ${chain[0]!.label}${chain[0]!.published ? ` (${chain[0]!.published})` : ''} → ${last.label}`);
  chain.forEach((hop, i) => {
    if (hop.edge) {
      lines.push(`   ↓ ${hop.edge.relation} (confidence ${hop.edge.confidence.toFixed(2)})`);
      for (const e of hop.edge.evidence) lines.push(`       · ${e.kind}: ${e.detail} [${e.rule}]`);
    }
    const article = index.articles.get(hop.id);
    const title = article?.record.title?.value;
    const who = hop.outlet && hop.outlet !== hop.label ? ` (${hop.outlet})` : '';
    lines.push(`[${i + 1}] ${hop.label}${who}${hop.published ? `  ${hop.published}` : ''}${hop.external ? '  — cited, not in the collection' : `  ${article?.record.lang ?? ''}  id ${hop.id}`}`);
    if (title) lines.push(`    “${title.length > 100 ? `${title.slice(0, 99)}…` : title}”`);
  });
  if (signals.length > 0) {
    lines.push('', 'republication signals:');
    for (const s of signals) lines.push(`  · ${s}`);
  }
  return lines.join('\n') + '\n';
}
