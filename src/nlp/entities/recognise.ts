/**
 * Named mentions in one sentence.
 *
 * Workflow:
 *   1. find runs of capitalised tokens, joined by glued hyphens ("Jong-un") and name connectors
 *      ("Bank of America", "Rio de Janeiro"); a sentence's first word starts a run only when it is
 *      known (a lexicon name, a given name) or is capitalised elsewhere in the document;
 *   2. peel titles off the front of a run ("President", "Foreign Minister") and read the titles
 *      and country words just before it ("Kremlin leader", "North Korean leader"): they make the
 *      run a person and give the person a country and a CAMEO role;
 *   3. match the whole run against the lexicons, else split it into the longest lexicon names
 *      and unknown stretches ("Russian-North Korean" → RUS + PRK);
 *   4. type each unknown stretch by its evidence, strongest first: a head word ("… Ministry",
 *      "… Airport"), a given name, a family name written first, a title, the word before ("in"),
 *      an acronym; what is left is a weak guess, resolved later by coreference.
 */
import type { EntityType } from '../../types.js';
import type { Token } from '../tokens.js';
import { words } from '../../lexicon/words.js';
import { givenName } from '../../lexicon/names.js';
import { lookupRole, type RoleEntry } from '../../lexicon/roles.js';
import { gazetteer, lexiconSpan, type GazetteerHit } from './gazetteer.js';
import { lookupPlace } from '../../lexicon/places.js';
import { lookupNamedDay } from '../../lexicon/named-days.js';
import { slug } from './slug.js';
import { transliterate } from '../transliterate.js';
import type { RawMention } from './mention.js';

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const OPENING = new Set(['“', '"', '‘', "'", '`', '«', '(', '[', ':', '—', '–', '„']);
/** Connectors kept inside a name only when the name is an organisation or a work ("Procter & Gamble"). */
const WEAK_CONNECTORS = new Set(['and', '&', 'for', 'on', 'the']);
/** Verbs after a capital that make it a government rather than a place ("Washington warned"). */
const ACTOR_VERBS = new Set(['accused', 'warned', 'rejected', 'condemned', 'imposed', 'demanded', 'wants', 'responded', 'sanctioned', 'refused', 'insisted', 'urged', 'denied', 'threatened', 'agreed', 'signed', 'decided', 'announced', 'plans', 'planned', 'vowed', 'pledged', 'hopes', 'hoped', 'believes', 'fears', 'blamed', 'criticised', 'criticized', 'welcomed', 'expelled', 'recalled', 'summoned', 'protested', 'retaliated', 'has', 'had', 'would', 'will', 'must', 'should', 'cannot', 'can']);
const GOV_NOUNS = new Set(['government', 'regime', 'administration', 'leadership', 'authorities', 'officials', 'position', 'policy', 'decision', 'response', 'stance', 'military', 'army', 'forces', 'troops', 'ministry', 'embassy', 'envoy', 'ambassador', 'president', 'leader', 'parliament', 'cabinet', 'foreign', 'defence', 'defense']);

/** What a document tells about its words, gathered once before recognition. */
export interface DocumentWords {
  /** Words (lower case) seen written in lower case somewhere in the document. */
  lower: ReadonlySet<string>;
  /** Words seen capitalised somewhere other than at the start of a sentence. */
  capitalised: ReadonlySet<string>;
  /** Country evidence per ambiguous name ("Tbilisi" for Georgia), and US context. */
  hasUsContext: boolean;
}

interface Title {
  start: number;
  role: RoleEntry | null;
  country?: string;
  /** The role phrase itself, for the person's descriptive role. */
  phrase?: string;
}

export function isMonthOrWeekday(lower: string): boolean {
  return MONTHS.has(lower) || WEEKDAYS.has(lower);
}

/**
 * Appends the named mentions of the sentence whose tokens are `tokens` to `out`.
 * `titleCase` marks a headline written in Title Case, where capitals say nothing and only
 * lexicon names and given names are trusted.
 */
