/**
 * The event coder: one sentence in, actor → action → target events out.
 *
 * Workflow for a sentence: tokens → discard check → verbs (forms of the verb lexicon that are not
 * nouns here) → actor groups → for each verb, in order: its auxiliaries (negation, modality,
 * passive voice), a control verb before "to" ("threatened to attack" → threaten), the best pattern
 * of its block, then the source (pattern, "by" agent of a passive, the subject of a coordinated
 * verb, else the nearest actor before it) and the target (pattern, else the first actor after it)
 * → one event per source member × target member (a compound actor gives several events).
 */
import { tokenize, type Token } from './tokens.js';
import { findActors, type ActorGroup, type ActorRef, type EntityPiece } from './actors.js';
import { bestPattern } from './patterns.js';
import type { EventLexicon, VerbForm } from './lexicon.js';
import type { ControlKind, Grammar } from './grammar.js';
import { adjustForControl, adjustForNegation, THREAT_OF_FORCE } from './modality.js';

export interface CodedEvent {
  source: ActorRef;
  /** null when the event has no target (a protest, a one-sided statement). */
  target: ActorRef | null;
  code: string;
  /** Rule id: `events/<lexicon>/<VERB>[/pattern n][/modality]`. */
  rule: string;
  /** The verb (or event noun) as written: character offsets. */
  trigger: { start: number; end: number };
}

export interface SentenceCoding {
  events: CodedEvent[];
  /** `story` when the text belongs to a discarded kind of story (sports…), `sentence` for one sentence. */
  discard: 'story' | 'sentence' | null;
}

export interface CodeOptions {
  /** Story date YYYY-MM-DD: picks date-restricted actor codes. */
  date?: string;
  /** Emit events without a target (PLOVER allows them); by default only protests and moves of force may lack one. */
  allowNoTarget?: boolean;
  /** Code the main event of a sentence even when its actor is not in the lexicon (source `---`). */
  allowUnknownSource?: boolean;
  /** Entity mentions of this sentence, in character offsets of the text given. */
  entities?: readonly { start: number; end: number; code: string; country: boolean; entityId: string }[];
}

/** What "X said Y must …" is: a demand. */
const OBLIGATION_CODE = '100';

/** Roots of violence: "killed in X" makes X the actor when nothing else does. */
const VIOLENT_ROOTS = new Set(['18', '19', '20', '22']);

/** Roots whose events may lack a target even for CAMEO: protest, show of force. */
const NO_TARGET_ROOTS = new Set(['14', '15']);
/** Roots where "X and Y <verb>" with no target means they did it with each other. */
const RECIPROCAL_ROOTS = new Set(['03', '04', '05', '06', '19']);

interface VerbHit {
  start: number;
  end: number;
  form: VerbForm;
}

