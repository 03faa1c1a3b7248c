/**
 * A mention found in the text before mentions are grouped into entities: where it is, what it
 * names (type, key) and what it says about the entity (country, role, kind, gender).
 */
import type { EntityType } from '../../types.js';

/** How a mention refers: by name ("Vladimir Putin"), by description ("the Russian leader"), by pronoun. */
export type MentionForm = 'name' | 'nominal' | 'pronoun';

export interface RawMention {
  start: number;
  end: number;
  /** Start and end of the name proper inside the mention ("Vladimir Putin" in "Kremlin leader Vladimir Putin"). */
  nameStart: number;
  nameEnd: number;
  type: EntityType;
  form: MentionForm;
  rule: string;
  /** The entity this mention belongs to, when known at recognition time (`RUS`, `reuters`, `person:putin`). */
  key: string;
  /** Display name for the entity. */
  name: string;
  country?: string;
  role?: string;
  kind?: string;
  gender?: 'm' | 'f';
  /** Sentence index, for recency in coreference. */
  sentence: number;
  /** Tokens of a person's name, for surname matching. */
  nameTokens?: string[];
  /** True when the type is a guess without evidence (an unknown capitalised name). */
  weak?: boolean;
}
