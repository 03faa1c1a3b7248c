/**
 * Online story clustering: each new article joins the story whose centroid it is most similar
 * to, or starts a new one (single-pass clustering as in TDT, Allan et al. 1998), with the
 * similarity decayed by the time between the article and the story. A refinement pass then
 * moves each article to its best story now that every story is known (the "k-means after
 * single-pass" of Miranda et al. 2018's ablations), which removes most of the order effects of
 * a single pass.
 *
 * Workflow of `add`: vector of the article → candidate stories sharing one of its heaviest
 * words → cosine with each centroid × time decay → join the best at or above `threshold`, else
 * start a story. Each story's origin is its earliest dated member (or its first member when
 * none is dated).
 */
import { storyBag, type StoryFeatureOptions } from './story-features.js';
import { Centroid, tfidf, type SparseVector, type TermStats } from './vectors.js';

export interface StoryDocument {
  id: string;
  title?: string;
  text: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD or a full timestamp). */
  date?: string;
}

export interface StoryOptions {
  /** Lowest decayed cosine at which an article joins a story (default 0.25). */
  threshold?: number;
  /** Days after which the similarity to a story counts half (default 7; Infinity disables decay). */
  halfLifeDays?: number;
  /** Words of each article used to find candidate stories (default 12). */
  probeWords?: number;
  features?: StoryFeatureOptions;
}

export const STORY_DEFAULTS = { threshold: 0.25, halfLifeDays: 7, probeWords: 12 } as const;

export interface StoryAssignment {
  id: string;
  story: string;
  /** The decayed cosine with the story joined; 0 for an article that started its story. */
  score: number;
}

export interface Story {
  id: string;
  /** Member ids in the order they joined. */
  members: string[];
  /** The earliest member: the story's first known source. */
  origin: string;
  firstDate?: string;
  lastDate?: string;
}

interface Member {
  doc: StoryDocument;
  vector: SparseVector;
  time: number | null;
  story: number;
  order: number;
}

interface StoryState {
  centroid: Centroid;
  members: Set<number>;
  minTime: number | null;
  maxTime: number | null;
}

const DAY = 86_400_000;

export class StoryClusterer {
  private readonly options: Required<Omit<StoryOptions, 'features'>> & { features: StoryFeatureOptions };
  private readonly members: Member[] = [];
  private readonly byId = new Map<string, number>();
  private readonly stories: StoryState[] = [];
  /** word → stories whose centroid holds it (candidate retrieval). */
  private readonly postings = new Map<string, Set<number>>();

  constructor(
    private readonly stats: TermStats,
    options: StoryOptions = {},
  ) {
    this.options = { ...STORY_DEFAULTS, features: {}, ...options };
    if (!(this.options.threshold > 0 && this.options.threshold < 1)) {
      throw new RangeError(`threshold must be in (0, 1), got ${this.options.threshold}`);
    }
  }

  /** Adds one article and returns the story it joined or started. Throws on a repeated id. */
  add(doc: StoryDocument): StoryAssignment {
    if (this.byId.has(doc.id)) throw new RangeError(`already clustered: ${doc.id}`);
    const vector = tfidf(storyBag(doc.title ?? '', doc.text, this.options.features), this.stats);
    const index = this.members.length;
    const member: Member = { doc, vector, time: parseTime(doc.date), story: -1, order: index };
    this.members.push(member);
    this.byId.set(doc.id, index);
    const { story, score } = this.best(member, null);
    if (story >= 0 && score >= this.options.threshold) {
      this.join(index, story);
      return { id: doc.id, story: storyId(story), score };
    }
    this.join(index, this.newStory());
    return { id: doc.id, story: storyId(member.story), score: 0 };
  }

  /**
   * Moves every article to its best story given all the others (leave-one-out for its own),
   * or to a story of its own when none reaches the threshold; repeats up to `passes` times or
   * until nothing moves. Returns how many moves were made.
   */
  refine(passes = 3): number {
    let total = 0;
    for (let pass = 0; pass < passes; pass++) {
      let moved = 0;
      for (let i = 0; i < this.members.length; i++) {
        const m = this.members[i]!;
        const current = m.story;
        const { story, score } = this.best(m, current);
        let target = story >= 0 && score >= this.options.threshold ? story : -1;
        if (target === current) continue;
        if (target === -1) {
          if (this.stories[current]!.members.size === 1) continue; // already alone
          target = this.newStory();
        }
        this.leave(i);
        this.join(i, target);
        moved++;
      }
      total += moved;
      if (moved === 0) break;
    }
    return total;
  }

