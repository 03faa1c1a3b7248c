/**
 * Cleaning raw metadata values: author names out of bylines ("By Jane Doe | Updated 3 May"),
 * titles out of `<title>` strings ("Headline | Site"), language tags out of locales.
 * Each returns null when nothing usable is left.
 */

const BY_PREFIX = /^(?:(?:written|posted|published|reported|text|words|story|photos?|fotos?|interview|eingestellt|artikel|veröffentlicht|erstellt|verfasst|beitrag)\s+(?:by|von)\b\s*:?|by\b\s*:?|von\b\s*:?|vo[mn]\b|par\b|por\b|di\b|door\b|af\b|av\b|from\b|autor(?:in)?\s*:|author\s*:|auteur\s*:|text\s*:|texto\s*:|redaktion\s*:|verfasst von\b|ein beitrag von\b|geschrieben von\b|escrito por\b|publicado por\b)\s*/i;
const MONTHY = /\b(?:jan(?:uary|uar)?|feb(?:ruary|ruar)?|mar(?:ch)?|märz|apr(?:il)?|may|mai|jun[ei]?|jul[iy]?|aug(?:ust)?|sep(?:t(?:ember)?)?|o[ck]t(?:ober)?|nov(?:ember)?|de[cz](?:ember)?)\b\.?\s+\d/i;

