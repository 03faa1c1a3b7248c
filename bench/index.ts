/**
 * `npm run bench -- <name…>`: runs the named benchmarks (all when none is named). Each prints
 * what it measured and, where there is one, the peer measured in the same run as a ratio.
 */
type Bench = () => Promise<{ run: () => Promise<void> }>;

const benches: Record<string, Bench> = {
  analyze: () => import('./analyze.js'),
};

const names = process.argv.slice(2);
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
