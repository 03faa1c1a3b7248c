/**
 * In-document coreference: which mentions are one entity.
 *
 * Refiners over the named mentions, in order:
 *   1. surnames and family names to the full name ("Putin" → Vladimir Putin, "Kim" → Kim
 *      Jong-un), in either order of appearance; a weak guess ("Angers", typed as an
 *      organisation for want of evidence) becomes the person;
 *   2. one type per name: a weak mention takes the type its name has elsewhere;
 * then finders of new mentions, each linked to an antecedent:
 *   3. descriptions ("the Russian leader", "the leader of the DPRK", "the head of North Korea’s
 *      ruling regime", "the news agency", "the company"), apposition first ("…, Kim Jong-un");
 *   4. group nouns ("South Korean officials", "protesters") as group entities;
 *   5. state media ("the state media of the DPRK", "North Korean media");
 *   6. pronouns (he, she; it and they before a verb of saying) to the nearest compatible entity.
 */
import type { Token } from '../tokens.js';
import { words } from '../../lexicon/words.js';
import { lookupRole, type RoleEntry } from '../../lexicon/roles.js';
import { lookupCountry } from '../../lexicon/countries.js';
import { nameKey } from '../transliterate.js';
import { slug } from './slug.js';
import { lexiconSpan } from './gazetteer.js';
import type { RawMention } from './mention.js';

/** Nouns that describe an organisation, and the kinds or types of entity each may refer back to. */
const ORG_NOUNS: Record<string, { kinds?: string[]; types?: string[] }> = {
  'news agency': { kinds: ['news-agency', 'state-media'] },
  agency: { kinds: ['news-agency', 'state-media', 'igo', 'government', 'intelligence'] },
  newspaper: { kinds: ['outlet', 'state-media'] },
  paper: { kinds: ['outlet', 'state-media'] },
  outlet: { kinds: ['outlet', 'state-media', 'news-agency'] },
  broadcaster: { kinds: ['outlet', 'state-media'] },
  channel: { kinds: ['outlet', 'state-media', 'platform'] },
  platform: { kinds: ['platform'] },
  ministry: { kinds: ['government'], types: ['organisation'] },
  company: { types: ['organisation'] },
  firm: { types: ['organisation'] },
  group: { types: ['organisation'] },
  carrier: { types: ['organisation'] },
  airline: { types: ['organisation'] },
  manufacturer: { types: ['organisation'] },
  bank: { types: ['organisation'] },
  organisation: { types: ['organisation'] },
  organization: { types: ['organisation'] },
  alliance: { kinds: ['igo'] },
  bloc: { kinds: ['igo'] },
  party: { kinds: ['party'], types: ['organisation'] },
  committee: { types: ['organisation'] },
  commission: { types: ['organisation'] },
  council: { types: ['organisation'] },
  board: { types: ['organisation'] },
  court: { kinds: ['court'], types: ['organisation'] },
  city: { types: ['location'] },
  town: { types: ['location'] },
  country: { types: ['country'] },
  nation: { types: ['country'] },
};

const PRONOUNS: Record<string, 'm' | 'f' | 'it' | 'they'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f', hers: 'f', it: 'it', they: 'they' };
const GOV_TAIL = new Set(['regime', 'government', 'administration', 'leadership', 'state', 'military', 'army', 'junta', 'party', 'people']);

export interface SentenceTokens {
  index: number;
  tokens: readonly Token[];
}

