/**
 * Loads the plain-text boilerplate rules (`data/lexicon/boilerplate.json`) and compiles them once.
 * The rules are data, authored by the project; this file only knows their shape.
 */
import { readFileSync } from 'node:fs';
import type { BoilerplateKind } from '../types.js';

export interface BoilerplateRuleSpec {
  id: string;
  kind: BoilerplateKind;
  pattern: string;
  /** `block`: the block must start with the pattern; `sentence`: any sentence of the block may. */
  anchor: 'block' | 'sentence';
  /** The longest block the rule may claim whole. */
  maxChars: number;
  /** Cut a longer block where the match starts a sentence, when the rest is at most `maxChars`. */
  split: boolean;
  /** The match must reach the end of the block (or of the split-off tail). */
  whole?: boolean;
  /** Only the first block or the last two blocks of the text qualify. */
  edgeOnly?: boolean;
}

export interface BoilerplateRule extends Omit<BoilerplateRuleSpec, 'pattern'> {
  /** Sticky, case-insensitive, with indices: `lastIndex` is set to a sentence start before `exec`. */
  regex: RegExp;
}

/** Name parts shared by the rules: a capitalised word, dotted initials and hyphens allowed. */
const NAME_TOKEN = "\\p{Lu}[\\p{L}'’-]*\\.?";
const OUTLET_TOKEN = "\\p{Lu}[\\p{L}\\d&'’-]*(?:\\.\\p{L}[\\p{L}\\d-]*)*";
const PLACEHOLDERS: Record<string, string> = {
  '{NAME}': `${NAME_TOKEN}(?: ${NAME_TOKEN}){0,3}`,
  '{NAME2}': `${NAME_TOKEN}(?: ${NAME_TOKEN}){1,3}`,
  '{NAMES}': `${NAME_TOKEN}(?:\\s+(?:${NAME_TOKEN}|de|van|von|da|di|del|la|le|bin|al-?)){0,4}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+и\\s+|\\s+і\\s+)${NAME_TOKEN}(?:\\s+${NAME_TOKEN}){0,3})*`,
  '{OUTLET}': `${OUTLET_TOKEN}(?: (?:of |de |the )?${OUTLET_TOKEN}){0,4}`,
};

export function compileBoilerplateRules(specs: readonly BoilerplateRuleSpec[]): BoilerplateRule[] {
  return specs.map(({ pattern, ...rest }) => {
    let source = pattern;
    for (const [name, value] of Object.entries(PLACEHOLDERS)) source = source.split(name).join(value);
    return { ...rest, regex: new RegExp(source, 'iuyd') };
  });
}

let cached: BoilerplateRule[] | undefined;

/** The project's rules, compiled on first use. The cache holds immutable data only. */
export function boilerplateRules(): readonly BoilerplateRule[] {
  if (cached === undefined) {
    const file = new URL('../../data/lexicon/boilerplate.json', import.meta.url);
    const data = JSON.parse(readFileSync(file, 'utf8')) as { rules: BoilerplateRuleSpec[] };
    cached = compileBoilerplateRules(data.rules);
  }
  return cached;
}
