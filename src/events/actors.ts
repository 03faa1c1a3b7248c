/**
 * Actor coding: from tokens to actor groups with CAMEO codes.
 *
 * Workflow: (1) pieces — the longest actor or agent entry at each token, or an entity mention
 * handed in by the entities stage; (2) units — adjacent pieces, or an agent joined to a country by
 * "of"/"from" (and "in" for a subject), become one coded actor: the country or named actor first,
 * then the roles in text order ("Danish Islamist media" → DNKMUSMED, "Soldiers from Gondor" →
 * GONMIL, "the government" → ---GOV); (3) groups — units joined by "and", "or", "nor" or a comma
 * list closed by one of them are one compound actor ("Russia and China").
 */
import type { Token } from './tokens.js';
import { codeOn, type EventLexicon, type ActorEntry } from './lexicon.js';

/** One coded actor: a CAMEO code and where it was written (character offsets). */
export interface ActorRef {
  code: string;
  start: number;
  end: number;
  /** The entity id when the entities stage supplied this actor. */
  entityId?: string;
}

/** A (possibly compound) actor over tokens `[start, end)`. */
export interface ActorGroup {
  start: number;
  end: number;
  members: ActorRef[];
  /** Units of the group start at these token indices (for "X's" checks and targets). */
  unitStarts: number[];
  /** True when every member is a bare role without a country (`---GOV`). */
  bare: boolean;
}

/** An entity mention from the entities stage, already in token indices. */
export interface EntityPiece {
  start: number;
  end: number;
  code: string;
  /** True for a country (or its people); false for a person or organisation with a role. */
  country: boolean;
  entityId: string;
}

interface Piece {
  kind: 'actor' | 'agent';
  start: number;
  end: number;
  codes: string[];
  prefix: boolean;
  entityId?: string;
}

interface Unit {
  start: number;
  end: number;
  refs: ActorRef[];
  bare: boolean;
  /** Written "<country> <role>" ("British activists"): its roles may distribute over a list. */
  countryThenRole: boolean;
}

