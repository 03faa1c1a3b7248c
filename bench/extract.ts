/**
 * `npm run bench -- extract`: HTML extraction quality and speed.
 *
 * Quality: runs `extractHtml` over the dev pages of ../shared/data/extraction and scores the
 * predictions with the shared scorers (body F1 on scrapinghub; date/author/title and body
 * snippets on the metadata pages). Speed: pages/s over the scrapinghub dev pages, one process,
 * against @mozilla/readability 0.6.0 on linkedom and on jsdom in the same run (their F1 is
 * printed too). Flags (after `--`): `--no-jsdom` skips the slow jsdom peer, `--no-peers` skips
 * both, `--out DIR` keeps the prediction files.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../src/extract/html/index.js';
import { readJsonl, requireShared } from './shared.js';

interface Page {
  id: string;
  url: string;
  bytes: Buffer;
}

function loadPages(dir: string): Page[] {
  const expected = readJsonl<{ id: string; url: string }>(join(dir, 'expected.jsonl'));
  const files = new Set(readdirSync(dir));
  return expected
    .filter((e) => files.has(`${e.id}.html.gz`))
    .map((e) => ({ id: e.id, url: e.url, bytes: gunzipSync(readFileSync(join(dir, `${e.id}.html.gz`))) }));
}

function score(scorer: string, preds: string): string[] {
  const r = spawnSync(process.execPath, [scorer, preds], { encoding: 'utf8' });
  return (r.stdout + r.stderr).trim().split('\n');
}

function writePreds(path: string, rows: unknown[]): void {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

/** Runs `fn` over every page `rounds` times after one warm-up round; pages per second. */
function pagesPerSecond(pages: readonly Page[], fn: (page: Page) => void, minMs: number): number {
  for (const p of pages) fn(p);
  let n = 0;
  const start = performance.now();
  do {
    for (const p of pages) fn(p);
    n += pages.length;
  } while (performance.now() - start < minMs);
  return (n * 1000) / (performance.now() - start);
}

export async function run(): Promise<void> {
  const shared = requireShared('the extract benchmark');
  const args = process.argv.slice(2);
  const outIndex = args.indexOf('--out');
  const out = outIndex >= 0 && args[outIndex + 1] ? args[outIndex + 1]! : mkdtempSync(join(tmpdir(), 'wiretrace-extract-'));
  mkdirSync(out, { recursive: true });
  const data = join(shared, 'data/extraction');
  const sh = loadPages(join(data, 'scrapinghub'));
  const md = loadPages(join(data, 'metadata'));
  const today = '2026-12-31';

  // Quality.
  const bodyPreds = sh.map((p) => ({ id: p.id, articleBody: extractHtml(p.bytes, { url: p.url, today }).articleBody }));
  writePreds(join(out, 'scrapinghub.jsonl'), bodyPreds);
  const mdPreds = md.map((p) => {
    const r = extractHtml(p.bytes, { url: p.url, today });
    return { id: p.id, date: r.date, author: r.author, title: r.title, articleBody: r.articleBody, sources: { date: r.metadata.date.source, author: r.metadata.author.source, title: r.metadata.title.source } };
  });
  writePreds(join(out, 'metadata.jsonl'), mdPreds);
  console.log(`extract: predictions in ${out}`);
  console.log(`extract: body (scrapinghub dev, ${sh.length} pages): ${score(join(data, 'score.mjs'), join(out, 'scrapinghub.jsonl')).slice(-3).join(' | ')}`);
  for (const line of score(join(data, 'score-metadata.mjs'), join(out, 'metadata.jsonl')).slice(1)) console.log(`extract: metadata: ${line}`);
  console.log(`extract: snippets (metadata dev): ${score(join(data, 'score-snippets.mjs'), join(out, 'metadata.jsonl')).slice(-2).join(' | ')}`);

  // Speed, with the peers in the same run.
  const minMs = 3000;
  const ours = pagesPerSecond(sh, (p) => void extractHtml(p.bytes, { url: p.url, today }), minMs);
  const mb = sh.reduce((n, p) => n + p.bytes.length, 0) / 1024 / 1024;
  console.log(`extract: speed over ${sh.length} scrapinghub dev pages (${mb.toFixed(1)} MiB), one process:`);
  console.log(`extract:   wiretrace extractHtml       ${ours.toFixed(1)} pages/s`);
  if (args.includes('--no-peers')) return;
  const { Readability } = await import('@mozilla/readability');
  const { parseHTML } = await import('linkedom');
  const htmls = new Map(sh.map((p) => [p.id, p.bytes.toString('utf8')]));
  const viaLinkedom = (p: Page): string => {
    const { document } = parseHTML(htmls.get(p.id)!);
    return new Readability(document as never).parse()?.textContent ?? '';
  };
  writePreds(join(out, 'readability-linkedom.jsonl'), sh.map((p) => ({ id: p.id, articleBody: viaLinkedom(p) })));
  const linkedom = pagesPerSecond(sh, (p) => void viaLinkedom(p), minMs);
  const linkedomF1 = score(join(data, 'score.mjs'), join(out, 'readability-linkedom.jsonl')).at(-1);
  console.log(`extract:   readability + linkedom      ${linkedom.toFixed(1)} pages/s (${linkedomF1}); wiretrace is ${(ours / linkedom).toFixed(1)}×`);
  if (args.includes('--no-jsdom')) return;
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom logs every CSS parse error and throws on a few pages; a failed page scores as empty,
  // as in the upstream benchmark.
  const viaJsdom = (p: Page): string => {
    try {
      const dom = new JSDOM(htmls.get(p.id)!, { url: p.url, virtualConsole: new VirtualConsole() });
      const text = new Readability(dom.window.document).parse()?.textContent ?? '';
      dom.window.close();
      return text;
    } catch {
      return '';
    }
  };
  const jsdomStart = performance.now();
  const jsdomPreds = sh.map((p) => ({ id: p.id, articleBody: viaJsdom(p) }));
  const jsdom = (sh.length * 1000) / (performance.now() - jsdomStart);
  writePreds(join(out, 'readability-jsdom.jsonl'), jsdomPreds);
  const jsdomF1 = score(join(data, 'score.mjs'), join(out, 'readability-jsdom.jsonl')).at(-1);
  console.log(`extract:   readability + jsdom         ${jsdom.toFixed(1)} pages/s (${jsdomF1}); wiretrace is ${(ours / jsdom).toFixed(1)}×`);
}