/** Refines `mentions` in place (steps 1–2) and returns them with the new mentions of steps 3–6, in text order. */
export function resolveCoreference(text: string, sentences: readonly SentenceTokens[], mentions: RawMention[]): RawMention[] {
  const aliases = linkSurnames(mentions);
  findBareSurnames(sentences, mentions, aliases);
  unifyTypes(mentions);
  kindsFromHeadNouns(text, mentions);
  shareAttributes(mentions);
  const added: RawMention[] = [];
  // A description inside a named mention ("Russian leader" in "Russian leader Vladimir Putin") is part of it.
  const taken = (start: number, end: number) =>
    mentions.some((m) => m.start < end && start < m.end && m.form === 'name' && (m.type === 'person' || m.type === 'organisation'));
  const all = () => [...mentions, ...added];
  for (const s of sentences) {
    findDescriptions(text, s, mentions, added, taken);
    findStateMedia(text, s, added, taken);
    findGroups(text, s, added, taken);
    findDocuments(text, s, added, taken);
  }
  const sorted = all().sort((x, y) => x.start - y.start || y.end - x.end);
  for (const s of sentences) findPronouns(s, sorted, added);
  return [...mentions, ...added].sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Step 1: "Putin" → the person whose full name ends in Putin; "Kim" → Kim Jong-un. Returns the alias map. */
function linkSurnames(mentions: RawMention[]): ReadonlyMap<string, RawMention | null> {
  const w = words();
  const full = mentions.filter((m) => m.type === 'person' && (m.nameTokens?.length ?? 0) >= 2);
  const byAlias = new Map<string, RawMention | null>();
  const note = (alias: string, m: RawMention) => {
    const prev = byAlias.get(alias);
    if (prev === undefined) byAlias.set(alias, m);
    else if (prev !== null && prev.key !== m.key) byAlias.set(alias, null); // two people share it: ambiguous
  };
  for (const m of full) {
    const tokens = m.nameTokens!;
    note(nameKey(tokens[tokens.length - 1]!), m);
    if (w.familyFirst.has(tokens[0]!)) note(nameKey(tokens[0]!), m);
    note(nameKey(tokens.join(' ')), m);
  }
  for (const m of mentions) {
    if (m.form !== 'name') continue;
    const single = m.type === 'person' ? (m.nameTokens?.length ?? 0) === 1 : m.weak === true || m.type === 'organisation' && m.rule === 'entities/name/unknown';
    if (!single) continue;
    const key = nameKey(m.type === 'person' ? m.nameTokens![0]! : m.name);
    const target = byAlias.get(key);
    if (!target) continue;
    m.type = 'person';
    m.key = target.key;
    m.name = target.name;
    m.rule = m.rule.startsWith('entities/person/') ? `${m.rule}+surname` : 'entities/coref/surname';
    delete m.weak;
    if (!m.gender && target.gender) m.gender = target.gender;
  }
  // A lone title + surname ("President Biden") never followed by a full name keeps its own key.
  return byAlias;
}

/**
 * Step 1b: surnames the name finder passed over (a sentence's first word, a month word such as
 * "May" in "May said") when a full name in the document ends in them.
 */
function findBareSurnames(sentences: readonly SentenceTokens[], mentions: RawMention[], aliases: ReadonlyMap<string, RawMention | null>): void {
  if (aliases.size === 0) return;
  const covered = new Set<number>();
  for (const m of mentions) covered.add(m.nameStart);
  const found: RawMention[] = [];
  for (const s of sentences) {
    const t = s.tokens;
    for (let k = 0; k < t.length; k++) {
      const x = t[k]!;
      if (!x.cap || !x.word || covered.has(x.start)) continue;
      if (mentions.some((m) => m.start <= x.start && x.end <= m.end)) continue;
      const target = aliases.get(nameKey(x.text));
      if (!target) continue;
      if (/^\d/.test(t[k + 1]?.text ?? '')) continue; // "May 2019" is a month
      const m: RawMention = { start: x.start, end: x.end, nameStart: x.start, nameEnd: x.end, type: 'person', form: 'name', rule: 'entities/coref/surname', key: target.key, name: target.name, sentence: s.index, nameTokens: [x.text] };
      if (target.gender) m.gender = target.gender;
      found.push(m);
    }
  }
  mentions.push(...found);
  mentions.sort((x, y) => x.start - y.start || y.end - x.end);
}

/** Step 2: a weak mention takes the type that the same name has with evidence elsewhere. */
function unifyTypes(mentions: RawMention[]): void {
  const strong = new Map<string, RawMention>();
  for (const m of mentions) if (!m.weak && m.form === 'name') strong.set(nameKey(m.name), m);
  for (const m of mentions) {
    if (!m.weak) continue;
    const s = strong.get(nameKey(m.name));
    if (!s || s === m) continue;
    m.type = s.type;
    m.key = s.key;
    m.rule = 'entities/coref/same-name';
    delete m.weak;
  }
}

/**
 * A name an organisation noun follows says what kind of organisation it is: "the Northwire news
 * agency", "Riverside broadcaster" — so that "the news agency" later refers back to it. Only for
 * names the lexicon gave no kind; the noun's first kind is the most specific one.
 */
function kindsFromHeadNouns(text: string, mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.form !== 'name' || m.type !== 'organisation' || m.kind !== undefined) continue;
    const after = /^[ \u00a0]+([a-z]+(?: [a-z]+)?)/.exec(text.slice(m.nameEnd, m.nameEnd + 30));
    if (!after) continue;
    const words = after[1]!.split(' ');
    const noun = ORG_NOUNS[words.join(' ')] ?? ORG_NOUNS[words[0]!];
    const kind = noun?.kinds?.[0];
    if (kind !== undefined) m.kind = kind;
  }
}

