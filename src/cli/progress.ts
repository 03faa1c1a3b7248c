/**
 * Progress of an ingest or a watch on stderr: on a terminal, one line redrawn in place (counts,
 * rate, errors) with problems printed above it; with `--json`, one JSON event per line; otherwise
 * problems only. Machine output on stdout is never touched.
 */
import type { IngestEvent } from '../ingest/options.js';
import type { IngestSummary } from '../ingest/ingest.js';
import { reportProblem } from './output.js';

export interface Progress {
  event(event: IngestEvent): void;
  /** Ends the live line and prints the summary line. */
  done(summary: IngestSummary, label?: string): void;
}

export function createProgress(options: { json?: boolean; tty?: boolean } = {}): Progress {
  const tty = options.tty ?? Boolean(process.stderr.isTTY);
  const started = performance.now();
  const counts = { added: 0, updated: 0, unchanged: 0, failed: 0 };
  let lastDraw = 0;
  let live = false;
  const clear = () => {
    if (live) process.stderr.write('\r\x1b[2K');
    live = false;
  };
  const draw = () => {
    const seconds = (performance.now() - started) / 1000;
    const stored = counts.added + counts.updated + counts.unchanged;
    process.stderr.write(
      `\r\x1b[2Kwiretrace: ${counts.added} added, ${counts.updated} updated, ${counts.unchanged} unchanged, ` +
        `${counts.failed} errors — ${(stored / Math.max(seconds, 0.001)).toFixed(1)} articles/s`,
    );
    live = true;
  };
  return {
    event(event) {
      if (event.type === 'article') counts[event.status]++;
      if (event.type === 'problem') counts.failed++;
      if (options.json) {
        const line = event.type === 'problem'
          ? { type: 'problem', code: event.error.code, message: event.error.message, where: event.error.where ?? null }
          : event;
        process.stderr.write(JSON.stringify(line) + '\n');
        return;
      }
      if (event.type === 'problem') {
        clear();
        reportProblem(event.error);
      }
      if (tty && performance.now() - lastDraw > 100) {
        lastDraw = performance.now();
        draw();
      }
    },
    done(summary, label = 'ingest') {
      clear();
      const seconds = summary.ms / 1000;
      const stored = summary.added + summary.updated;
      const line = {
        type: 'summary', label, added: summary.added, updated: summary.updated, unchanged: summary.unchanged,
        failed: summary.failed, feeds: summary.feeds, notModified: summary.notModified, backfilled: summary.backfilled, seconds: Number(seconds.toFixed(3)),
      };
      if (options.json) process.stderr.write(JSON.stringify(line) + '\n');
      else {
        process.stderr.write(
          `wiretrace: ${label}: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged, ` +
            `${summary.failed} problems; ${summary.feeds} feeds read, ${summary.notModified} not modified; ` +
            (summary.backfilled > 0 ? `${summary.backfilled} stored articles indexed for trace; ` : '') +
            `${seconds.toFixed(1)} s (${(stored / Math.max(seconds, 0.001)).toFixed(1)} new articles/s)\n`,
        );
      }
    },
  };
}