const CONNECT_AGENT = new Set(['of', 'from']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those']);
const CONJUNCTIONS = new Set(['and', 'or', 'nor', '&']);

export interface FindActorsOptions {
  /** The story date, YYYY-MM-DD: picks date-restricted codes. */
  date?: string;
  /** Entity mentions from the entities stage; they win over lexicon matches where they overlap. */
  entities?: readonly EntityPiece[];
  /** True when a verb starts at token `i`: a conjunction before a clause does not join actors. */
  isVerbAt?: (i: number) => boolean;
  /** Token index of the first verb of the sentence (a list after it may end at a new clause). */
  firstVerb?: number;
}

/** All actor groups of a sentence, in text order; an empty list when it names no actor. */
export function findActors(tokens: readonly Token[], lexicon: EventLexicon, options: FindActorsOptions = {}): ActorGroup[] {
  const pieces = findPieces(tokens, lexicon, options);
  const units = buildUnits(tokens, pieces);
  return buildGroups(tokens, units, options.isVerbAt ?? (() => false), options.firstVerb ?? Infinity);
}

function acceptExact(entry: ActorEntry, tokens: readonly Token[], i: number): boolean {
  if (entry.exact === undefined) return true;
  return tokens.slice(i, i + entry.words.length).map((t) => t.raw).join(' ') === entry.exact;
}

function findPieces(tokens: readonly Token[], lexicon: EventLexicon, options: FindActorsOptions): Piece[] {
  const pieces: Piece[] = [];
  const fromEntities = new Map<number, EntityPiece>();
  for (const e of options.entities ?? []) fromEntities.set(e.start, e);
  for (let i = 0; i < tokens.length; ) {
    const actor = lexicon.actors.match(tokens, i, acceptExact);
    const agent = lexicon.agents.match(tokens, i);
    // The lexicon knows CAMEO's finer codes (PSEREBHMS, IGOUNOMIL); an entity mention fills in
    // where it has nothing, or names more words (a person the lexicon lacks).
    const entity = fromEntities.get(i);
    const lexiconEnd = Math.max(actor?.end ?? i, agent?.end ?? i);
    if (entity && entity.end > lexiconEnd) {
      pieces.push({ kind: 'actor', start: i, end: entity.end, codes: [entity.code], prefix: false, entityId: entity.entityId });
      i = entity.end;
      continue;
    }
    if (actor && (!agent || actor.end >= agent.end)) {
      const code = codeOn(actor.entry, options.date);
      if (code !== null && code !== '') {
        pieces.push({ kind: 'actor', start: i, end: actor.end, codes: code.split('/').map((c) => c.trim().toUpperCase()), prefix: false });
      }
      i = actor.end;
      continue;
    }
    if (agent) {
      pieces.push({ kind: 'agent', start: i, end: agent.end, codes: [agent.entry.code.toUpperCase()], prefix: agent.entry.prefix });
      i = agent.end;
      continue;
    }
    i++;
  }
  return pieces;
}

/** Token index after `i` once determiners and hyphenated modifiers ("military-ruled") are skipped. */
function skipDeterminers(tokens: readonly Token[], i: number): number {
  while (tokens[i] && (DETERMINERS.has(tokens[i]!.norm) || /^[a-z]+-[a-z]+$/.test(tokens[i]!.norm))) i++;
  return i;
}

function buildUnits(tokens: readonly Token[], pieces: readonly Piece[]): Unit[] {
  const units: Unit[] = [];
  for (let p = 0; p < pieces.length; ) {
    const run: Piece[] = [pieces[p]!];
    let q = p + 1;
    while (q < pieces.length) {
      const last = run[run.length - 1]!;
      const next = pieces[q]!;
      const gap = tokens.slice(last.end, next.start).map((t) => t.norm);
      // "North Korea's ruling regime": one lower-case modifier may sit between a possessive and a role.
      const adjacent =
        gap.length === 0 ||
        (gap.length === 1 && gap[0] === "'s") ||
        (gap.length === 2 && gap[0] === "'s" && next.kind === 'agent' && /^[a-z]+$/.test(gap[1]!) && !CONJUNCTIONS.has(gap[1]!));
      // "government of (the) Gondor", "soldiers from Gondor"; "activists in Arnor" only as a subject.
      const linked =
        last.kind === 'agent' &&
        next.kind === 'actor' &&
        gap.length >= 1 &&
        (CONNECT_AGENT.has(gap[0]!) || (gap[0] === 'in' && run[0]!.start <= 2)) &&
        skipDeterminers(tokens, last.end + 1) === next.start;
      if (!adjacent && !linked) break;
      // Two named actors side by side are one actor only when the second refines the first
      // ("Bree President Romendacil"); "Gondor Osgiliath" stays two.
      run.push(next);
      q++;
    }
    units.push(composeUnit(tokens, run));
    p = q;
  }
  return units;
}

function composeUnit(tokens: readonly Token[], run: readonly Piece[]): Unit {
  const actors = run.filter((piece) => piece.kind === 'actor');
  const agents = run.filter((piece) => piece.kind === 'agent');
  const start = run[0]!.start;
  const end = run[run.length - 1]!.end;
  const span = { start: tokens[start]!.start, end: tokens[end - 1]!.end };
  // The most specific named actor is the base: one with a role (USAGOV) beats a bare country.
  const base = actors.find((a) => a.codes[0]!.length > 3) ?? actors[0];
  const bases = base ? base.codes : ['---'];
  const entityId = base?.entityId;
  const refs = bases.map((code) => {
    let out = code;
    for (const agent of agents) {
      for (const role of agent.codes) {
        const r = role.replace(/~/g, '');
        if (r === '' || out.slice(3).includes(r)) continue;
        // "leaders of the Muslim Brotherhood": the leaders of a group are that group (but "the
        // Hamas regime", with the role after the name, is the group's government).
        if (r === 'GOV' && out.length > 3 && base !== undefined && agent.start < base.start) continue;
        out = agent.prefix ? r + out : out + r;
      }
    }
    const ref: ActorRef = { code: out, ...span };
    if (entityId !== undefined) ref.entityId = entityId;
    return ref;
  });
  const countryThenRole = run.length >= 2 && run[0]!.kind === 'actor' && run[1]!.kind === 'agent' && run[1]!.start === run[0]!.end;
  return { start, end, refs, bare: base === undefined, countryThenRole };
}

function buildGroups(tokens: readonly Token[], units: readonly Unit[], isVerbAt: (i: number) => boolean, firstVerb: number): ActorGroup[] {
  const groups: ActorGroup[] = [];
  for (let u = 0; u < units.length; ) {
    const chain: Unit[] = [units[u]!];
    let usedComma = false;
    let closed = false;
    let v = u + 1;
    while (v < units.length && !closed) {
      const last = chain[chain.length - 1]!;
      const next = units[v]!;
      const gap = tokens.slice(last.end, next.start).map((t) => t.norm);
      const kind = connector(gap);
      // "Israel attacked Gaza and Hamas fired": after a verb, "and X <verb>" starts a new clause.
      if (kind === null || (kind === 'and' && isVerbAt(next.end) && firstVerb < chain[0]!.start)) break;
      if (kind === 'comma') usedComma = true;
      else closed = true;
      chain.push(next);
      v++;
    }
    // "Gondor, Osgiliath said" is not a list: a comma chain must close with "and"/"or"/"nor".
    if (usedComma && !closed) {
      groups.push(toGroup(chain.slice(0, 1)));
      u++;
      continue;
    }
    groups.push(toGroup(chain));
    u = v;
  }
  return groups;
}

/** What joins two units: `comma`, `and` (also "or", "nor", ", and"), or null. */
function connector(gap: readonly string[]): 'comma' | 'and' | null {
  const words = gap.filter((w) => !DETERMINERS.has(w));
  if (words.length === 1 && words[0] === ',') return 'comma';
  if (words.length === 1 && CONJUNCTIONS.has(words[0]!)) return 'and';
  if (words.length === 2 && words[0] === ',' && CONJUNCTIONS.has(words[1]!)) return 'and';
  // "Fornost and the evil awful Gondor": up to two lower-case modifiers after the conjunction.
  if (words.length >= 2 && words.length <= 3 && CONJUNCTIONS.has(words[0]!) && words.slice(1).every((w) => /^[a-z]+$/.test(w) && !CONJUNCTIONS.has(w))) return 'and';
  return null;
}

function toGroup(chain: readonly Unit[]): ActorGroup {
  const members: ActorRef[] = [];
  // "US and British activists": bare countries before the last unit share its roles.
  const lastUnit = chain[chain.length - 1]!;
  const lastRoles = chain.length > 1 && lastUnit.countryThenRole ? lastUnit.refs[0]!.code.slice(3) : '';
  // "Danish media and government": a bare role after a unit with a country shares that country.
  let country: string | null = null;
  for (const unit of chain) {
    for (const ref of unit.refs) {
      if (unit.bare && country !== null && chain.length > 1) members.push({ ...ref, code: country + ref.code.slice(3) });
      else if (!unit.bare && ref.code.length === 3 && lastRoles !== '' && !lastRoles.startsWith('-')) members.push({ ...ref, code: ref.code + lastRoles });
      else members.push(ref);
    }
    if (!unit.bare) country = unit.refs[0]!.code.slice(0, 3);
  }
  return {
    start: chain[0]!.start,
    end: chain[chain.length - 1]!.end,
    members,
    unitStarts: chain.map((u) => u.start),
    bare: chain.every((u) => u.bare),
  };
}