/** Codes one sentence (`text` is the sentence; `offset` is added to every span). */
export function codeSentence(text: string, lexicon: EventLexicon, grammar: Grammar, options: CodeOptions = {}, offset = 0): SentenceCoding {
  const tokens = tokenize(text, offset);
  const discard = findDiscard(tokens, lexicon);
  if (discard !== null) return { events: [], discard };

  const verbs = findVerbs(tokens, lexicon, grammar);
  const verbStarts = new Set(verbs.map((v) => v.start));
  const entityPieces = toEntityPieces(tokens, options.entities ?? []);
  const groups = findActors(tokens, lexicon, {
    ...(options.date !== undefined ? { date: options.date } : {}),
    entities: entityPieces,
    isVerbAt: (i) => verbStarts.has(i),
    firstVerb: verbs[0]?.start ?? Infinity,
  });
  const inActor = (i: number): boolean => groups.some((g) => i >= g.start && i < g.end);
  const liveVerbs: VerbHit[] = [];
  for (const v of verbs) {
    if (inActor(v.start)) continue;
    // Right after another verb the word is its object ("accepted demands"), unless that verb is
    // an auxiliary ("has criticized").
    const last = liveVerbs[liveVerbs.length - 1];
    const lastWord = last ? tokens[last.end - 1]!.norm : '';
    if (last && last.end === v.start && !grammar.auxiliaries.has(lastWord) && !grammar.be.has(lastWord)) continue;
    liveVerbs.push(v);
  }

  const events: CodedEvent[] = [];
  const coded = new Map<number, { source: ActorGroup; target: ActorGroup | null }>();
  const subjects = new Map<number, ActorGroup | null>();
  for (let k = 0; k < liveVerbs.length; k++) {
    const verb = liveVerbs[k]!;
    const aux = readAuxiliaries(tokens, verb.start, grammar);
    let control: { kind: ControlKind; at: number } | null = null;
    if (aux.infinitive) {
      control = findControl(tokens, aux.from, grammar);
      // "met to discuss", "efforts to counter": a purpose clause, not an event of its own.
      if (control === null) continue;
    }
    // A control verb whose complement follows ("threatened to attack") is coded with it.
    const next = liveVerbs[k + 1];
    if (next && isControlOf(tokens, verb, next, grammar)) continue;
    // The auxiliaries of the verb group as a whole: those of the control verb when there is one.
    const head = control ? readAuxiliaries(tokens, control.at, grammar) : aux;
    const groupStart = control ? head.from : aux.from;
    // One main event per clause: a later verb is an event only when coordinated with the first
    // ("condemned … and promised …"); otherwise it is a complement, relative or adverbial clause.
    if (events.length > 0 && !isCoordinated(tokens, groupStart, groups, grammar)) continue;

    const clauseFrom = clauseStart(tokens, groupStart, grammar);
    const clauseTo = clauseEnd(tokens, verb.end, liveVerbs.slice(k + 1), grammar);
    // Patterns may read past the next verb ("asking + to help"); targets may not.
    const match = bestPattern(verb.form.verb.patterns, verb.start, verb.end, {
      tokens,
      groups,
      synsets: lexicon.synsets,
      from: clauseFrom,
      to: clauseEnd(tokens, verb.end, [], grammar, groups),
    });
    const subject = coordinatedSubject(tokens, groupStart, liveVerbs, subjects) ?? nearestBefore(groups, groupStart, clauseFrom);
    subjects.set(verb.start, subject);
    let code = match ? match.pattern.code : (verb.form.code ?? verb.form.verb.code);
    if (code === null || code === '---' || code === '') continue;
    let rule = `events/${lexicon.name}/${verb.form.verb.id}` + (match ? `/${match.pattern.id}` : '');

    // Passive: "was attacked by", or a reduced relative "victims killed by", "soldiers killed in".
    const reduced = verb.form.participle && aux.from === verb.start && (tokens[verb.end]?.norm === 'by' || thereBe(tokens, groups, verb.start, grammar));
    const passive = verb.form.participle && (aux.be || reduced) && !match?.source && !aux.perfect;
    let source: ActorGroup | null = match?.source ?? null;
    let target: ActorGroup | null = match?.target ?? null;
    if (passive) {
      const by = byAgent(tokens, verb.end, groups, clauseTo);
      if (!source && by) source = by;
      // With no "by" agent, the actor where violence happened stands in ("soldiers killed in Ukraine").
      if (!source && VIOLENT_ROOTS.has(code.slice(0, 2))) source = placeAfter(tokens, verb.end, groups, clauseTo);
      if (!target) target = passiveSubject(tokens, groups, aux.from, clauseFrom);
      rule += '/passive';
    } else {
      if (!source) source = subject;
      // "received assurances from $": the pattern named the source, so the subject is the target.
      else if (!target && subject !== source) target = subject;
      if (!target) target = firstAfter(groups, verb.end, clauseTo, source);
    }

    const negationDone = match?.negationInPattern === true;
    if (control) {
      // "did not agree to meet": a negated control verb refuses what it governs.
      const kind = head.negated ? 'refuse' : control.kind;
      const adjusted = adjustForControl(code, kind);
      if (adjusted === null) continue;
      if (adjusted !== code) rule += `/${kind}`;
      code = adjusted;
    } else if (aux.negated && !negationDone) {
      const adjusted = adjustForNegation(code);
      if (adjusted === null) continue;
      rule += '/negated';
      code = adjusted;
    } else if (aux.obligation && !passive) {
      // "Russia said Sudan must return the helicopter": Russia demands of Sudan.
      const speaker = source ? nearestBefore(groups, source.start, 0) : null;
      if (!speaker || !source) continue;
      target = source;
      source = speaker;
      code = OBLIGATION_CODE;
      rule += '/obligation';
    } else if (aux.future && !match) {
      // "will send aid" announces an intent; "would boycott" is a threat.
      const adjusted = adjustForControl(code, 'threat');
      if (adjusted !== null && adjusted !== code) {
        rule += '/future';
        code = adjusted;
      }
    }
    if (aux.speculative && !match) continue;
    if (!source) {
      if (!options.allowUnknownSource || events.length > 0) continue;
      source = unknownActor(tokens, verb);
      rule += '/unknown-source';
    }
    coded.set(verb.start, { source, target });

    const trigger = { start: tokens[verb.start]!.start, end: tokens[verb.end - 1]!.end };
    const compoundRequired = match?.pattern.pre.some((i) => i.kind === 'compound') ?? false;
    events.push(...expand(source, target, code, rule, trigger, { allowNoTarget: options.allowNoTarget === true, compoundRequired }));
  }
  events.push(...nominalEvents(tokens, groups, lexicon, coded));
  return { events: dedupe(events), discard: null };
}

