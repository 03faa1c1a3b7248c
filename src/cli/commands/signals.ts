/**
 * `wiretrace signals [--source HOST]`: the republication signals of stored articles, each with
 * its evidence — credits and promos of other outlets, machine-translation artefacts, persona bios,
 * uncredited near-verbatim copies, one byline across many stories, bursts of publication.
 */
import type { Command } from 'commander';
import { storeSignals } from '../../trace/store-signals.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { parsePositiveInt } from '../options.js';

interface SignalsFlags extends DbFlags {
  source?: string;
  json?: boolean;
  personaStories?: number;
  burstCount?: number;
  burstMinutes?: number;
}

export function registerSignals(program: Command): void {
  const command = program
    .command('signals')
    .description('list the republication signals of stored articles, with their evidence')
    .option('--source <host>', 'only articles from this host (reuters.com)')
    .option('--persona-stories <n>', 'stories one byline must cover to count as a persona (default 4)', parsePositiveInt('--persona-stories'))
    .option('--burst-count <n>', 'articles from one source within --burst-minutes that make a burst (default 20)', parsePositiveInt('--burst-count'))
    .option('--burst-minutes <n>', 'the window of a burst (default 60)', parsePositiveInt('--burst-minutes'))
    .option('--json', 'one JSON object per article: {id, url, source, title, published, signals}');
  addDbOption(command).action((flags: SignalsFlags) => {
    const store = openArchive(flags, 'read');
    try {
      const found = storeSignals(store, {
        ...(flags.source ? { source: flags.source } : {}),
        ...(flags.personaStories ? { personaStories: flags.personaStories } : {}),
        ...(flags.burstCount ? { burstCount: flags.burstCount } : {}),
        ...(flags.burstMinutes ? { burstMinutes: flags.burstMinutes } : {}),
      });
      if (flags.json) {
        for (const a of found) process.stdout.write(JSON.stringify(a) + '\n');
        return;
      }
      const totals = new Map<string, number>();
      const lines: string[] = [];
      for (const a of found) {
        lines.push(`article ${a.id}  ${a.source ?? '—'}  ${a.published ?? '—'}  ${a.url ?? ''}`);
        if (a.title) lines.push(`  “${a.title.length > 100 ? `${a.title.slice(0, 99)}…` : a.title}”`);
        for (const s of a.signals) {
          lines.push(`  · ${s.signal}: ${s.evidence} [${s.rule}]`);
          totals.set(s.signal, (totals.get(s.signal) ?? 0) + 1);
        }
      }
      const summary = totals.size === 0 ? 'no republication signals' : [...totals].sort((x, y) => y[1] - x[1]).map(([k, n]) => `${k} ${n}`).join(', ');
      lines.push(`${found.length} article(s) with signals${flags.source ? ` from ${flags.source}` : ''}: ${summary}`);
      process.stdout.write(lines.join('\n') + '\n');
    } finally {
      store.close();
    }
  });
}