  /** The story of `id`, or null when it was never added. */
  storyOf(id: string): string | null {
    const i = this.byId.get(id);
    return i === undefined ? null : storyId(this.members[i]!.story);
  }

  /** Every non-empty story, members in arrival order, origin first-dated. */
  list(): Story[] {
    const out: Story[] = [];
    this.stories.forEach((s, k) => {
      if (s.members.size === 0) return;
      const ms = [...s.members].sort((a, b) => a - b).map((i) => this.members[i]!);
      const origin = ms.reduce((best, m) => (earlier(m, best) ? m : best));
      const story: Story = { id: storyId(k), members: ms.map((m) => m.doc.id), origin: origin.doc.id };
      if (s.minTime !== null) story.firstDate = new Date(s.minTime).toISOString().slice(0, 10);
      if (s.maxTime !== null) story.lastDate = new Date(s.maxTime).toISOString().slice(0, 10);
      out.push(story);
    });
    return out;
  }

  private best(m: Member, own: number | null): { story: number; score: number } {
    const candidates = new Set<number>();
    if (own !== null) candidates.add(own);
    const probe = [...m.vector].sort((a, b) => b[1] - a[1]).slice(0, this.options.probeWords);
    for (const [word] of probe) for (const s of this.postings.get(word) ?? []) candidates.add(s);
    let story = -1;
    let score = 0;
    for (const k of [...candidates].sort((a, b) => a - b)) {
      const state = this.stories[k]!;
      if (state.members.size === 0 || (k === own && state.members.size === 1)) continue;
      const cos = k === own ? state.centroid.cosine(m.vector, m.vector) : state.centroid.cosine(m.vector);
      const s = cos * this.decay(m.time, state);
      if (s > score) {
        score = s;
        story = k;
      }
    }
    return { story, score };
  }

  private decay(time: number | null, s: StoryState): number {
    if (time === null || s.minTime === null || s.maxTime === null || !Number.isFinite(this.options.halfLifeDays)) return 1;
    const gap = time < s.minTime ? s.minTime - time : time > s.maxTime ? time - s.maxTime : 0;
    return Math.pow(0.5, gap / DAY / this.options.halfLifeDays);
  }

  private newStory(): number {
    this.stories.push({ centroid: new Centroid(), members: new Set(), minTime: null, maxTime: null });
    return this.stories.length - 1;
  }

  private join(i: number, k: number): void {
    const m = this.members[i]!;
    const s = this.stories[k]!;
    m.story = k;
    s.members.add(i);
    s.centroid.add(m.vector);
    for (const word of m.vector.keys()) {
      let set = this.postings.get(word);
      if (!set) this.postings.set(word, (set = new Set()));
      set.add(k);
    }
    if (m.time !== null) {
      s.minTime = s.minTime === null ? m.time : Math.min(s.minTime, m.time);
      s.maxTime = s.maxTime === null ? m.time : Math.max(s.maxTime, m.time);
    }
  }

  private leave(i: number): void {
    const m = this.members[i]!;
    const s = this.stories[m.story]!;
    s.members.delete(i);
    s.centroid.add(m.vector, -1);
    // Postings may keep a stale story; `best` re-scores every candidate, so that costs time only.
    let min: number | null = null;
    let max: number | null = null;
    for (const j of s.members) {
      const t = this.members[j]!.time;
      if (t === null) continue;
      min = min === null ? t : Math.min(min, t);
      max = max === null ? t : Math.max(max, t);
    }
    s.minTime = min;
    s.maxTime = max;
  }
}

function storyId(k: number): string {
  return `story-${k + 1}`;
}

/** Milliseconds since the epoch of an ISO date, or null when absent or unreadable. */
export function parseTime(date: string | undefined): number | null {
  if (!date) return null;
  const t = Date.parse(date);
  return Number.isNaN(t) ? null : t;
}

function earlier(a: Member, b: Member): boolean {
  if (a.time !== null && b.time !== null && a.time !== b.time) return a.time < b.time;
  if (a.time !== null && b.time === null) return true;
  if (a.time === null && b.time !== null) return false;
  return a.order < b.order;
}
