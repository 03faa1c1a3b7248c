/**
 * How modality and negation change a CAMEO code. "Offered to send aid" is an intent (033), not
 * aid (07); "threatened to attack" is a threat of force (138); "refused to meet" rejects a meeting
 * (125); "did not agree" is a rejection, while "did not attack" is no event at all.
 */
import type { ControlKind } from './grammar.js';

/** CAMEO's "threaten with military force". */
export const THREAT_OF_FORCE = '138';

/** Intent codes (root 03) for cooperative roots, by the longest matching prefix of the action's code. */
const INTENT: ReadonlyArray<[string, string]> = [
  ['071', '0331'], ['072', '0332'], ['073', '0333'], ['074', '0334'], ['07', '033'],
  ['061', '0311'], ['062', '0312'], ['063', '0313'], ['064', '0314'], ['06', '031'],
  ['084', '0353'], ['085', '0354'], ['086', '0355'], ['087', '0356'], ['081', '0351'], ['08', '035'],
  ['04', '036'], ['05', '032'], ['03', ''],
];

/** Threat codes (root 13) for conflictual roots. */
const THREAT: ReadonlyArray<[string, string]> = [
  ['162', '1311'], ['163', '1312'], ['161', '1313'], ['164', '134'], ['165', '135'], ['166', '136'], ['16', '131'],
  ['1723', '1323'], ['1724', '1324'], ['172', '132'], ['17', '137'],
  ['191', '1381'], ['192', '1382'], ['204', '1385'], ['18', '1383'], ['19', THREAT_OF_FORCE], ['20', THREAT_OF_FORCE],
  ['14', '133'], ['15', THREAT_OF_FORCE], ['13', ''],
];

/** Rejection codes (root 12) for refused or negated cooperation. */
const REFUSAL: ReadonlyArray<[string, string]> = [
  ['0841', '1243'], ['0842', '1243'], ['085', '1244'], ['086', '1245'], ['087', '1246'], ['081', '1241'], ['08', '124'],
  ['04', '125'], ['045', '126'], ['06', '121'], ['061', '1211'], ['062', '1212'], ['07', '122'], ['03', '120'], ['05', '120'],
];

function lookup(table: ReadonlyArray<[string, string]>, code: string): string | null {
  let best: [string, string] | null = null;
  for (const row of table) if (code.startsWith(row[0]) && (best === null || row[0].length > best[0].length)) best = row;
  if (best === null) return null;
  return best[1] === '' ? code : best[1];
}

const isCooperative = (code: string): boolean => code < '09';

/**
 * The code for `code` under a control verb ("threatened to", "offered to", "refused to"), or null
 * when the combination reports no event.
 */
export function adjustForControl(code: string, kind: ControlKind): string | null {
  const [forward] = code.split(':');
  const c = forward!;
  switch (kind) {
    case 'do':
      return code;
    case 'intent':
      // "pledged to expel": a conflictual promise stays the act it promises.
      return isCooperative(c) ? (lookup(INTENT, c) ?? c) : code;
    case 'threat':
      return isCooperative(c) ? (lookup(INTENT, c) ?? c) : (lookup(THREAT, c) ?? c);
    case 'want':
      return isCooperative(c) ? (lookup(INTENT, c) ?? c) : (lookup(THREAT, c) ?? null);
    case 'refuse':
      return isCooperative(c) ? (lookup(REFUSAL, c) ?? '120') : null;
  }
}

/** The code for a negated action ("did not agree"), or null when the negation leaves no event. */
export function adjustForNegation(code: string): string | null {
  const [forward] = code.split(':');
  const c = forward!;
  if (!isCooperative(c) || c.startsWith('01') || c.startsWith('02')) return null;
  return lookup(REFUSAL, c) ?? '120';
}
