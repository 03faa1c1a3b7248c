/**
 * Verb forms from a base form: "attack" → attacks, attacked, attacking. Regular English rules
 * plus an irregular table (`data/events/verbs.json` → `irregular`). Both spellings are produced
 * where a final consonant may double ("ban" → banned, "visit" → visited), because an extra form
 * that never occurs costs nothing.
 */

export interface Inflection {
  word: string;
  participle: boolean;
  gerund: boolean;
}

/** Every form of `base` (itself included); `irregular` maps a base to its past forms. */
export function inflect(base: string, irregular: ReadonlyMap<string, readonly string[]>): Inflection[] {
  const out = new Map<string, Inflection>();
  const add = (word: string, participle: boolean, gerund: boolean): void => {
    const seen = out.get(word);
    if (seen) {
      seen.participle ||= participle;
      seen.gerund ||= gerund;
    } else out.set(word, { word, participle, gerund });
  };
  add(base, false, false);
  const w = base;
  // Third person.
  if (/(?:s|sh|ch|x|z|o)$/.test(w)) add(w + 'es', false, false);
  else if (/[^aeiou]y$/.test(w)) add(w.slice(0, -1) + 'ies', false, false);
  else add(w + 's', false, false);
  const past = irregular.get(w);
  if (past) for (const p of past) add(p, true, false);
  else if (w.endsWith('e')) add(w + 'd', true, false);
  else if (/[^aeiou]y$/.test(w)) add(w.slice(0, -1) + 'ied', true, false);
  else {
    add(w + 'ed', true, false);
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) add(w + w.slice(-1) + 'ed', true, false);
  }
  // Present participle.
  if (/[^e]e$/.test(w) && !w.endsWith('ee')) add(w.slice(0, -1) + 'ing', false, true);
  else if (w.endsWith('ie')) add(w.slice(0, -2) + 'ying', false, true);
  else {
    add(w + 'ing', false, true);
    if (/[^aeiou][aeiou][bdgklmnprt]$/.test(w)) add(w + w.slice(-1) + 'ing', false, true);
  }
  // Words already inflected in a dictionary ("killed", "met") are participles themselves.
  if (/(?:ed|en)$/.test(w) || [...irregular.values()].some((forms) => forms.includes(w))) out.get(w)!.participle = true;
  return [...out.values()];
}