/** Every mention of an entity carries the entity's country and role, for matching descriptions. */
function shareAttributes(mentions: RawMention[]): void {
  const country = new Map<string, string>();
  const role = new Map<string, string>();
  for (const m of mentions) {
    if (m.country && !country.has(m.key)) country.set(m.key, m.country);
    if (m.role && !role.has(m.key)) role.set(m.key, m.role);
  }
  for (const m of mentions) {
    m.country ??= country.get(m.key);
    m.role ??= role.get(m.key);
    if (m.country === undefined) delete m.country;
    if (m.role === undefined) delete m.role;
  }
}

/** Step 3: "the Russian leader", "the leader of the DPRK", "the news agency", with apposition first. */
function findDescriptions(
  text: string,
  s: SentenceTokens,
  mentions: readonly RawMention[],
  out: RawMention[],
  taken: (start: number, end: number) => boolean,
): void {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const det = t[k]!.text.toLowerCase();
    if (det !== 'the' && det !== 'a' && det !== 'an') continue;
    const definite = det === 'the';
    let p = k + 1;
    // Optional country word: "the Russian leader", "the DPRK leader", "the Kremlin’s spokesman".
    let country: string | undefined;
    for (let len = 3; len >= 1; len--) {
      const last = t[p + len - 1];
      if (!last || !last.cap || lexiconSpan(t[p]!.text) < len) continue;
      const m = lookupCountry(text.slice(t[p]!.start, last.end));
      if (m && m.as !== 'capital') {
        country = m.country.iso3;
        p += len;
        if (t[p] && /^['’]s$/.test(t[p]!.text)) p++;
        break;
      }
    }
    // The role or organisation noun, longest first.
    let role: RoleEntry | null = null;
    let orgNoun: string | null = null;
    let q = p;
    // One adjective may stand before the noun: "the rookie defenceman", "a senior official".
    for (const from of [p, p + 1]) {
      if (from === p + 1 && (!t[p]?.word || t[p]!.cap || lookupRole(t[p]!.text) || ORG_NOUNS[t[p]!.text.toLowerCase()])) break;
      for (let len = 3; len >= 1; len--) {
        const slice = t.slice(from, from + len);
        if (slice.length < len || !slice.every((x) => x.word && !x.cap)) continue;
        const phrase = slice.map((x) => x.text.toLowerCase()).join(' ');
        if (ORG_NOUNS[phrase]) {
          orgNoun = phrase;
          q = from + len;
          break;
        }
        const r = lookupRole(phrase);
        if (r && !r.honorific) {
          role = r;
          q = from + len;
          break;
        }
      }
      if (role || orgNoun) break;
    }
    if (!role && !orgNoun) continue;
    // "a" + plural is not one entity ("a number of officials" is left to groups).
    if (!definite && /s$/.test(t[q - 1]!.text) && !/ss$/.test(t[q - 1]!.text)) continue;
    // "of the DPRK" / "of North Korea’s ruling regime" after the noun.
    if (t[q]?.text === 'of') {
      let r = q + 1;
      if (t[r]?.text.toLowerCase() === 'the') r++;
      for (let len = 4; len >= 1; len--) {
        const last = t[r + len - 1];
        if (!last || !last.cap || lexiconSpan(t[r]!.text) < len) continue;
        const m = lookupCountry(text.slice(t[r]!.start, last.end));
        if (m && m.as !== 'capital') {
          country ??= m.country.iso3;
          q = r + len;
          // "North Korea’s ruling regime": the possessive and a government word belong to the phrase.
          if (t[q] && /^['’]s$/.test(t[q]!.text)) {
            for (let z = q + 1; z < Math.min(t.length, q + 4); z++) {
              if (!t[z]!.word || t[z]!.cap) break;
              if (GOV_TAIL.has(t[z]!.text.toLowerCase())) {
                q = z + 1;
                break;
              }
            }
          }
          break;
        }
      }
    }
    const start = t[k]!.start;
    const end = t[q - 1]!.end;
    if (taken(start, end)) continue;
    const phraseText = text.slice(start, end);
    // Apposition: "the leader of the DPRK, Kim Jong-un," names the person right after.
    let antecedent: RawMention | undefined;
    if (t[q]?.text === ',') {
      const after = t[q + 1];
      const named = after ? mentions.find((m) => m.nameStart === after.start && m.form === 'name' && m.type === 'person') : undefined;
      // Apposition closes with a comma or the sentence ("…, Kim Jong-un, congratulated"); "…, Putin said" opens a clause.
      const closer = named ? s.tokens.find((x) => x.start >= named.nameEnd) : undefined;
      const closes = closer === undefined || closer.text === ',' || closer.text === '.' || closer.text === ';';
      if (named && closes && !(country && named.country && named.country !== country)) antecedent = named;
    }
    if (!antecedent && definite) antecedent = findAntecedent(mentions, start, s.index, role, orgNoun, country);
    if (!antecedent) {
      // No one named fits: the description is an entity of its own ("a spokesperson", "the
      // mayor"). Definite ones with the same words are one entity; indefinite ones are each new.
      const words = text.slice(t[k + 1]!.start, end);
      const type = role ? 'person' : orgNoun === 'city' || orgNoun === 'town' ? 'location' : orgNoun === 'country' || orgNoun === 'nation' ? 'country' : 'organisation';
      if (type === 'country') continue;
      const m: RawMention = {
        start,
        end,
        nameStart: start,
        nameEnd: end,
        type,
        form: 'nominal',
        rule: definite ? 'entities/description/definite' : 'entities/description/indefinite',
        key: `${type}:${slug(words)}${definite ? '' : `-${start}`}`,
        name: phraseText,
        sentence: s.index,
      };
      if (role?.role) m.role = role.role;
      if (country) m.country = country;
      out.push(m);
      k = q - 1;
      continue;
    }
    const m: RawMention = {
      start,
      end,
      nameStart: start,
      nameEnd: end,
      type: antecedent.type,
      form: 'nominal',
      rule: role ? 'entities/coref/nominal-role' : 'entities/coref/nominal-org',
      key: antecedent.key,
      name: antecedent.name,
      sentence: s.index,
    };
    if (role?.role) m.role = role.role;
    if (country) m.country = country;
    out.push(m);
    k = q - 1;
  }
}

/** The nearest earlier (else later, same or next sentence) mention a description can refer to. */
function findAntecedent(
  mentions: readonly RawMention[],
  at: number,
  sentence: number,
  role: RoleEntry | null,
  orgNoun: string | null,
  country: string | undefined,
): RawMention | undefined {
  const fits = (m: RawMention): boolean => {
    if (m.form !== 'name') return false;
    if (role) {
      if (m.type !== 'person') return false;
      if (country && m.country && m.country !== country) return false;
      if (country && !m.country) return false;
      if (role.role && m.role && m.role !== role.role) return false;
      return true;
    }
    const want = ORG_NOUNS[orgNoun!]!;
    if (want.kinds && m.kind && want.kinds.includes(m.kind)) return true;
    if (want.types && want.types.includes(m.type) && (!want.kinds || !m.kind)) return country === undefined || m.country === country;
    return false;
  };
  let best: RawMention | undefined;
  for (const m of mentions) if (m.end <= at && fits(m) && (!best || m.start > best.start)) best = m;
  if (best && sentence - best.sentence <= (country ? 50 : 6)) return best;
  // A description before the name: "The Russian leader … Vladimir Putin said".
  for (const m of mentions) if (m.start >= at && m.sentence <= sentence + 1 && fits(m)) return m;
  return undefined;
}

/** Step 4: "South Korean officials", "national security experts", "protesters". */
function findGroups(text: string, s: SentenceTokens, out: RawMention[], taken: (start: number, end: number) => boolean): void {
  const w = words();
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const noun = t[k]!.text.toLowerCase();
    if (!w.groupNouns.has(noun) || t[k]!.cap && k > 0) continue;
    // Modifiers before the noun: country words and lower-case adjectives, at most three.
    let start = k;
    let country: string | undefined;
    for (let z = k - 1; z >= Math.max(0, k - 3); z--) {
      const x = t[z]!;
      if (!x.word || w.common.has(x.text.toLowerCase()) && !/^(senior|local|federal|state|city|government|military|police|health|security|national|foreign|western|military)$/i.test(x.text)) break;
      if (x.cap) {
        const m = lookupCountry(text.slice(x.start, t[k - 1]!.end)) ?? lookupCountry(x.text);
        if (m) country ??= m.country.iso3;
      }
      start = z;
    }
    // Fold a two-word demonym that starts one token earlier ("South Korean officials").
    if (start > 0 && t[start - 1]!.cap) {
      const m = lookupCountry(text.slice(t[start - 1]!.start, t[start]!.end));
      if (m) {
        country = m.country.iso3;
        start--;
      }
    }
    const a = t[start]!.start;
    const b = t[k]!.end;
    if (taken(a, b) && start === k) continue;
    const phrase = text.slice(a, b);
    const role = lookupRole(noun)?.role ?? (noun === 'police' ? 'COP' : undefined);
    const m: RawMention = {
      start: a,
      end: b,
      nameStart: a,
      nameEnd: b,
      type: 'group',
      form: 'nominal',
      rule: 'entities/group/noun',
      key: `group:${slug(phrase)}`,
      name: phrase,
      sentence: s.index,
    };
    if (country) m.country = country;
    if (role) m.role = role;
    out.push(m);
  }
}

/** Step 5: "the state media of the DPRK", "North Korean state media", "Russian media". */
function findStateMedia(text: string, s: SentenceTokens, out: RawMention[], taken: (start: number, end: number) => boolean): void {
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (t[k]!.text.toLowerCase() !== 'media') continue;
    const state = t[k - 1]?.text.toLowerCase() === 'state';
    let start = state ? k - 1 : k;
    let end = k + 1;
    let country: string | undefined;
    // "<country> (state) media"
    for (let len = 3; len >= 1; len--) {
      const z = start - len;
      if (z < 0 || !t[z]!.cap || lexiconSpan(t[z]!.text) < len) continue;
      const m = lookupCountry(text.slice(t[z]!.start, t[start - 1]!.end));
      if (m && m.as !== 'capital') {
        country = m.country.iso3;
        start = z;
        break;
      }
    }
    // "(state) media of (the) <country>"
    if (!country && t[k + 1]?.text === 'of') {
      let r = k + 2;
      if (t[r]?.text.toLowerCase() === 'the') r++;
      for (let len = 3; len >= 1; len--) {
        const last = t[r + len - 1];
        if (!last || !t[r]!.cap || lexiconSpan(t[r]!.text) < len) continue;
        const m = lookupCountry(text.slice(t[r]!.start, last.end));
        if (m && m.as !== 'capital') {
          country = m.country.iso3;
          end = r + len;
          break;
        }
      }
    }
    if (!country) continue;
    if (t[start - 1]?.text.toLowerCase() === 'the') start--;
    const a = t[start]!.start;
    const b = t[end - 1]!.end;
    if (taken(a, b) && false) continue;
    out.push({
      start: a,
      end: b,
      nameStart: a,
      nameEnd: b,
      type: 'organisation',
      form: 'nominal',
      rule: state ? 'entities/org/state-media' : 'entities/org/national-media',
      key: `${country.toLowerCase()}-state-media`,
      name: `${country} state media`,
      country,
      role: 'MED',
      kind: 'state-media',
      sentence: s.index,
    });
  }
}

