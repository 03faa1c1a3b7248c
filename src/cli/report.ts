/**
 * The human-readable report of one analysis record, for a terminal. Machine output is the JSON
 * record; this is for reading.
 */
import type { Analysis, Span } from '../types.js';

export interface ReportOptions {
  color?: boolean;
  /** Longest excerpt shown for one block, in characters. */
  width?: number;
}

export function formatReport(record: Analysis, options: ReportOptions = {}): string {
  const width = options.width ?? 100;
  const paint = (code: string, s: string) => (options.color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = (s: string) => paint('1', s);
  const dim = (s: string) => paint('2', s);
  const lines: string[] = [];
  const cut = (s: string) => {
    const flat = s.replace(/\s+/g, ' ').trim();
    return flat.length > width ? flat.slice(0, width - 1) + '…' : flat;
  };
  const excerpt = (span: Span) => cut(record.text.slice(span.start, span.end));

  lines.push(bold(`● ${record.id}`) + (record.url ? dim(`  ${record.url}`) : ''));
  if (record.title) lines.push(`  ${bold('title')}      ${cut(record.title.value)} ${dim(`[${record.title.source}]`)}`);
  if (record.byline) {
    const outlet = record.byline.outlet ? `, ${record.byline.outlet}` : '';
    lines.push(`  ${bold('byline')}     ${record.byline.author}${outlet} ${dim(`[${record.byline.rule}]`)}`);
  }
  if (record.published) {
    lines.push(`  ${bold('published')}  ${record.published.value} ${dim(`(${record.published.certainty}, ${record.published.source})`)}`);
  }
  lines.push(`  ${bold('language')}   ${record.lang}`);

  const bodyChars = record.body.reduce((n, p) => n + p.end - p.start, 0);
  lines.push('', bold(`  body: ${record.body.length} paragraph(s), ${bodyChars} characters`));
  for (const paragraph of record.body) lines.push(`    ${excerpt(paragraph)}`);

  if (record.boilerplate.length > 0) {
    lines.push('', bold(`  not body: ${record.boilerplate.length} block(s)`));
    for (const block of record.boilerplate) {
      lines.push(`    ${paint('33', block.kind.padEnd(14))} ${cut(block.text)} ${dim(`[${block.rule}]`)}`);
    }
  }
  if (record.entities.length > 0) {
    lines.push('', bold(`  entities: ${record.entities.length}`));
    for (const entity of record.entities) {
      const facts = [entity.type, entity.kind, entity.country, entity.role].filter(Boolean).join(', ');
      const mentions = [...new Set(entity.mentions.map((m) => m.text))].slice(0, 6).map((m) => `“${cut(m)}”`).join(' ');
      lines.push(`    ${paint('36', entity.id.padEnd(22))} ${entity.name} ${dim(`(${facts}; ${entity.mentions.length}×)`)} ${mentions}`);
    }
  }
  if (record.dates.length > 0) {
    lines.push('', bold(`  dates: ${record.dates.length}`));
    for (const date of record.dates) lines.push(`    ${paint('36', date.value.padEnd(12))} “${cut(date.text)}” ${dim(`(${date.certainty}) [${date.rule}]`)}`);
  }
  if (record.quotes.length > 0) {
    lines.push('', bold(`  quotes: ${record.quotes.length}`));
    for (const quote of record.quotes) {
      const speaker = quote.speaker ? record.text.slice(quote.speaker.start, quote.speaker.end) : '?';
      const who = quote.speakerId ? `${speaker} → ${quote.speakerId}` : speaker;
      const cue = quote.cue ? ` ${record.text.slice(quote.cue.start, quote.cue.end)}` : '';
      lines.push(`    ${paint('35', who)}${dim(cue)} ${dim(`(${quote.kind})`)}: “${cut(record.text.slice(quote.quote.start, quote.quote.end))}” ${dim(`[${quote.rule}]`)}`);
    }
  }
  if (record.sources.length > 0) {
    lines.push('', bold('  sourcing chain (origin first)'));
    record.sources.forEach((source, i) => {
      const evidence = source.start !== undefined && source.end !== undefined ? ` “${cut(record.text.slice(source.start, source.end))}”` : '';
      lines.push(`    ${i + 1}. ${paint('32', source.name)} ${dim(`(${source.kind}, ${source.relation})`)}${evidence} ${dim(`[${source.rule}]`)}`);
    });
  }
  if (record.events.length > 0) {
    lines.push('', bold(`  events: ${record.events.length}`));
    for (const event of record.events) {
      const when = event.date ? ` ${event.date}` : '';
      lines.push(
        `    ${paint('33', `${event.source} → ${event.code} → ${event.target}`)} ${dim(`${event.plover}, Goldstein ${event.goldstein}, quad ${event.quadClass}${when}`)} ${dim(`[${event.rule}]`)}`,
        `      ${dim(excerpt(event))}`,
      );
    }
  }
  for (const diagnostic of record.diagnostics) {
    const mark = diagnostic.severity === 'info' ? dim('i') : paint('31', '!');
    lines.push(`  ${mark} ${diagnostic.reason} ${dim(`[${diagnostic.rule}]`)}`);
  }
  return lines.join('\n') + '\n\n';
}