/** An author name from a byline or meta value, or null when the value is no name. */
export function cleanAuthor(raw: string): string | null {
  let v = raw.replace(/\s+/g, ' ').trim();
  if (/^https?:\/\//i.test(v) || /^www\./i.test(v)) return null;
  // Cut what follows the name: a separator, a date, "Updated", an e-mail, a social handle.
  v = v.split(/\s+[|•·]\s+|\s+[-–—]\s+(?=.*\d)|\s*\n\s*/)[0]!;
  // "Veröffentlicht vonChris Jung": inline elements joined without a space.
  v = v.replace(/^((?:veröffentlicht|geschrieben|verfasst|erstellt|eingestellt|posted|published|written|publié)\s+(?:von|by|par))(?=[A-ZÄÖÜ])/i, '$1 ');
  v = v.replace(BY_PREFIX, '');
  v = v.replace(BY_PREFIX, '');
  // Role labels without a colon ("Author Jane Doe", "Interview: Jane Doe"); case-sensitive so
  // that a lower-case word after them is not taken for a name.
  v = v.replace(/^(?:Author|Autor|Autorin|Auteur|Interview|INTERVIEW|Publié par|Publicado por)\s*:?\s+(?=\p{Lu})/u, '');
  const cut = v.search(/\s*(?:\b(?:updated|published|posted|aktualisiert|veröffentlicht|am|le|on|el|il|em)\b\s*:?\s*\d|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\S+@\S+\.\w+|@\w+)/i);
  if (cut > 0) v = v.slice(0, cut);
  const month = v.search(MONTHY);
  if (month > 0) v = v.slice(0, month);
  // Relative times and weekdays ("vor 5 Stunden", "3 hours ago", "am Samstag", "Sa 13").
  const rel = v.search(/vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen|monaten|jahren)\b|\s\d+\s+(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?)\s+(?:ago|read)\b|\s(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?\s+\d/i);
  if (rel > 0) v = v.slice(0, rel);
  // Lower-case "am"/"on" only: "For The Mail On Sunday" is a name.
  const day = v.search(/\s(?:am|on|le|el)\s+(?:[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|[Ff]reitag|[Ss]amstag|[Ss]onntag|[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b/);
  if (day > 0) v = v.slice(0, day);
  v = v.trim();
  // Trailing furniture of author boxes and comment headers.
  const tail = v.search(/\s+(?:sagt|says|schreibt|writes|alle artikel|alle beiträge|all posts|more posts|view all|more by|alles von|mehr von|zeige alle|last updated|updated|aktualisiert|follow|folgen)\b|\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun)\.?,|[\s,]+\d+\.?$/i);
  if (tail > 0) v = v.slice(0, tail);
  // A self-description after the name: "Jane Doe A computer science professor at ...".
  const desc = v.search(/\s+(?:A|An|Ein|Eine)\s+\p{Ll}/u);
  if (desc > 0) v = v.slice(0, desc);
  // "Name, CNN" / "Name, expert for this and that": the part after the comma is no co-author.
  const comma = /^([^,]+),\s*(.+)$/.exec(v);
  if (comma && (!/\s(?:and|und|&|et|y)\s/i.test(v) || /\s(?:für|for|of|at|bei|chez)\s/.test(comma[2]!))) {
    const rest = comma[2]!;
    if (/^[A-Z]{2,6}$/.test(rest) || rest.split(/\s+/).length > 3 || /^\p{Ll}/u.test(rest)) v = comma[1]!;
  }
  // A date in a language the month list lacks: "Didier Roy, 21 juin".
  v = v.replace(/,\s*\d{1,2}\.?\s+\p{Ll}+\.?(?:\s+\d{4})?$/u, '');
  // A role in parentheses after the name: "Jane Doe (Pressesprecherin)".
  v = v.replace(/\s*\([^()]*\)?\s*$/, '');
  // A preposition left over from a cut date ("R. R. am", "jane on").
  v = v.replace(/[\s,]+(?:am|on|um|at|le|el|il|em|vom|le)$/i, '');
  v = v.replace(/^[\s,;:|–—-]+|[\s,;:|–—-]+$/g, '').trim();
  if (v.length < 2 || v.length > 100) return null;
  if (!/\p{L}/u.test(v)) return null;
  // A sentence, not a name.
  if (v.split(' ').length > 10) return null;
  // Comment-form labels and lone verbs that byline-like classes also carry.
  if (/[*]|\((?:erforderlich|required|obligatoire|pflichtfeld)\)|^(?:name|veröffentlicht|publiziert|publiziert am|published|posted|autor|author|von|by|zeige|view my complete profile|afficher mon profil complet|unknown)$/i.test(v)) return null;
  if (v.startsWith('@')) return null;
  return v;
}

/** True when an author value names nobody in particular: "Staff", "Redaktion", the site itself. */
export function isGenericAuthor(author: string, sitename: string | null, host: string | null): boolean {
  const a = author.toLowerCase();
  if (/\b(?:staff|editors?|editorial|redaktion|newsroom|desk|admin|administrator|webmaster|team|correspondent|reporters?|agencies|wire|press release)\b/i.test(a)) return true;
  if (sitename !== null && a === sitename.toLowerCase()) return true;
  if (host !== null) {
    const bare = host.replace(/^www\./, '').split('.')[0]!;
    if (bare.length > 2 && a.replace(/[^a-z0-9]/g, '') === bare.replace(/[^a-z0-9]/g, '')) return true;
  }
  return false;
}

/**
 * Why an author value is not a person's name and may not stand in as a fallback either, or
 * null when it may be used:
 * - `placeholder`: a CMS account or label (`admin`, `Super User`, `default`, `Unknown`);
 * - `site name`: a `<meta>` author that names the site itself (the CMS filled the field);
 * - `prose`: visible "byline" text that is a piece of a sentence ("parte de la defensa de") or
 *   starts with a number (a date).
 */
export function authorRejection(author: string, source: string, sitename: string | null, host: string | null): 'placeholder' | 'site name' | 'prose' | null {
  if (PLACEHOLDER_AUTHOR.test(author.trim())) return 'placeholder';
  if (source.startsWith('meta:') && namesSite(author, sitename, host)) return 'site name';
  if ((source === 'byline-text' || source === 'byline-element') && looksLikeProse(author)) return 'prose';
  return null;
}

const PLACEHOLDER_AUTHOR = /^(?:admin|administrator|webmaster|super ?user|default|user|guest|unknown|anonymous|anonym|anónimo|author of|autor|red\.?\s*\/?|zvg|text vorlesen|vorlesen|artikel anhören|listen to (?:this )?article|\p{L}\.?)$/iu;

/** Lower-case words that may sit inside a name: particles and the "and" of co-authors. */
const NAME_PARTICLES = new Set(['von', 'van', 'vom', 'zu', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'do', 'dos', 'du', 'la', 'le', 'les', 'y', 'e', 'und', 'and', 'et', '&', 'bin', 'ibn', 'al', 'el', 'ten', 'ter', 'of', 'mit', 'with']);

/** True for a value of four or more words with a lower-case word that is no particle. */
function looksLikeProse(value: string): boolean {
  // A date or a count ("3 de Mayo de") is no name either.
  if (/^\d/.test(value)) return true;
  const words = value.split(/[\s,]+/).filter((w) => w !== '');
  if (words.length < 4) return false;
  return words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w.toLowerCase()));
}

/** True when `value`, letters and digits only, is the site name or the host's name. */
function namesSite(value: string, sitename: string | null, host: string | null): boolean {
  const flat = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]/g, '');
  const v = flat(value);
  if (v.length < 2) return false;
  if (sitename !== null && flat(sitename) === v) return true;
  if (host !== null) {
    const bare = host.replace(/^www\d?\./, '');
    if (flat(bare) === v || flat(bare.replace(/\.[a-z]+$/, '')) === v) return true;
  }
  return false;
}