/** Step 6: he/she to the nearest person of that gender; it/they before a verb of saying. */
function findPronouns(s: SentenceTokens, sorted: readonly RawMention[], out: RawMention[]): void {
  const w = words();
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    const x = t[k]!;
    const p = PRONOUNS[x.text.toLowerCase()];
    if (!p) continue;
    const next = t[k + 1]?.text.toLowerCase() ?? '';
    if ((p === 'it' || p === 'they') && !w.speechVerbs.has(next)) continue;
    // The nearest fitting mention earlier in the sentence; else the first (the subject) in the
    // latest of the three sentences before that has one.
    let best: RawMention | undefined;
    let firstInSentence: RawMention | undefined;
    let sentenceOfFirst = -1;
    for (const m of sorted) {
      if (m.start >= x.start) break;
      if (s.index - m.sentence > 6 || m.form === 'pronoun' || !fitsPronoun(m, p)) continue;
      if (m.sentence === s.index) best = m;
      else if (m.sentence !== sentenceOfFirst) {
        firstInSentence = m;
        sentenceOfFirst = m.sentence;
      }
    }
    best ??= firstInSentence;
    if (!best) continue;
    out.push({
      start: x.start,
      end: x.end,
      nameStart: x.start,
      nameEnd: x.end,
      type: best.type,
      form: 'pronoun',
      rule: `entities/coref/pronoun-${p}`,
      key: best.key,
      name: best.name,
      sentence: s.index,
    });
  }
}

