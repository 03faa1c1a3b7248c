/**
 * Which outlet an article or a citation stands for, as an organisation id of the lexicon
 * (`korrespondent-net`, `reuters`, `kcna`), so that "Source: korrespondent", the host
 * `korrespondent.net` and "Корреспондент" meet. Returns null when nothing in the lexicon matches.
 */
import { lookupOrganisation, organisationById, organisations } from '../lexicon/organisations.js';
import type { Analysis } from '../types.js';

/** The organisation id for a name or a host (`www.` and the TLD tried off), or null. */
export function outletId(nameOrHost: string | null | undefined): string | null {
  if (!nameOrHost) return null;
  const name = nameOrHost.trim();
  const direct = lookupOrganisation(name) ?? lookupOrganisation(name.toLowerCase());
  if (direct) return direct.id;
  const host = name.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
  if (host.includes('.')) {
    const first = host.split('.')[0]!;
    const viaHost = lookupOrganisation(host) ?? lookupOrganisation(first) ?? lookupOrganisation(first.toUpperCase());
    if (viaHost) return viaHost.id;
  }
  return null;
}

/** The outlet that published `record`: its byline/publisher link, else the given host. */
export function publisherOf(record: Analysis, host?: string | null): string | null {
  const published = record.sources.find((s) => s.relation === 'published' && s.id);
  if (published?.id) return published.id;
  return outletId(host ?? record.url ?? null);
}

/**
 * True when a citation (a source id from `record.sources`) designates the outlet `outlet`:
 * the same id, or a generic "state media of <country>" (`prk-state-media`) and a state-media
 * organisation of that country (`kcna`).
 */
export function citationMatches(citation: string, outlet: string): boolean {
  if (citation === outlet) return true;
  const generic = /^([a-z]{3})-state-media$/.exec(citation);
  if (generic) {
    const org = organisationById(outlet);
    return org !== null && org.kind === 'state-media' && (org.country ?? '').toLowerCase() === generic[1];
  }
  return false;
}

/** Organisation ids named anywhere in `text` (names of four characters or more, case-insensitive). */
export function outletsNamedIn(text: string): string[] {
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (const org of organisations()) {
    if (org.kind !== 'outlet' && org.kind !== 'news-agency' && org.kind !== 'state-media') continue;
    for (const name of org.names) {
      if (name.length < 4) continue;
      const at = lower.indexOf(name.toLowerCase());
      if (at < 0) continue;
      const before = lower[at - 1];
      const after = lower[at + name.length];
      if ((before === undefined || !/[\p{L}\p{N}]/u.test(before)) && (after === undefined || !/[\p{L}\p{N}]/u.test(after))) {
        found.add(org.id);
        break;
      }
    }
  }
  return [...found].sort();
}
