/** What kind of source a name is (news agency, state media, outlet, …) and its canonical form. */
import { lookupOrganisation, type Organisation } from '../../lexicon/organisations.js';
import { sourcingLexicon } from '../../lexicon/sourcing.js';
import type { SourceKind } from '../../types.js';

export interface SourceIdentity {
  name: string;
  id?: string;
  kind: SourceKind;
}

const ORG_KINDS: Record<string, SourceKind> = {
  'news-agency': 'news-agency',
  outlet: 'outlet',
  'state-media': 'state-media',
  platform: 'social-media',
  government: 'official',
  police: 'official',
  military: 'official',
  legislature: 'official',
  court: 'official',
};

/**
 * The identity of the source named `text`: an organisation of the lexicon when one is named inside
 * ("the Reuters news agency" → Reuters), else the words of the name decide the kind ("the state
 * media of the DPRK" → state-media); `unknown` when nothing tells.
 */
export function identifySource(text: string): SourceIdentity {
  const name = text.replace(/^(the|a|an)\s+/i, '').replace(/[’']s$/, '').trim();
  const org = findOrganisation(name);
  // State media named by words beat an organisation found inside them ("the state media of Russia").
  const byWords = kindByWords(name);
  if (org !== null && byWords !== 'state-media') {
    const kind = ORG_KINDS[org.kind] ?? 'unknown';
    return { name: org.names[0] ?? name, id: org.id, kind };
  }
  return { name, kind: byWords ?? 'unknown' };
}

function findOrganisation(name: string): Organisation | null {
  const whole = lookupOrganisation(name);
  if (whole !== null) return whole;
  // The longest run of words inside the name that the lexicon knows.
  const words = name.split(/\s+/);
  for (let len = Math.min(words.length - 1, 5); len >= 1; len--) {
    for (let i = 0; i + len <= words.length; i++) {
      const part = words.slice(i, i + len).join(' ');
      if (!/^[\p{Lu}\d]/u.test(part)) continue;
      const org = lookupOrganisation(part);
      if (org !== null) return org;
    }
  }
  return null;
}

function kindByWords(name: string): SourceKind | null {
  const lower = name.toLowerCase();
  for (const [kind, words] of sourcingLexicon().kinds) {
    for (const word of words) {
      const w = word.toLowerCase();
      const at = lower.indexOf(w);
      if (at === -1) continue;
      const before = lower[at - 1];
      const after = lower[at + w.length];
      if ((before === undefined || !/[\p{L}]/u.test(before)) && (after === undefined || !/[\p{L}]/u.test(after))) return kind;
    }
  }
  return null;
}