function fitsPronoun(m: RawMention, p: 'm' | 'f' | 'it' | 'they'): boolean {
  if (p === 'm' || p === 'f') return m.type === 'person' && (!m.gender || m.gender === p) && m.role !== 'author';
  if (p === 'it') return m.type === 'organisation' || m.type === 'country';
  return m.type === 'group' || m.type === 'organisation';
}

const DOCUMENT_NOUNS = new Set(['report', 'memo', 'memorandum', 'complaint', 'suit', 'lawsuit', 'statement', 'study', 'paper', 'survey', 'poll', 'letter', 'document', 'documents', 'filing', 'ruling', 'decision', 'data', 'claim', 'submission', 'analysis', 'review', 'audit', 'investigation', 'indictment', 'judgment', 'judgement', 'verdict', 'order', 'release', 'communique', 'communiqué', 'website', 'post', 'tweet', 'video', 'poem', 'book', 'article', 'editorial', 'bulletin', 'notice', 'warning', 'forecast', 'guidance', 'assessment', 'estimate', 'estimates', 'figures', 'records', 'transcript']);

/**
 * Step 3b: documents that speak ("the report said", "according to the memo"), as misc entities
 * of kind `document`. Only next to a verb of saying: a report that says nothing is no source.
 */
function findDocuments(text: string, s: SentenceTokens, out: RawMention[], taken: (start: number, end: number) => boolean): void {
  const w = words();
  const t = s.tokens;
  for (let k = 0; k < t.length; k++) {
    if (!DOCUMENT_NOUNS.has(t[k]!.text.toLowerCase()) || !t[k]!.word) continue;
    const next = t[k + 1]?.text === ',' ? t[k + 2] : t[k + 1];
    const saying = (next && w.speechVerbs.has(next.text.toLowerCase()) && next.text.toLowerCase() !== 'according') ||
      (k >= 2 && t[k - 2]!.text.toLowerCase() === 'according' && t[k - 1]!.text.toLowerCase() === 'to') ||
      (k >= 3 && t[k - 3]!.text.toLowerCase() === 'according' && t[k - 2]!.text.toLowerCase() === 'to');
    if (!saying) continue;
    // Back over modifiers to the determiner: "the Globe report", "her statement", "government data".
    let start = k;
    for (let z = k - 1; z >= Math.max(0, k - 4); z--) {
      const x = t[z]!;
      if (!x.word || /^(according|to|said|says)$/i.test(x.text)) break;
      start = z;
      if (/^(the|a|an|his|her|its|their|our|this|that)$/i.test(x.text)) break;
    }
    const a = t[start]!.start;
    const b = t[k]!.end;
    if (taken(a, b)) continue;
    const phrase = text.slice(a, b);
    out.push({ start: a, end: b, nameStart: a, nameEnd: b, type: 'misc', form: 'nominal', rule: 'entities/document/speaks', key: `misc:document-${slug(phrase)}-${a}`, name: phrase, kind: 'document', sentence: s.index });
  }
}