function findDiscard(tokens: readonly Token[], lexicon: EventLexicon): 'story' | 'sentence' | null {
  if (lexicon.discards.size === 0) return null;
  let found: 'story' | 'sentence' | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const m = lexicon.discards.match(tokens, i);
    if (m === null) continue;
    if (m.entry.story) return 'story';
    found = 'sentence';
  }
  return found;
}

function findVerbs(tokens: readonly Token[], lexicon: EventLexicon, grammar: Grammar): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = lexicon.verbs.match(tokens, i);
    if (m === null) {
      i++;
      continue;
    }
    const prev = tokens[i - 1]?.norm;
    // After a determiner, possessive or preposition the word is a noun ("an attack", "its visit").
    const nounHere =
      prev !== undefined &&
      ((grammar.nounSignals.has(prev) && prev !== 'to') || /\d/.test(prev) || (m.entry.base === true && !canPrecedeBaseVerb(tokens, i, lexicon, grammar)));
    // A gerund after a preposition ("for helping") is not a reported event either.
    if (!nounHere && !(m.entry.gerund && !isProgressive(tokens, i, grammar))) hits.push({ start: i, end: m.end, form: m.entry });
    i = m.end;
  }
  return hits;
}

/** Words after which a base form ("attack", "aid") is a verb, not a noun ("food aid"). */
const BEFORE_BASE_VERB = new Set(['they', 'we', 'i', 'you', 'who', 'which', 'that', 'and', 'or', 'but', 'both', 'jointly', 'together']);

function canPrecedeBaseVerb(tokens: readonly Token[], i: number, lexicon: EventLexicon, grammar: Grammar): boolean {
  const prev = tokens[i - 1]!.norm;
  if (grammar.auxiliaries.has(prev) || grammar.be.has(prev) || grammar.negations.has(prev) || BEFORE_BASE_VERB.has(prev)) return true;
  if (grammar.control.has(prev) || prev.endsWith('ly')) return true;
  // The end of an actor or role ("The rebels attack", "Gondor and Rohan meet").
  for (let j = Math.max(0, i - 4); j < i; j++) {
    const a = lexicon.actors.match(tokens, j);
    const g = lexicon.agents.match(tokens, j);
    if ((a && a.end === i) || (g && g.end === i)) return true;
  }
  return false;
}

