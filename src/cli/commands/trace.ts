/**
 * `wiretrace trace <article-id|url|file>`: the chain from the story's origin to this article,
 * with the evidence at each hop, and the article's republication signals. From the archive
 * (`--db`) it reads the trace index (stored provenance edges and stories); for an article the
 * index does not hold, a file, or a JSONL collection (`--corpus`), it computes the chain.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { analyze } from '../../analyze.js';
import { WiretraceError } from '../../errors.js';
import { openStore, type Store } from '../../store/index.js';
import { fingerprintText } from '../../trace/fingerprint.js';
import { estimateJaccard } from '../../trace/minhash.js';
import { bodyText, parentEdges, ProvenanceIndex, traceChain, type ChainHop, type TraceArticle } from '../../trace/provenance.js';
import { articleSignals, uncreditedCopySignals, type RepublicationSignal } from '../../trace/signals.js';
import { storedChain } from '../../trace/stored-chain.js';
import { storeSignals } from '../../trace/store-signals.js';
import { toTraceArticle, traceArticleOf } from '../../trace/stored.js';
import { addDbOption, type DbFlags } from '../db.js';
import { isProblem, parseJsonl } from '../inputs.js';
import { info } from '../output.js';

interface TraceFlags extends DbFlags {
  corpus?: string;
  json?: boolean;
}

/** The story of the traced article, as the trace index keeps it. */
interface StoryInfo {
  id: number;
  size: number;
  origin: string | null;
  firstSeen: string | null;
  lastSeen: string | null;
  /** How the article joined it: started, similar, copy, translation. */
  how: string;
}

interface TraceResult {
  article: string;
  /** `index`: read from the stored edges; `computed`: worked out from the articles now. */
  from: 'index' | 'computed';
  story?: StoryInfo;
  chain: ChainHop[];
  signals: RepublicationSignal[];
  articles: ReadonlyMap<string, TraceArticle>;
}

export function registerTrace(program: Command): void {
  const command = program
    .command('trace')
    .description('show where an article\'s story started and the path it travelled, with evidence at each hop')
    .argument('<article>', 'a stored article id or URL, an id in --corpus, or a text file to trace against the collection')
    .option('--corpus <file.jsonl>', 'trace within this JSONL collection {id, text, url?, date?, lang?, title?} instead of the archive')
    .option('--json', 'print the chain as JSON');
  addDbOption(command).action((key: string, flags: TraceFlags) => {
    const result = flags.corpus ? computed(key, fromCorpus(flags.corpus), flags.corpus) : fromArchive(key, flags.db);
    if (flags.json) {
      const { articles: _articles, ...rest } = result;
      process.stdout.write(JSON.stringify(rest, null, 2) + '\n');
      return;
    }
    process.stdout.write(formatChain(result.chain, result.articles, result.signals.map((s) => `${s.signal}: ${s.evidence} [${s.rule}]`), result.story));
  });
}

function fromArchive(key: string, db: string): TraceResult {
  const store = openStore(db, { readonly: true });
  try {
    const stored = store.article(key);
    if (stored) {
      const indexed = storedChain(store, stored.id);
      if (indexed) {
        const signals = storeSignals(store, { articleId: stored.id })[0]?.signals ?? [];
        const story = storyInfo(store, stored.id);
        return { article: String(stored.id), from: 'index', ...(story ? { story } : {}), chain: indexed.chain, signals, articles: indexed.articles };
      }
      info('the trace index does not hold this article: computing its chain from the stored articles (`wiretrace reindex` indexes the archive)');
    }
    const articles: TraceArticle[] = [];
    for (const a of store.articles()) articles.push(traceArticleOf(a));
    const result = computed(key, articles, db);
    if (stored) result.signals = storeSignals(store, { articleId: stored.id })[0]?.signals ?? result.signals;
    return result;
  } finally {
    store.close();
  }
}

function storyInfo(store: Store, articleId: number): StoryInfo | null {
  const m = store.trace.membership(articleId);
  const s = m ? store.trace.story(m.storyId) : null;
  if (!m || !s) return null;
  return { id: s.id, size: s.size, origin: s.originArticleId === null ? null : String(s.originArticleId), firstSeen: s.firstSeen, lastSeen: s.lastSeen, how: m.how };
}

/** The chain computed over `articles` (the target found by id or URL, or read from a file). */
function computed(key: string, articles: TraceArticle[], where: string): TraceResult {
  let targetId = articles.some((a) => a.id === key) ? key : (articles.find((a) => a.record.url === key)?.id ?? null);
  if (targetId === null && existsSync(key)) {
    const record = analyze({ id: `file:${key}`, text: readFileSync(key, 'utf8') });
    articles.push(toTraceArticle(record, null));
    targetId = record.id;
  }
  if (targetId === null) throw new WiretraceError('not-found', `no article with id or URL ${key}, and no such file`, { where });
  const index = new ProvenanceIndex(articles);
  const chain = traceChain(targetId, index)!;
  const target = index.articles.get(targetId)!;
  const signals = [...articleSignals(target.record, target.outlet), ...uncreditedCopySignals(target.record, { label: target.label, outlet: target.outlet }, copiesOf(target, index))];
  return { article: targetId, from: 'computed', chain, signals, articles: index.articles };
}

/** The earlier articles `target` copies, with the MinHash similarity of the two bodies. */
function copiesOf(target: TraceArticle, index: ProvenanceIndex) {
  const sign = (a: TraceArticle) => fingerprintText(a.record.title?.value ?? '', bodyText(a.record)).signature;
  const own = sign(target);
  return parentEdges(target, index)
    .filter((e) => e.relation === 'copied')
    .map((e) => {
      const a = index.articles.get(e.from)!;
      return { id: a.id, label: a.label, outlet: a.outlet, similarity: estimateJaccard(own, sign(a)), published: a.published };
    });
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
export function formatChain(chain: readonly ChainHop[], articles: ReadonlyMap<string, TraceArticle>, signals: readonly string[], story?: StoryInfo): string {
  const lines: string[] = [];
  const last = chain[chain.length - 1]!;
  lines.push(`trace: ${chain.length} hop(s), origin ${chain[0]!.label}${chain[0]!.published ? ` (${chain[0]!.published})` : ''} → ${last.label}`);
  if (story) {
    lines.push(`story ${story.id}: ${story.size} article(s), origin id ${story.origin ?? '—'}, ${story.firstSeen ?? '—'} … ${story.lastSeen ?? '—'} (this article: ${story.how})`);
  }
  chain.forEach((hop, i) => {
    if (hop.edge) {
      // A copy says how close it is (copy, near-copy); other relations read the same either way.
      const variant = hop.edge.storedAs === 'copy' || hop.edge.storedAs === 'near-copy' ? `, ${hop.edge.storedAs}` : '';
      lines.push(`   ↓ ${hop.edge.relation} (confidence ${hop.edge.confidence.toFixed(2)}${variant})`);
      for (const e of hop.edge.evidence) lines.push(`       · ${e.kind}: ${e.detail} [${e.rule}]`);
    }
    const article = articles.get(hop.id);
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
