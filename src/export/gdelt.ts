/**
 * Stored events as GDELT 2.0 rows (tab-separated, no header, the codebook's column order).
 *
 * Events: one row per distinct event — same day, same actors, same CAMEO code — across articles,
 * the way GDELT folds mentions into events; NumMentions / NumSources / NumArticles count what was
 * folded. Mentions: one row per event per article that reports it. Fields we do not produce (geo,
 * tone, ethnic and religion codes) are empty, as GDELT leaves them when unknown.
 */
import type { EventFact } from '../types.js';
import type { StoredArticle } from '../store/store.js';
import { GDELT_EVENT_COLUMNS, GDELT_MENTION_COLUMNS } from './gdelt-columns.js';

type EventRow = Record<(typeof GDELT_EVENT_COLUMNS)[number], string | number>;
type MentionRow = Record<(typeof GDELT_MENTION_COLUMNS)[number], string | number>;

/** CAMEO actor type codes: a code that starts with one has no country part. */
const CAMEO_TYPES = new Set([
  'COP', 'GOV', 'INS', 'JUD', 'MIL', 'OPP', 'REB', 'SEP', 'SPY', 'UAF', 'AGR', 'BUS', 'CRM', 'CVL', 'DEV', 'EDU', 'ELI',
  'ENV', 'HLH', 'HRI', 'LAB', 'LEG', 'MED', 'MNC', 'MOD', 'RAD', 'REF', 'SET', 'IGO', 'NGO', 'NGM', 'PTY', 'IMG', 'AMN', 'IRC',
]);

export interface ActorParts {
  country: string;
  types: [string, string, string];
}

/** `RUSGOV` → country RUS, types [GOV]; `GOV` → no country. */
export function splitActorCode(code: string): ActorParts {
  const parts = code.toUpperCase().match(/.{1,3}/g) ?? [];
  const country = parts[0] !== undefined && !CAMEO_TYPES.has(parts[0]) ? parts.shift()! : '';
  const types = parts.filter((p) => CAMEO_TYPES.has(p));
  return { country, types: [types[0] ?? '', types[1] ?? '', types[2] ?? ''] };
}

interface Folded {
  id: number;
  event: EventFact;
  date: string;
  article: StoredArticle;
  names: [string, string];
  mentions: number;
  sources: Set<string>;
  articles: Set<number>;
  root: boolean;
}

/** Writes GDELT event rows for every stored event of `articles`, folded as described above. */
export function gdeltEvents(articles: Iterable<StoredArticle>, write: (line: string) => void): number {
  const folded = new Map<string, Folded>();
  for (const article of articles) {
    article.record.events.forEach((event, index) => {
      const date = eventDate(event, article);
      const key = `${date}|${event.source}|${event.target}|${event.code}`;
      let entry = folded.get(key);
      if (!entry) {
        entry = {
          id: article.eventIds[index] ?? folded.size + 1,
          event,
          date,
          article,
          names: [actorName(article, event.sourceEntity), actorName(article, event.targetEntity)],
          mentions: 0,
          sources: new Set(),
          articles: new Set(),
          root: isRootEvent(article, event),
        };
        folded.set(key, entry);
      }
      entry.mentions++;
      entry.sources.add(article.source ?? article.canonicalUrl);
      entry.articles.add(article.id);
    });
  }
  for (const entry of folded.values()) write(eventLine(entry));
  return folded.size;
}

