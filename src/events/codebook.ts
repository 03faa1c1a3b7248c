/**
 * The CAMEO code table (`data/events/cameo.json`) and the CAMEO → PLOVER mapping
 * (`data/events/plover.json`): Goldstein score, quad class and PLOVER type of a code.
 */
import { readFileSync } from 'node:fs';
import { dataPath } from './data-path.js';

export interface CodeInfo {
  code: string;
  name: string;
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict; 0 unknown. */
  quadClass: number;
  /** PLOVER type, or '' when the code has none (root 01, or a code outside CAMEO). */
  plover: string;
}

interface CameoFile {
  quadByRoot: Record<string, number>;
  codes: Record<string, [number, string]>;
}

interface PloverFile {
  types: Record<string, { quad: number; definition: string }>;
  byCode: Record<string, string>;
}

export interface Codebook {
  /** Facts about `code`; a code outside the table gets its root's values, or zeros. */
  info(code: string): CodeInfo;
  ploverTypes(): string[];
}

let cached: Codebook | null = null;

export function codebook(): Codebook {
  if (cached) return cached;
  const cameo = JSON.parse(readFileSync(dataPath('cameo.json'), 'utf8')) as CameoFile;
  const plover = JSON.parse(readFileSync(dataPath('plover.json'), 'utf8')) as PloverFile;
  const ploverOf = (code: string): string => {
    for (let n = code.length; n >= 2; n--) {
      const t = plover.byCode[code.slice(0, n)];
      if (t !== undefined) return t;
    }
    return '';
  };
  const memo = new Map<string, CodeInfo>();
  cached = {
    info(code) {
      const hit = memo.get(code);
      if (hit) return hit;
      const row = cameo.codes[code] ?? cameo.codes[code.slice(0, 3)] ?? cameo.codes[code.slice(0, 2)];
      const known = row !== undefined;
      const info: CodeInfo = {
        code,
        name: row?.[1] ?? '',
        goldstein: row?.[0] ?? 0,
        quadClass: known ? (cameo.quadByRoot[code.slice(0, 2)] ?? 0) : 0,
        plover: known ? ploverOf(code) : '',
      };
      memo.set(code, info);
      return info;
    },
    ploverTypes: () => Object.keys(plover.types),
  };
  return cached;
}
