/**
 * The sourcing chain of a document, origin first: who reported what, on whose word.
 *
 * Workflow: (1) body sentences in order, each giving its cited sources before its reporters
 * ("reported by Reuters in connection with the state media of the DPRK" → state media, Reuters);
 * (2) the outlets the article credits (a `Source: X` line, "with files from X"); (3) the outlet of
 * the byline, which published this copy — a republisher when it credits another outlet. A source
 * named twice keeps its first place.
 */
import type { Analysis, SourceLink, Span } from '../../types.js';
import { sourcingLexicon } from '../../lexicon/sourcing.js';
import { entityAt } from '../entities/index.js';
import { identifySource } from './kinds.js';
import { findMentions, type SourcingMention } from './mentions.js';

const RELATION_IN_CHAIN: Record<SourcingMention['relation'], string> = {
  cited: 'cited',
  reported: 'reported',
  told: 'reported',
  credited: 'credited',
};

/** The chain for `record`; empty when the text names no source. */
export function buildChain(record: Analysis): SourceLink[] {
  const links: SourceLink[] = [];
  const seen = new Set<string>();
  const add = (link: SourceLink) => {
    const key = link.id ?? link.name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    links.push(link);
  };
  const credited: SourceLink[] = [];
  const units: readonly Span[] = record.sentences ?? record.body;
  for (const unit of units) {
    const mentions = findMentions(record.text, unit.start, unit.end);
    const order = [...mentions.filter((m) => m.relation === 'cited'), ...mentions.filter((m) => m.relation === 'reported' || m.relation === 'told')];
    for (const m of order) add(toLink(m));
    for (const m of mentions) if (m.relation === 'credited') credited.push(toLink(m));
  }
  for (const block of record.boilerplate) {
    if (block.kind !== 'source-credit' || block.origin === 'html') continue;
    const credit = creditLine(block.text);
    if (credit === null) continue;
    const id = identifySource(credit);
    credited.push({ ...id, kind: id.kind === 'unknown' ? 'outlet' : id.kind, relation: 'credited', start: block.start, end: block.end, rule: 'sourcing/credit-line' });
  }
  for (const link of credited) add(link);
  // Sources the lexicon does not know may still be entities ("the state media of the DPRK").
  for (const link of links) {
    if (link.id !== undefined || link.start === undefined || link.end === undefined) continue;
    const entity = entityAt(record, { start: link.start, end: link.end });
    if (entity !== null && entity.type === 'organisation') link.id = entity.id;
  }
  const byline = record.byline;
  if (byline?.outlet) {
    const id = identifySource(byline.outlet);
    const republisher = credited.length > 0 || links.length > 0;
    const link: SourceLink = {
      ...id,
      kind: republisher ? 'republisher' : id.kind === 'unknown' ? 'outlet' : id.kind,
      relation: 'published',
      author: byline.author,
      rule: 'sourcing/byline',
    };
    if (link.id === undefined) {
      const entity = record.entities.find((e) => e.type === 'organisation' && e.mentions.some((m) => m.text === byline.outlet));
      if (entity !== undefined) link.id = entity.id;
    }
    if (byline.start !== undefined) link.start = byline.start;
    if (byline.end !== undefined) link.end = byline.end;
    add(link);
  }
  return links;
}

function toLink(m: SourcingMention): SourceLink {
  const link: SourceLink = { name: m.name, kind: m.kind, relation: RELATION_IN_CHAIN[m.relation], start: m.start, end: m.end, rule: m.rule };
  if (m.id !== undefined) link.id = m.id;
  return link;
}

/** The name in a credit line ("Source: korrespondent" → "korrespondent"), or null. */
export function creditLine(text: string): string | null {
  for (const label of sourcingLexicon().credit) {
    const m = new RegExp(`^\\s*${label}\\s*[:：—–-]\\s*(.+?)\\s*$`, 'iu').exec(text);
    if (m !== null && m[1] !== undefined) return m[1];
  }
  return null;
}
