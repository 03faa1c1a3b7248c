/**
 * `wiretrace watch [feed…] [--opml FILE] [--every 15m]`: polls feeds, round after round, with
 * conditional GET (a feed that did not change costs one 304) and every politeness rule of
 * `ingest`. Without feeds named, polls every feed the archive knows.
 */
import type { Command } from 'commander';
import { WiretraceError } from '../../errors.js';
import { Fetcher } from '../../ingest/fetch/fetcher.js';
import { ingest } from '../../ingest/ingest.js';
import { addDbOption, openArchive, type DbFlags } from '../db.js';
import { addFetchFlags, fetchOptions, ingestOptions, type FetchFlags } from '../fetch-flags.js';
import { parsePositiveInt } from '../options.js';
import { createProgress } from '../progress.js';
import { info } from '../output.js';

interface WatchFlags extends DbFlags, FetchFlags {
  opml?: string;
  every: number;
  rounds?: number;
  json?: boolean;
}

export function registerWatch(program: Command): void {
  const command = program
    .command('watch')
    .description('poll feeds on a schedule (conditional GET, robots.txt, per-host limits) and store new and changed articles')
    .argument('[feeds...]', 'feed URLs (default: every feed already in the archive)')
    .option('--opml <file>', 'an OPML list of feeds to poll')
    .option('--every <interval>', 'time between rounds: 90s, 15m, 1h', parseInterval, 15 * 60 * 1000)
    .option('--rounds <n>', 'stop after N rounds (default: run until interrupted)', parsePositiveInt('--rounds'))
    .option('--json', 'progress events as JSON lines on stderr');
  addFetchFlags(addDbOption(command)).action(async (feeds: string[], flags: WatchFlags) => {
    const store = openArchive(flags, 'write');
    try {
      for (let round = 1; flags.rounds === undefined || round <= flags.rounds; round++) {
        const sources = [...feeds, ...(flags.opml ? [flags.opml] : [])];
        if (sources.length === 0) sources.push(...store.feeds().map((f) => f.url));
        if (sources.length === 0) {
          throw new WiretraceError('no-articles', 'no feeds to watch: name feed URLs, give --opml FILE, or ingest a feed first');
        }
        const progress = createProgress({ json: flags.json ?? false });
        // A fresh fetcher per round: robots.txt is read again, so that changed rules take effect.
        const summary = await ingest(sources, { store, fetcher: new Fetcher(fetchOptions(flags)) }, {
          ...ingestOptions(flags),
          onEvent: (event) => progress.event(event),
        });
        progress.done(summary, `round ${round}`);
        if (flags.rounds !== undefined && round >= flags.rounds) break;
        const next = new Date(Date.now() + flags.every);
        if (!flags.json) info(`next round at ${next.toISOString()}`);
        await new Promise((resolve) => setTimeout(resolve, flags.every));
      }
    } finally {
      store.close();
    }
  });
}

/** `90s`, `15m`, `1h`, or a number of seconds → milliseconds. */
export function parseInterval(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/.exec(value.trim());
  if (!match) throw new WiretraceError('bad-option', `--every expects a duration such as 90s, 15m or 1h, got "${value}"`);
  const n = Number(match[1]);
  const unit = match[2] ?? 's';
  const ms = n * (unit === 'ms' ? 1 : unit === 's' ? 1000 : unit === 'm' ? 60_000 : 3_600_000);
  if (ms < 1) throw new WiretraceError('bad-option', `--every must be positive, got "${value}"`);
  return ms;
}