export function recogniseSentence(
  text: string,
  tokens: readonly Token[],
  sentence: number,
  doc: DocumentWords,
  out: RawMention[],
): void {
  const w = words();
  const n = tokens.length;
  const initial = initialPositions(tokens);
  const titleCase = isTitleCase(tokens);
  if (isAllCaps(tokens)) return;

  let i = 0;
  while (i < n) {
    if (!startsName(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const u = tokens[j]!;
      if (u.word && continuesName(j)) {
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (u.text === '-' && !u.spaceBefore && next && !next.spaceBefore && next.word && !/^\d{4}$/.test(next.text)) {
        j += 2;
        continue;
      }
      const lower = u.text.toLowerCase();
      if (w.connectors.has(lower) && !u.cap && next && next.cap && next.word && !isMonthOrWeekday(next.text.toLowerCase())) {
        j += 2;
        continue;
      }
      if ((u.text === '&') && next && next.cap) {
        j += 2;
        continue;
      }
      break;
    }
    for (const [a, b] of splitWeakConnectors(i, j)) handleRun(a, b);
    i = j;
  }

  function startsName(k: number): boolean {
    const t = tokens[k]!;
    if (!t.word || !(t.cap || hasInnerCapital(t.text))) return false;
    if (/^\d/.test(t.text) || t.text === 'I' || w.notNames.has(t.text)) return false;
    const lower = t.text.toLowerCase();
    if (isMonthOrWeekday(lower)) return false;
    // "US$ 40 billion", "US dollars": a currency, not the country.
    const after = tokens[k + 1];
    if (after && ((after.text === '$' && !after.spaceBefore) || /^dollars?$/i.test(after.text)) && t.allCaps) return false;
    if (titleCase && !isKnownStart(k)) return false;
    if (!initial.has(k)) return true;
    if (isKnownStart(k)) return true;
    if (w.common.has(lower)) return false;
    if (lookupRole(lower) && tokens[k + 1]?.cap) return true; // "President Biden …" at a sentence start
    if (/(ly|ing|ed)$/.test(lower) && !doc.capitalised.has(t.text)) return false;
    if (doc.capitalised.has(t.text)) return true;
    if (doc.lower.has(lower)) return false;
    const next = tokens[k + 1];
    return next !== undefined && next.word && next.cap && !isMonthOrWeekday(next.text.toLowerCase());
  }

  /** A lexicon name or a given name starts here. */
  function isKnownStart(k: number): boolean {
    const t = tokens[k]!;
    if (givenName(t.text) !== null && tokens[k + 1]?.cap) return true;
    for (let q = Math.min(n, k + lexiconSpan(t.text)); q > k; q--) {
      const last = tokens[q - 1]!;
      if (!last.word) continue;
      if (gazetteer(text.slice(t.start, last.end))) return true;
    }
    return false;
  }

  function continuesName(k: number): boolean {
    const t = tokens[k]!;
    if (!(t.cap || hasInnerCapital(t.text) || /^[A-Z]?\d+[A-Za-z\d-]*$/.test(t.text) && tokens[k - 1]!.cap)) return false;
    if (/^\d+$/.test(t.text)) return false;
    const lower = t.text.toLowerCase();
    // "Theresa May" but not "in May 2008" or "on Monday".
    if (isMonthOrWeekday(lower)) {
      const prev = tokens[k - 1]!;
      const next = tokens[k + 1];
      return lower === 'may' && givenName(prev.text) !== null && !(next && /^\d/.test(next.text));
    }
    if (titleCase && w.common.has(lower)) return false;
    return true;
  }

  /** Splits a run at "and"/"&"/"for" unless the whole is an organisation ("Defence and Space Company"). */
  function splitWeakConnectors(a: number, b: number): [number, number][] {
    const last = tokens[b - 1]!.text.toLowerCase();
    if (w.orgHeads.has(last) || (lexiconSpan(tokens[a]!.text) >= b - a && gazetteer(text.slice(tokens[a]!.start, tokens[b - 1]!.end)))) return [[a, b]];
    const parts: [number, number][] = [];
    let s = a;
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (!t.cap && WEAK_CONNECTORS.has(t.text.toLowerCase())) {
        if (k > s) parts.push([s, k]);
        s = k + 1;
      }
    }
    if (b > s) parts.push([s, b]);
    return parts;
  }

  function handleRun(a: number, b: number): void {
    // A title at the front of the run: "President Barack Obama", "Foreign Minister Sergei Lavrov".
    let title: Title | null = null;
    for (let len = Math.min(3, b - a - 1); len >= 1; len--) {
      const phrase = tokens.slice(a, a + len).map((t) => t.text).join(' ');
      const role = lookupRole(phrase);
      if (!role) continue;
      const rest = tokens.slice(a + len, b);
      const restLast = rest[rest.length - 1]!.text.toLowerCase();
      if (w.orgHeads.has(restLast) || (lexiconSpan(rest[0]!.text) >= rest.length && gazetteer(text.slice(rest[0]!.start, rest[rest.length - 1]!.end)))) break;
      title = { start: tokens[a]!.start, role, phrase: role.term };
      a += len;
      break;
    }
    const before = titleBefore(a, title);
    if (before) title = before;
    // "King Abdullah of Jordan": a person, then the country they belong to.
    if (title) {
      for (let k = a + 1; k < b - 1; k++) {
        if (tokens[k]!.text !== 'of') continue;
        const hit = lexiconSpan(tokens[k + 1]!.text) >= b - k - 1 ? gazetteer(text.slice(tokens[k + 1]!.start, tokens[b - 1]!.end)) : null;
        if (hit?.source !== 'country') break;
        title.country ??= hit.match.country.iso3;
        segmentRun(a, k, title);
        emitHit(k + 1, b, hit, null);
        return;
      }
    }
    segmentRun(a, b, title);
  }

  /** Titles and a country word just before a run: "Kremlin leader", "North Korean leader", "Mr.". */
  function titleBefore(a: number, current: Title | null): Title | null {
    let k = a - 1;
    let role: RoleEntry | null = current?.role ?? null;
    let phrase = current?.phrase;
    let start = current?.start ?? tokens[a]!.start;
    if (!current) {
      for (let len = 3; len >= 1; len--) {
        if (k - len + 1 < 0) continue;
        const slice = tokens.slice(k - len + 1, k + 1);
        if (!slice.every((t) => t.word)) continue;
        const r = lookupRole(slice.map((t) => t.text).join(' '));
        if (r) {
          role = r;
          phrase = r.term;
          start = slice[0]!.start;
          k -= len;
          break;
        }
      }
      if (!role) return null;
    } else {
      k = indexOfStart(current.start) - 1;
    }
    // A country word before the title: "Kremlin", "Russian", "North Korea’s", "U.S.".
    let country: string | undefined;
    if (k >= 0 && tokens[k]!.text.match(/^['’]s$/)) k--;
    for (let len = 4; len >= 1 && k >= 0; len--) {
      const s = k - len + 1;
      if (s < 0 || !tokens[s]!.cap || lexiconSpan(tokens[s]!.text) < len) continue;
      const hit = gazetteer(text.slice(tokens[s]!.start, tokens[k]!.end));
      if (hit && hit.source === 'country' && hit.match.as !== 'capital') {
        country = hit.match.country.iso3;
        start = tokens[s]!.start;
        break;
      }
      if (hit && hit.source === 'organisation' && hit.org.country) {
        country = hit.org.country;
        start = tokens[s]!.start;
        break;
      }
    }
    const t: Title = { start, role };
    if (phrase) t.phrase = phrase;
    if (country) t.country = country;
    return t;
  }

  function indexOfStart(offset: number): number {
    for (let k = 0; k < n; k++) if (tokens[k]!.start === offset) return k;
    return 0;
  }

  function segmentRun(a: number, b: number, title: Title | null): void {
    if (a >= b) return;
    const whole = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const lastLower = tokens[b - 1]!.text.toLowerCase();
    const firstLower = tokens[a]!.text.toLowerCase();
    // An organisation named by its head: "United States Air Force", "Ministry of Defence".
    const orgByHead = b - a >= 2 && (w.orgHeads.has(lastLower) || (w.orgHeads.has(firstLower) && tokens[a + 1]?.text === 'of'));
    const wholeHit = lexiconSpan(tokens[a]!.text) >= b - a ? gazetteer(whole) : null;
    if (wholeHit) {
      emitHit(a, b, wholeHit, title);
      return;
    }
    // An event, law or day named by its head: "Russia Day", "World War II", "Korean War".
    let miscHead = -1;
    for (let k = b - 1; k > a; k--) {
      const lower = tokens[k]!.text.toLowerCase();
      if (w.miscHeads.has(lower)) {
        miscHead = k;
        break;
      }
      if (!/^([IVX]+|\d+)$/.test(tokens[k]!.text)) break;
    }
    const headed = orgByHead || miscHead > a;
    // A given name first makes a person even when a later word is also a place or a country:
    // "Michael Jordan", "Chad Smith", "Paris Hilton".
    if (!headed && b - a >= 2 && givenName(tokens[a]!.text) !== null && !tokens[b - 1]!.allCaps && restIsNameLike(a, b)) {
      classify(a, b, title);
      return;
    }
    // "Air France", "Air Canada": a company named by a country.
    if (!headed && b - a === 2 && firstLower === 'air') {
      emit(a, b, 'organisation', 'entities/org/head', {});
      return;
    }
    if (headed && !title) {
      // Keep the country inside a state body as its own mention: "UK" in "UK Royal Air Force";
      // not inside a company ("Singapore Airlines" is no mention of Singapore).
      let country: string | undefined;
      const stateBody = orgByHead && tokens.slice(a, b).some((t) => w.govOrgHeads.has(t.text.toLowerCase()));
      for (let p = a; p < b && (stateBody || !orgByHead); p++) {
        for (let q = Math.min(b - 1, p + lexiconSpan(tokens[p]!.text)); q > p; q--) {
          const hit = gazetteer(text.slice(tokens[p]!.start, tokens[q - 1]!.end));
          if (hit && hit.source === 'country') {
            country ??= hit.match.country.iso3;
            emitHit(p, q, hit, null);
            p = q - 1;
            break;
          }
        }
      }
      if (orgByHead) emit(a, b, 'organisation', 'entities/org/head', { country });
      else emit(a, b, 'misc', 'entities/misc/head', {});
      return;
    }
    // Split into lexicon names and unknown stretches.
    let p = a;
    let unknownStart = -1;
    while (p < b) {
      let matched = false;
      for (let q = Math.min(b, p + lexiconSpan(tokens[p]!.text)); q > p; q--) {
        const last = tokens[q - 1]!;
        if (!last.word) continue;
        const hit = gazetteer(text.slice(tokens[p]!.start, last.end));
        if (!hit) continue;
        if (unknownStart >= 0) {
          classify(unknownStart, p, title);
          unknownStart = -1;
        }
        emitHit(p, q, hit, title && p === a ? title : null);
        p = q;
        matched = true;
        break;
      }
      if (matched) continue;
      if (unknownStart < 0) unknownStart = p;
      p++;
    }
    if (unknownStart >= 0) classify(unknownStart, b, title);
  }

  /** No word after the first is an unambiguous lexicon name (a "Paul Kagame" is not "Paul" + a place). */
  function restIsNameLike(a: number, b: number): boolean {
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (!t.word || lexiconSpan(t.text) === 0) continue;
      const hit = gazetteer(t.text);
      if (!hit) continue;
      if (k === a && hit.source === 'country' && !hit.match.ambiguous) return false;
      if (k > a && !(hit.source === 'country' && hit.match.ambiguous) && !(hit.source === 'place' && hit.place.ambiguous)) return false;
    }
    return true;
  }

  function emitHit(a: number, b: number, hit: GazetteerHit, title: Title | null): void {
    if (hit.source === 'organisation') {
      emit(a, b, 'organisation', 'entities/org/lexicon', { key: hit.org.id, kind: hit.org.kind, country: hit.org.country ?? undefined, role: hit.org.role ?? undefined, name: hit.org.names[0] });
      return;
    }
    if (hit.source === 'place') {
      const place = hit.place;
      if (place.ambiguous && place.name === 'Georgia' && !doc.hasUsContext) {
        const georgia = gazetteer('Republic of Georgia');
        if (georgia) return emitHit(a, b, georgia, title);
      }
      emit(a, b, place.type, `entities/${place.type}/lexicon`, { key: slug(place.name), country: place.country, name: place.name });
      return;
    }
    const { match } = hit;
    const iso3 = match.country.iso3;
    if (match.ambiguous && doc.hasUsContext) {
      // "Georgia" in a story about the United States is the state.
      const place = lookupPlace(text.slice(tokens[a]!.start, tokens[b - 1]!.end));
      if (place && place.country === 'USA') {
        emit(a, b, 'location', 'entities/location/us-state', { key: `${slug(place.name)}-us`, country: 'USA', name: place.name });
        return;
      }
    }
    if (match.ambiguous && !countryReading(a, b, match.as)) {
      const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
      if (name === 'Georgia' && doc.hasUsContext) {
        emit(a, b, 'location', 'entities/location/us-state', { key: 'georgia-us', country: 'USA', name: 'Georgia' });
        return;
      }
      if (match.as === 'capital') {
        emit(a, b, 'location', 'entities/location/capital', { key: slug(name), country: iso3, name });
        return;
      }
      classify(a, b, title, true);
      return;
    }
    switch (match.as) {
      case 'name':
        emit(a, b, 'country', 'entities/country/name', { key: iso3, name: match.country.name, country: iso3 });
        return;
      case 'demonym':
        emit(a, b, 'country', 'entities/country/demonym', { key: iso3, name: match.country.name, country: iso3 });
        return;
      case 'seat':
        emit(a, b, 'country', 'entities/metonymy/seat', { key: iso3, name: match.country.name, country: iso3, role: match.role });
        return;
      case 'capital': {
        const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
        if (actsAsGovernment(b)) emit(a, b, 'country', 'entities/metonymy/capital', { key: iso3, name: match.country.name, country: iso3, role: 'GOV' });
        else emit(a, b, 'location', 'entities/location/capital', { key: slug(name), country: iso3, name });
        return;
      }
    }
  }

  /** Whether an ambiguous country name reads as the country here (Jordan, Chad, Georgia, Turkey). */
  function countryReading(a: number, b: number, as: string): boolean {
    const prev = tokens[a - 1];
    const next = tokens[b];
    if (as === 'capital') return actsAsGovernment(b) || (prev !== undefined && w.placePrepositions.has(prev.text.toLowerCase()) && !doc.hasUsContext);
    if (prev && (lookupRole(prev.text)?.honorific || givenName(prev.text) !== null && prev.cap)) return false;
    if (next && next.word && next.cap) return false; // "Jordan Peterson", "Chad Smith"
    if (next && w.speechVerbs.has(next.text.toLowerCase()) && b - a === 1) return false;
    return true;
  }

  /** "Washington said", "Beijing’s position", "Moscow has": a capital standing for its government. */
  function actsAsGovernment(b: number): boolean {
    const next = tokens[b];
    if (!next) return false;
    const lower = next.text.toLowerCase();
    if (/^['’]s$/.test(next.text)) {
      const after = tokens[b + 1];
      return after !== undefined && GOV_NOUNS.has(after.text.toLowerCase());
    }
    return w.speechVerbs.has(lower) || ACTOR_VERBS.has(lower);
  }

  /** Types an unknown stretch of a run. `forced` marks an ambiguous lexicon name read as not the country. */
  function classify(a: number, b: number, title: Title | null, forced = false): void {
    // Trim connectors and hyphens at the edges.
    while (a < b && (!tokens[a]!.word || !tokens[a]!.cap && !hasInnerCapital(tokens[a]!.text))) a++;
    while (b > a && (!tokens[b - 1]!.word || (!tokens[b - 1]!.cap && !/\d/.test(tokens[b - 1]!.text) && tokens[b - 2]?.text !== '-'))) b--;
    if (a >= b) return;
    const phrase = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    // A title alone ("the Prime Minister") is a description, a named day ("Christmas") a date.
    if (lookupRole(phrase) || lookupNamedDay(phrase) || (b - a === 1 && w.notNames.has(phrase))) return;
    if (!title && b - a >= 2) {
      for (let len = Math.min(3, b - a - 1); len >= 1; len--) {
        const role = lookupRole(tokens.slice(a, a + len).map((t) => t.text).join(' '));
        if (!role || role.role === null && !role.honorific) continue;
        title = { start: tokens[a]!.start, role, phrase: role.term };
        a += len;
        break;
      }
    }
    const first = tokens[a]!;
    const last = tokens[b - 1]!;
    const lastLower = last.text.toLowerCase();
    const words = b - a;
    if (hasInnerCapital(first.text)) return emit(a, b, 'misc', 'entities/misc/product', {}); // "iPhone", "iTunes Store"

    const prev = tokens[a - 1];
    const next = tokens[b];
    const given = givenName(first.text) ?? cyrillicGivenName(first.text);
    if (words === 1 && w.common.has(lastLower.replace(/\.$/, '')) && !title) return;
    const hasModel = tokens.slice(a, b).some((t) => /\d/.test(t.text) && /\p{L}/u.test(t.text));
    const unitAfter = /^(billion|million|thousand|bn|m|per|percent|people|years?|days?|%)$/i.test(tokens[b + 1]?.text ?? '');
    const numberAfter =
      next !== undefined && /^\d{2,4}$/.test(next.text) && !/^(19|20)\d\d$/.test(next.text) && !unitAfter && words <= 2 && !title && given === null;
    if (hasModel || numberAfter) {
      // A model or product: "Airbus A380", "Boeing 787", "iPhone 4".
      emit(a, numberAfter ? b + 1 : b, 'misc', 'entities/misc/product', {});
      return;
    }
    if (words >= 2 && w.orgHeads.has(lastLower) && !title) return emit(a, b, 'organisation', 'entities/org/head', {});
    if (words >= 2 && w.locHeads.has(lastLower) && !title && given === null) return emit(a, b, 'location', 'entities/location/head', {});
    if (words >= 2 && w.miscHeads.has(lastLower) && !title && given === null) return emit(a, b, 'misc', 'entities/misc/head', {});
    if (title && (title.role === null || title.role.role !== null || title.role.honorific) && !w.common.has(first.text.toLowerCase())) {
      return emitPerson(a, b, 'entities/person/title', title);
    }
    // A given name makes a person unless the name reads as an institution: a connector inside
    // ("Royal Courts of Justice") or a first word that is also a place ("Washington Mutual").
    const institution = tokens.slice(a, b).some((t) => !t.cap && w.connectors.has(t.text)) || (lexiconSpan(first.text) > 0 && gazetteer(first.text) !== null);
    if (given !== null && words >= 2 && !last.allCaps && !institution) return emitPerson(a, b, 'entities/person/given-name', title);
    if (words >= 2 && w.familyFirst.has(first.text)) return emitPerson(a, b, 'entities/person/family-first', title);
    if (words >= 2 && /^(\p{Lu}\.){1,2}$/u.test(first.text)) return emitPerson(a, b, 'entities/person/initial', title);
    if (words >= 2 && /^(\p{Lu}\.){1,2}$/u.test(last.text)) return emitPerson(a, b, 'entities/person/initial', title); // "Путин В.В."
    if (tokens.slice(a, b).some((t) => PATRONYMIC.test(t.text))) return emitPerson(a, b, 'entities/person/patronymic', title);
    if (/^[\u0400-\u04ff]/.test(last.text) && RU_SURNAME.test(last.text) && !last.allCaps) return emitPerson(a, b, 'entities/person/surname-shape', title);
    if (prev && lookupRole(prev.text)?.honorific) return emitPerson(a, b, 'entities/person/honorific', title);
    if (words === 1 && first.allCaps && first.text.replace(/\./g, '').length <= 6) {
      return emit(a, b, 'organisation', 'entities/org/acronym', {});
    }
    const after = tokens[b + 1];
    if (next?.text === ',' && after && /^(a|the)$/i.test(after.text)) {
      const noun = tokens[b + 2]?.text.toLowerCase() ?? '';
      if (/^(city|town|village|suburb|province|region|state|county|district|port|capital|country|island|community|municipality|neighbourhood|neighborhood)$/.test(noun)) {
        return emit(a, b, 'location', 'entities/location/apposition', {});
      }
    }
    if (prev && (w.placePrepositions.has(prev.text.toLowerCase()) && prev.text.toLowerCase() !== 'to' || RU_PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) && /^[\u0400-\u04ff]/.test(first.text)) && words <= 2 && given === null) {
      return emit(a, b, 'location', 'entities/location/preposition', { weak: true });
    }
    if (words >= 2 && next && w.speechVerbs.has(next.text.toLowerCase()) && !last.allCaps) {
      return emitPerson(a, b, 'entities/person/speaker', title);
    }
    if (forced && given !== null) return emitPerson(a, b, 'entities/person/given-name', title);
    emit(a, b, 'organisation', 'entities/name/unknown', { weak: true });
  }

  function emitPerson(a: number, b: number, rule: string, title: Title | null): void {
    const nameTokens: string[] = [];
    for (let k = a; k < b; k++) {
      const t = tokens[k]!;
      if (!t.word || w.personSuffixes.has(t.text.toLowerCase()) || (!t.cap && w.connectors.has(t.text))) continue;
      // Rejoin hyphenated parts: "Jong" "-" "un" → "Jong-un".
      if (!t.spaceBefore && tokens[k - 1]?.text === '-' && nameTokens.length > 0) nameTokens[nameTokens.length - 1] += `-${t.text}`;
      else nameTokens.push(t.text);
    }
    const name = text.slice(tokens[a]!.start, tokens[b - 1]!.end);
    const extra: Partial<RawMention> & { key?: string } = { nameTokens, name };
    if (title) {
      if (title.country) extra.country = title.country;
      if (title.role?.role) extra.role = title.role.role;
      if (title.role?.gender) extra.gender = title.role.gender;
    }
    const g = givenName(tokens[a]!.text);
    if (!extra.gender && (g === 'm' || g === 'f') && b - a >= 2) extra.gender = g;
    emit(a, b, 'person', rule, extra, title ? title.start : undefined);
  }

  function emit(
    a: number,
    b: number,
    type: EntityType,
    rule: string,
    extra: { key?: string; name?: string; country?: string | undefined; role?: string | undefined; kind?: string; weak?: boolean; nameTokens?: string[]; gender?: 'm' | 'f' },
    startAt?: number,
  ): void {
    const nameStart = tokens[a]!.start;
    const nameEnd = tokens[b - 1]!.end;
    const name = extra.name ?? text.slice(nameStart, nameEnd);
    const m: RawMention = {
      start: startAt ?? nameStart,
      end: nameEnd,
      nameStart,
      nameEnd,
      type,
      form: 'name',
      rule,
      key: extra.key ?? `${type}:${slug(name)}`,
      name,
      sentence,
    };
    if (extra.country) m.country = extra.country;
    if (extra.role) m.role = extra.role;
    if (extra.kind) m.kind = extra.kind;
    if (extra.gender) m.gender = extra.gender;
    if (extra.nameTokens) m.nameTokens = extra.nameTokens;
    if (extra.weak) m.weak = true;
    out.push(m);
  }
}

/** Russian and Ukrainian patronymics, in any case: "Владимирович", "Ивановна", "Ильича". */
const PATRONYMIC = /^[\u0400-\u04ff]+(ович|евич|ьевич|ич|овна|евна|ична|инична)(а|у|ем|ом|е|ой|ы|и)?$/u;
/** Russian and Ukrainian surname endings, in any case: "Лавров", "Шойгу" aside, "Зеленского", "Кличко" aside. */
const RU_SURNAME = /^[\u0400-\u04ff]{2,}(ов|ев|ёв|ин|ын|ский|цкий|ской|цкой|ская|цкая|ова|ева|ина|ына|енко|ук|юк|швили|дзе|ян|ьев|ьян)(а|у|ым|ой|ого|ому|ом|е|ых|ыми|ую|им|их)?$/u;
/** Russian and Ukrainian prepositions of place: "в Москве", "из Киева". */
const RU_PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'на', 'под', 'у', 'до', 'около', 'возле', 'через', 'по']);

/** A Cyrillic given name, by its Latin form, also when declined ("Владимира" → Vladimir). */
function cyrillicGivenName(word: string): ReturnType<typeof givenName> {
  if (!/^[\u0400-\u04ff]/.test(word)) return null;
  for (let cut = 0; cut <= 2 && word.length - cut >= 3; cut++) {
    const latin = transliterate(word.slice(0, word.length - cut));
    const g = givenName(latin) ?? givenName(latin.replace(/y$/, 'i')) ?? givenName(latin.replace(/iy$/, 'y'));
    if (g) return g;
  }
  return null;
}

/** Token positions where a capital says nothing: the sentence start, after an opening quote or colon. */
function initialPositions(tokens: readonly Token[]): Set<number> {
  const set = new Set<number>();
  let atStart = true;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.word) {
      if (atStart) set.add(k);
      atStart = false;
    } else if (OPENING.has(t.text)) atStart = true;
  }
  return set;
}

function hasInnerCapital(word: string): boolean {
  return /^\p{Ll}+\p{Lu}/u.test(word); // "iPhone", "eBay"
}

/** A headline in Title Case: most words of four letters or more are capitalised. */
function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 4 && caps / long >= 0.8;
}

function isAllCaps(tokens: readonly Token[]): boolean {
  let n = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 2) continue;
    n++;
    if (t.allCaps) caps++;
  }
  return n >= 4 && caps / n > 0.6;
}