function isProgressive(tokens: readonly Token[], i: number, grammar: Grammar): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    const w = tokens[j]!.norm;
    if (grammar.be.has(w)) return true;
    if (!grammar.auxiliaries.has(w) && !w.endsWith('ly')) return false;
  }
  return false;
}

interface Auxiliaries {
  /** First token of the verb group (auxiliaries included). */
  from: number;
  negated: boolean;
  future: boolean;
  obligation: boolean;
  /** "has attacked": a participle after have is active. */
  perfect: boolean;
  speculative: boolean;
  be: boolean;
  infinitive: boolean;
}

function readAuxiliaries(tokens: readonly Token[], verbStart: number, grammar: Grammar): Auxiliaries {
  const aux: Auxiliaries = { from: verbStart, negated: false, future: false, obligation: false, speculative: false, be: false, perfect: false, infinitive: false };
  for (let j = verbStart - 1; j >= 0; j--) {
    const w = tokens[j]!.norm;
    const isAux = grammar.auxiliaries.has(w) || grammar.be.has(w) || (w.endsWith('ly') && w.length > 4);
    if (!isAux) break;
    if (w === 'to') {
      if (j === verbStart - 1 || aux.from === j + 1) aux.infinitive = true;
      aux.from = j;
      break;
    }
    if (grammar.negations.has(w)) aux.negated = true;
    if (grammar.speculative.has(w)) aux.speculative = true;
    if (grammar.future.has(w)) aux.future = true;
    if (grammar.obligation.has(w)) aux.obligation = true;
    if (grammar.be.has(w)) aux.be = true;
    if ((w === 'has' || w === 'have' || w === 'had' || w === 'having') && !aux.be) aux.perfect = true;
    aux.from = j;
  }
  if (tokens[aux.from - 1]?.norm === 'no' && tokens[aux.from]?.norm === 'longer') aux.negated = true;
  return aux;
}

/** The control word before an infinitive ("threatened [to]", "is willing [to]"), or null. */
function findControl(tokens: readonly Token[], toIndex: number, grammar: Grammar): { kind: ControlKind; at: number } | null {
  // toIndex points at "to"; the control word precedes it, possibly after an object pronoun.
  for (let j = toIndex - 1; j >= 0 && j >= toIndex - 2; j--) {
    const kind = grammar.control.get(tokens[j]!.norm);
    if (kind !== undefined) return { kind, at: j };
    if (!['it', 'them', 'him', 'her', 'itself', 'themselves'].includes(tokens[j]!.norm)) break;
  }
  return null;
}

function isControlOf(tokens: readonly Token[], verb: VerbHit, next: VerbHit, grammar: Grammar): boolean {
  if (!grammar.control.has(tokens[verb.start]!.norm)) return false;
  const between = tokens.slice(verb.end, next.start).map((t) => t.norm);
  return between.length >= 1 && between.length <= 3 && between[between.length - 1] === 'to' && between.every((w) => w === 'to' || ['it', 'them', 'not'].includes(w));
}

/**
 * True when the verb group starting at `from` is coordinated with an earlier one: "and"/"but"
 * right before it ("… and promised aid"), or before its own subject ("… and Hamas fired").
 */
function isCoordinated(tokens: readonly Token[], from: number, groups: readonly ActorGroup[], grammar: Grammar): boolean {
  const before = (i: number): string => {
    let j = i - 1;
    while (j >= 0 && tokens[j]!.norm === ',') j--;
    return tokens[j]?.norm ?? '';
  };
  if (grammar.coordinators.has(before(from))) return true;
  const subject = groups.find((g) => g.end === from);
  return subject !== undefined && grammar.coordinators.has(before(subject.start));
}

/** A placeholder actor for a main event whose actor the lexicon does not know. */
function unknownActor(tokens: readonly Token[], verb: VerbHit): ActorGroup {
  const at = tokens[verb.start]!.start;
  return { start: verb.start, end: verb.start, members: [{ code: '---', start: at, end: at }], unitStarts: [verb.start], bare: true };
}