function eventLine(entry: Folded): string {
  const { event, date, article } = entry;
  const a1 = splitActorCode(event.source);
  const a2 = splitActorCode(event.target);
  const day = date.replace(/-/g, '');
  const row: Partial<EventRow> = {
    GLOBALEVENTID: entry.id,
    SQLDATE: day,
    MonthYear: day.slice(0, 6),
    Year: day.slice(0, 4),
    FractionDate: fractionDate(date),
    Actor1Code: event.source,
    Actor1Name: entry.names[0],
    Actor1CountryCode: a1.country,
    Actor1Type1Code: a1.types[0],
    Actor1Type2Code: a1.types[1],
    Actor1Type3Code: a1.types[2],
    Actor2Code: event.target,
    Actor2Name: entry.names[1],
    Actor2CountryCode: a2.country,
    Actor2Type1Code: a2.types[0],
    Actor2Type2Code: a2.types[1],
    Actor2Type3Code: a2.types[2],
    IsRootEvent: entry.root ? 1 : 0,
    EventCode: event.code,
    EventBaseCode: event.code.slice(0, 3),
    EventRootCode: event.code.slice(0, 2),
    QuadClass: event.quadClass,
    GoldsteinScale: event.goldstein,
    NumMentions: entry.mentions,
    NumSources: entry.sources.size,
    NumArticles: entry.articles.size,
    DATEADDED: timestamp(article.fetchedAt),
    SOURCEURL: article.url ?? article.canonicalUrl,
  };
  return GDELT_EVENT_COLUMNS.map((column) => field(row[column])).join('\t');
}

/** Writes one GDELT mention row per event per article. */
export function gdeltMentions(articles: Iterable<StoredArticle>, write: (line: string) => void): number {
  let count = 0;
  for (const article of articles) {
    const sentences = article.record.sentences ?? [];
    article.record.events.forEach((event, index) => {
      const sentence = sentences.findIndex((s) => event.start >= s.start && event.start < s.end);
      const row: MentionRow = {
        GLOBALEVENTID: article.eventIds[index] ?? '',
        EventTimeDate: `${eventDate(event, article).replace(/-/g, '')}000000`,
        MentionTimeDate: timestamp(article.fetchedAt),
        MentionType: article.url ? 1 : 6,
        MentionSourceName: article.source ?? '',
        MentionIdentifier: article.url ?? article.canonicalUrl,
        SentenceID: sentence === -1 ? '' : sentence + 1,
        Actor1CharOffset: mentionOffset(article, event.sourceEntity, event),
        Actor2CharOffset: mentionOffset(article, event.targetEntity, event),
        ActionCharOffset: event.start,
        InRawText: 1,
        Confidence: 50,
        MentionDocLen: article.record.text.length,
        MentionDocTone: '',
        MentionDocTranslationInfo: '',
        Extras: `<RULE>${event.rule}</RULE>`,
      };
      write(GDELT_MENTION_COLUMNS.map((column) => field(row[column])).join('\t'));
      count++;
    });
  }
  return count;
}

function eventDate(event: EventFact, article: StoredArticle): string {
  const date = event.date ?? article.published ?? article.fetchedAt.slice(0, 10);
  // GDELT wants a full day; a month or a year is placed on its first day.
  return /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : /^\d{4}$/.test(date) ? `${date}-01-01` : article.fetchedAt.slice(0, 10);
}

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + dayOfYear / 365).toFixed(4);
}

function timestamp(iso: string): string {
  return iso.replace(/[-:T]/g, '').slice(0, 14).padEnd(14, '0');
}

function actorName(article: StoredArticle, entityId: string | undefined): string {
  if (entityId === undefined) return '';
  return article.record.entities.find((e) => e.id === entityId)?.name.toUpperCase() ?? '';
}

function mentionOffset(article: StoredArticle, entityId: string | undefined, event: EventFact): number | string {
  if (entityId === undefined) return -1;
  const entity = article.record.entities.find((e) => e.id === entityId);
  const inEvent = entity?.mentions.find((m) => m.start >= event.start && m.end <= event.end) ?? entity?.mentions[0];
  return inEvent ? inEvent.start : -1;
}

/** GDELT's "root event": reported in the lead, the first paragraph of the body. */
function isRootEvent(article: StoredArticle, event: EventFact): boolean {
  const lead = article.record.body[0];
  return lead !== undefined && event.start >= lead.start && event.start < lead.end;
}

function field(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).replace(/[\t\r\n]+/g, ' ');
}