/** Separators between a headline and a site name in `<title>`. */
const TITLE_SEPARATOR = /\s+[|•·»«:–—-]\s+|\s+::\s+|\s*\|\s*/;

/** The parts of a `<title>` split at its site-name separators. */
export function titleParts(title: string): string[] {
  return title
    .split(TITLE_SEPARATOR)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** A title from a `<title>` string: the headline part, without the site name. */
export function cleanTitle(raw: string, sitename: string | null): string | null {
  const v = raw.replace(/\s+/g, ' ').trim();
  if (v === '') return null;
  const parts = titleParts(v);
  if (parts.length <= 1) return v;
  const site = sitename?.toLowerCase() ?? null;
  const kept = parts.filter((p) => site === null || (p.toLowerCase() !== site && !site.includes(p.toLowerCase())));
  // The headline is the longest part; the site name is usually short.
  const candidates = kept.length > 0 ? kept : parts;
  let best = candidates[0]!;
  for (const p of candidates) if (p.length > best.length) best = p;
  // Keep a headline that itself contains a separator ("Brexit: what next") whole.
  if (site !== null) {
    const idx = v.toLowerCase().lastIndexOf(site);
    if (idx > 0) {
      const head = v.slice(0, idx).replace(/[\s|•·»«:–—-]+$/, '').trim();
      if (head.length >= best.length) return head;
    }
  }
  return best;
}

/**
 * A title from og:title, JSON-LD or microdata: whole, unless one of its parts (at a site-name
 * separator) is the site's name or the host's name, which is then cut off with what follows.
 */
export function cleanStructuredTitle(raw: string, sitename: string | null, host: string | null): string | null {
  const v = raw.replace(/\s+/g, ' ').trim();
  if (v === '') return null;
  const parts = titleParts(v);
  if (parts.length <= 1) return v;
  const isSite = (part: string): boolean => namesSite(part, sitename, host) || (sitename !== null && sitename.length > 3 && part.toLowerCase().includes(sitename.toLowerCase()));
  const site = parts.findIndex(isSite);
  if (site < 0) return v;
  // The headline is what comes before the site's name ("Headline | site.ch | Slogan"), or
  // after it when the name opens the title.
  const at = v.indexOf(parts[site]!);
  const head = v.slice(0, at).replace(/[\s|•·»«:–—-]+$/, '').trim();
  const tail = v.slice(at + parts[site]!.length).replace(/^[\s|•·»«:–—-]+/, '').trim();
  const kept = site > 0 ? head : tail;
  return kept.length > 0 ? kept : v;
}

/** A BCP 47 primary subtag (`en`) from `en-US`, `en_GB`, `de`, or null. */
export function cleanLang(raw: string): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_][a-z0-9]+)*\s*$/i.exec(raw);
  return m ? m[1]!.toLowerCase() : null;
}