function clauseStart(tokens: readonly Token[], from: number, grammar: Grammar): number {
  for (let j = from - 1; j >= 0; j--) if (grammar.clauseBreaks.has(tokens[j]!.norm)) return j + 1;
  return 0;
}

function clauseEnd(tokens: readonly Token[], after: number, laterVerbs: readonly VerbHit[], grammar: Grammar, groups: readonly ActorGroup[] = []): number {
  let end = tokens.length;
  for (let j = after; j < tokens.length; j++) {
    const w = tokens[j]!.norm;
    // ", Kim Jong-un, with …": a comma before an appositive actor does not end the clause.
    if (w === ',') {
      const appositive = groups.find((g) => g.start === j + 1 && tokens[g.end]?.norm === ',');
      if (appositive) {
        j = appositive.end;
        continue;
      }
    }
    if (grammar.clauseBreaks.has(w) || w === ',' || w === 'said' || w === 'says' || grammar.relatives.has(w)) {
      end = j;
      break;
    }
  }
  const nextVerb = laterVerbs.find((v) => v.start >= after && v.start < end);
  return nextVerb ? nextVerb.start : end;
}

/** The nearest actor group ending before `before`, within the clause. */
function nearestBefore(groups: readonly ActorGroup[], before: number, from: number): ActorGroup | null {
  let best: ActorGroup | null = null;
  for (const g of groups) if (g.end <= before && g.start >= from && (best === null || g.end > best.end)) best = g;
  return best;
}

function firstAfter(groups: readonly ActorGroup[], after: number, to: number, source: ActorGroup | null): ActorGroup | null {
  for (const g of groups) {
    if (g.start < after || g.start >= to) continue;
    if (source && g === source) continue;
    // A bare role after the verb ("arrested students") is a target only with a country elsewhere.
    return g;
  }
  return null;
}

/** "There were 10 Russian soldiers killed": an actor right before the participle, "there be" before it. */
function thereBe(tokens: readonly Token[], groups: readonly ActorGroup[], verbStart: number, grammar: Grammar): boolean {
  const g = groups.find((x) => x.end === verbStart);
  if (!g) return false;
  let j = g.start - 1;
  while (j >= 0 && /^\d|^[a-z]+$/.test(tokens[j]!.norm) && !grammar.be.has(tokens[j]!.norm) && g.start - j <= 3) j--;
  return j >= 1 && grammar.be.has(tokens[j]!.norm) && tokens[j - 1]!.norm === 'there';
}

/** The subject of a passive: the actor right before the verb group, or before its head noun ("the Russian building"). */
function passiveSubject(tokens: readonly Token[], groups: readonly ActorGroup[], from: number, clauseFrom: number): ActorGroup | null {
  const g = nearestBefore(groups, from, clauseFrom);
  if (!g) return null;
  const gap = tokens.slice(g.end, from);
  return gap.length <= 2 && gap.every((t) => /^[a-z]+$/.test(t.norm) && t.norm !== 'and') ? g : null;
}

/** The actor of an "in X" phrase after the verb, or null. */
function placeAfter(tokens: readonly Token[], after: number, groups: readonly ActorGroup[], to: number): ActorGroup | null {
  for (let j = after; j < Math.min(to, after + 3); j++) {
    if (tokens[j]!.norm !== 'in') continue;
    return groups.find((g) => g.start > j && g.start <= j + 2) ?? null;
  }
  return null;
}

function byAgent(tokens: readonly Token[], after: number, groups: readonly ActorGroup[], to: number): ActorGroup | null {
  for (let j = after; j < Math.min(to, after + 4); j++) {
    if (tokens[j]!.norm !== 'by') continue;
    return groups.find((g) => g.start > j && g.start <= j + 3) ?? null;
  }
  return null;
}

