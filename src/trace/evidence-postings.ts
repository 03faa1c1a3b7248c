/**
 * Cross-lingual candidates for the online indexer, found through the evidence postings: an
 * article's most identifying language-independent features (`evidence.ts`) are posted in the
 * store, and a new article looks up the stored articles of other languages, within the time
 * window, that hold at least two of its own. This is how a Polish retelling that names no source
 * and copies no text meets the English report it retells: their words differ, so neither the
 * band keys nor the story postings can bring them together.
 *
 * The lookup only proposes candidates; `compareEvidence` (through the provenance graph) decides
 * whether a candidate is the same story, at its unchanged threshold.
 */
import type { TraceIndex } from '../store/trace-index.js';
import { CROSSLINGUAL_DEFAULTS, knownLanguage, namesStory, type EvidenceProfile } from './crosslingual.js';
import type { EvidenceKind } from './evidence.js';

export interface EvidencePostingOptions {
  /** Most features posted per article (default 16): the postings stay a small multiple of the articles. */
  posted?: number;
  /** Most features looked up per article (default 32): each lookup is one range of the key. */
  probed?: number;
  /**
   * Articles of the time window holding a feature at which it stops identifying a story
   * (default 30): it is neither posted nor looked up, so no posting list grows past about this.
   */
  common?: number;
  /** Fewest shared features for a candidate (default 2): one shared name or date is a coincidence. */
  minShared?: number;
  /** Most candidates returned (default 10). */
  limit?: number;
}

export const EVIDENCE_POSTING_DEFAULTS: Required<EvidencePostingOptions> = { posted: 16, probed: 32, common: 30, minShared: 2, limit: 10 };

export interface EvidenceLookup {
  articleId: number;
  /** ISO 639-1; an article of unknown language ('und', null) is neither posted nor looked up. */
  lang: string | null | undefined;
  timeMs: number;
  /** Half the width of the time window (the indexer's). */
  windowMs: number;
}

/**
 * Posts the article's identifying features and returns the ids of stored articles in other
 * languages that share at least `minShared` of them, most shared first. Empty (and nothing
 * posted) for an article of unknown language, which cross-lingual matching never compares.
 */
export function postAndFindEvidence(t: TraceIndex, profile: EvidenceProfile, at: EvidenceLookup, options: EvidencePostingOptions = {}): number[] {
  const o = { ...EVIDENCE_POSTING_DEFAULTS, ...options };
  const plan = planEvidence(t, profile, at, o);
  if (!plan) return [];
  // Look up before posting: the article's own rows would only be filtered out again.
  const found = t.evidenceMatches({ features: plan.probe, lang: at.lang!, articleId: at.articleId, fromMs: plan.fromMs, toMs: plan.toMs, atMs: at.timeMs, minShared: o.minShared, limit: o.limit });
  t.putEvidence(at.articleId, at.timeMs, plan.post);
  return found.map((m) => m.articleId);
}

/** Posts the article's identifying features without looking anything up (an archive's backfill). */
export function postEvidence(t: TraceIndex, profile: EvidenceProfile, at: EvidenceLookup, options: EvidencePostingOptions = {}): void {
  const plan = planEvidence(t, profile, at, { ...EVIDENCE_POSTING_DEFAULTS, ...options });
  if (plan) t.putEvidence(at.articleId, at.timeMs, plan.post);
}

/** The time window and the features to post and to look up; null when there is nothing to do. */
function planEvidence(t: TraceIndex, profile: EvidenceProfile, at: EvidenceLookup, o: Required<EvidencePostingOptions>): { fromMs: number; toMs: number; post: string[]; probe: string[] } | null {
  if (!knownLanguage(at.lang)) return null;
  const features = identifyingFeatures(profile);
  if (features.size === 0) return null;
  const fromMs = at.timeMs - at.windowMs;
  const toMs = at.timeMs + at.windowMs;
  const counts = t.evidenceCounts([...features.keys()], fromMs, toMs, o.common);
  return { fromMs, toMs, ...chooseFeatures(features, counts, o) };
}

/**
 * The identifying features of a profile (those that name a story: people and places by id, names,
 * numbers, dates, URLs; not countries, stems or concepts, which many stories share) with their
 * salience: the count in the article (title words count extra) times the weight of the kind in
 * the cross-lingual score (a number or a date matches by chance less often than a name).
 */
export function identifyingFeatures(profile: EvidenceProfile): Map<string, number> {
  const out = new Map<string, number>();
  for (const [feature, count] of profile.bag) {
    if (!namesStory(feature) || count <= 0) continue;
    const kind = feature.slice(0, feature.indexOf(':')) as EvidenceKind;
    out.set(feature, count * (CROSSLINGUAL_DEFAULTS.weights[kind] ?? 1));
  }
  return out;
}

/**
 * Which features to post and which to look up, rarest in the time window first. Rarity is
 * tempered by salience (salience / (1 + count)): the article's first report of a story holds many
 * features no one else has yet, and of those the ones it repeats or puts in its title are the
 * ones a retelling will carry. Only features some article already holds are looked up (the others
 * can match nothing); a feature at the `common` cap is neither.
 */
export function chooseFeatures(features: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>, options: Required<EvidencePostingOptions>): { post: string[]; probe: string[] } {
  const ranked = [...features]
    .map(([feature, salience]) => ({ feature, count: counts.get(feature) ?? 0, rank: salience / (1 + (counts.get(feature) ?? 0)) }))
    .filter((f) => f.count < options.common)
    .sort((a, b) => b.rank - a.rank || a.count - b.count || (a.feature < b.feature ? -1 : a.feature > b.feature ? 1 : 0));
  return {
    post: ranked.slice(0, options.posted).map((f) => f.feature),
    probe: ranked.filter((f) => f.count > 0).slice(0, options.probed).map((f) => f.feature),
  };
}
