/**
 * The words a story is recognised by: every folded word of the title and the text, the title
 * and the lead counted twice (news puts the who, what and where first, and two reports of
 * different events of the same kind differ most there: names, places, dates).
 *
 * Input: title and text. Output: word → weighted count. Words of one letter are dropped;
 * numbers are kept (years and tolls tell events apart).
 */
import { words } from './tokens.js';

export interface StoryFeatureOptions {
  /** Weight of title words (default 2). */
  titleWeight?: number;
  /** Weight of the first `leadWords` words of the text (default 2 over 50 words). */
  leadWeight?: number;
  leadWords?: number;
}

export const STORY_FEATURE_DEFAULTS: Required<StoryFeatureOptions> = { titleWeight: 2, leadWeight: 2, leadWords: 50 };

export function storyBag(title: string, text: string, options: StoryFeatureOptions = {}): Map<string, number> {
  const { titleWeight, leadWeight, leadWords } = { ...STORY_FEATURE_DEFAULTS, ...options };
  const bag = new Map<string, number>();
  const add = (w: string, weight: number) => {
    if (w.length < 2 && !/\d/.test(w)) return;
    bag.set(w, (bag.get(w) ?? 0) + weight);
  };
  for (const w of words(title)) add(w, titleWeight);
  const body = words(text);
  for (let i = 0; i < body.length; i++) add(body[i]!, i < leadWords ? leadWeight : 1);
  return bag;
}