/** "X condemned … and promised …": the second verb shares the first one's subject. */
function coordinatedSubject(
  tokens: readonly Token[],
  from: number,
  verbs: readonly VerbHit[],
  subjects: ReadonlyMap<number, ActorGroup | null>,
): ActorGroup | null {
  const prev = tokens[from - 1]?.norm;
  if (prev !== 'and' && prev !== 'but') return null;
  let last: ActorGroup | null = null;
  for (const v of verbs) {
    if (v.start >= from) break;
    const s = subjects.get(v.start);
    if (s) last = s;
  }
  return last;
}

function expand(
  source: ActorGroup,
  target: ActorGroup | null,
  code: string,
  rule: string,
  trigger: { start: number; end: number },
  options: { allowNoTarget: boolean; compoundRequired: boolean },
): CodedEvent[] {
  const [forward, backward] = code.split(':');
  const out: CodedEvent[] = [];
  const root = forward!.slice(0, 2);
  if (target === null) {
    if (source.members.length > 1 && (RECIPROCAL_ROOTS.has(root) || options.compoundRequired || backward !== undefined)) {
      for (const a of source.members) for (const b of source.members) if (a !== b) out.push({ source: a, target: b, code: forward!, rule: rule + '/reciprocal', trigger });
      return out;
    }
    if (!options.allowNoTarget && !NO_TARGET_ROOTS.has(root)) return out;
    for (const a of source.members) out.push({ source: a, target: null, code: forward!, rule, trigger });
    return out;
  }
  for (const a of source.members) {
    for (const b of target.members) {
      out.push({ source: a, target: b, code: forward!, rule, trigger });
      if (backward !== undefined && backward !== '' && backward !== '---') out.push({ source: b, target: a, code: backward, rule, trigger });
    }
  }
  return out;
}

/** "Russia's attack on Ukraine": an event noun between a possessive actor and "on/against" + actor. */
function nominalEvents(
  tokens: readonly Token[],
  groups: readonly ActorGroup[],
  lexicon: EventLexicon,
  coded: ReadonlyMap<number, unknown>,
): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const g of groups) {
    if (tokens[g.end]?.norm !== "'s") continue;
    let i = g.end + 1;
    const m = lexicon.nouns.match(tokens, i);
    if (m === null || coded.has(i)) continue;
    i = m.end;
    if (!['on', 'against', 'of', 'in', 'into'].includes(tokens[i]?.norm ?? '')) continue;
    const target = groups.find((t) => t.start > i && t.start <= i + 2);
    if (!target) continue;
    const trigger = { start: tokens[g.end + 1]!.start, end: tokens[m.end - 1]!.end };
    for (const a of g.members) for (const b of target.members) out.push({ source: a, target: b, code: m.entry.code, rule: `events/${lexicon.name}/noun`, trigger });
  }
  return out;
}

function toEntityPieces(tokens: readonly Token[], entities: NonNullable<CodeOptions['entities']>): EntityPiece[] {
  const out: EntityPiece[] = [];
  for (const e of entities) {
    const start = tokens.findIndex((t) => t.start >= e.start);
    let end = start;
    while (end < tokens.length && tokens[end]!.end <= e.end) end++;
    if (start >= 0 && end > start) out.push({ start, end, code: e.code, country: e.country, entityId: e.entityId });
  }
  return out;
}

function dedupe(events: readonly CodedEvent[]): CodedEvent[] {
  const seen = new Set<string>();
  const out: CodedEvent[] = [];
  for (const e of events) {
    // "congratulated Putin … and expressed support": one sentence reports one such event.
    const key = `${e.source.code}|${e.target?.code ?? ''}|${e.code}`;
    if (seen.has(key)) continue;
    // The same actor on both sides is a reflexive mention, not an event; two bare roles
    // ("rebels kidnapped peacekeepers") say too little to code.
    if (e.target && (e.target.start === e.source.start || e.target.code === e.source.code)) continue;
    if (e.target && e.source.code.startsWith('---') && e.target.code.startsWith('---')) continue;
    seen.add(key);
    out.push(e);
  }
  return out;
}

export { THREAT_OF_FORCE };
