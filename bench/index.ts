/**
 * `npm run bench -- <name…>`: runs the named benchmarks (all when none is named). Each prints
 * what it measured and, where there is one, the peer measured in the same run as a ratio.
 */
type Bench = () => Promise<{ run: () => Promise<void> }>;

const benches: Record<string, Bench> = {
  analyze: () => import('./analyze.js'),
  nlp: () => import('./nlp.js'),
  extract: () => import('./extract.js'),
  quotes: () => import('./quotes.js'),
  events: () => import('./events.js'),
  ingest: () => import('./ingest.js'),
  trace: () => import('./trace.js'),
  'trace-store': () => import('./trace-store.js'),
};

// Names come first; everything from the first `--flag` on is left to the benchmarks themselves.
const args = process.argv.slice(2);
const firstFlag = args.findIndex((a) => a.startsWith('--'));
const names = firstFlag < 0 ? args : args.slice(0, firstFlag);
const selected = names.length > 0 ? names : Object.keys(benches);
for (const name of selected) {
  const load = benches[name];
  if (!load) {
    process.stderr.write(`bench: unknown benchmark "${name}"; known: ${Object.keys(benches).join(', ')}\n`);
    process.exitCode = 2;
    continue;
  }
  await (await load()).run();
}
