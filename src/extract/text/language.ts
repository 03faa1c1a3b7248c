/**
 * Identifies the language of a text from its script and its most common function words.
 * Enough to route sentence splitting and lexicons (en, ru, uk, be, bg, fr, de, es, it, pt, pl, nl,
 * ko, ja, zh, ar, el, he); `und` when the evidence is too thin.
 */

/** Function words that are frequent in one language and rare in the others. */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'was', 'for', 'with', 'said', 'on', 'his', 'by', 'have', 'from', 'were', 'which'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'une', 'du', 'dans', 'que', 'qui', 'pour', 'sur', 'pas', 'au', 'avec', 'été', 'aux'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'sich', 'auf', 'für', 'dem', 'eine', 'wurde', 'auch', 'nach', 'bei'],
  es: ['el', 'los', 'las', 'del', 'que', 'y', 'en', 'por', 'con', 'una', 'para', 'se', 'su', 'como', 'fue', 'al', 'más', 'pero'],
  it: ['il', 'della', 'che', 'di', 'e', 'per', 'non', 'sono', 'gli', 'una', 'nel', 'alla', 'con', 'anche', 'dei', 'delle', 'è', 'stato'],
  pt: ['o', 'os', 'da', 'do', 'que', 'e', 'em', 'não', 'uma', 'para', 'com', 'dos', 'das', 'foi', 'ao', 'mais', 'pelo', 'são'],
  nl: ['de', 'het', 'een', 'van', 'en', 'is', 'niet', 'dat', 'op', 'zijn', 'voor', 'met', 'werd', 'ook', 'bij', 'naar', 'heeft', 'worden'],
  pl: ['nie', 'się', 'jest', 'że', 'na', 'w', 'i', 'do', 'z', 'to', 'jak', 'przez', 'oraz', 'już', 'był', 'być', 'który', 'dla'],
  ru: ['и', 'в', 'не', 'на', 'что', 'с', 'по', 'это', 'как', 'его', 'он', 'был', 'было', 'также', 'или', 'из', 'для', 'который'],
  uk: ['і', 'та', 'в', 'у', 'не', 'на', 'що', 'з', 'це', 'як', 'його', 'був', 'було', 'також', 'або', 'із', 'для', 'який'],
};

/** Letters that only one Cyrillic language uses. */
const UK_LETTERS = /[іїєґІЇЄҐ]/gu;
const RU_LETTERS = /[ыэъёЫЭЪЁ]/gu;

export interface LanguageGuess {
  lang: string;
  /** Share of the evidence for the winner, 0..1. */
  confidence: number;
}

export function identifyLanguage(text: string): LanguageGuess {
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const scripts = countScripts(sample);
  const letters = scripts.latin + scripts.cyrillic + scripts.hangul + scripts.kana + scripts.han + scripts.arabic + scripts.greek + scripts.hebrew;
  if (letters < 10) return { lang: 'und', confidence: 0 };
  const share = (n: number) => n / letters;
  if (share(scripts.hangul) > 0.3) return { lang: 'ko', confidence: share(scripts.hangul) };
  if (share(scripts.kana) > 0.1) return { lang: 'ja', confidence: share(scripts.kana + scripts.han) };
  if (share(scripts.han) > 0.3) return { lang: 'zh', confidence: share(scripts.han) };
  if (share(scripts.arabic) > 0.3) return { lang: 'ar', confidence: share(scripts.arabic) };
  if (share(scripts.greek) > 0.3) return { lang: 'el', confidence: share(scripts.greek) };
  if (share(scripts.hebrew) > 0.3) return { lang: 'he', confidence: share(scripts.hebrew) };
  if (share(scripts.cyrillic) > 0.3) {
    const uk = (sample.match(UK_LETTERS) ?? []).length;
    const ru = (sample.match(RU_LETTERS) ?? []).length;
    if (uk === 0 && ru === 0) return bestByWords(sample, ['ru', 'uk']);
    return uk > ru ? { lang: 'uk', confidence: uk / (uk + ru) } : { lang: 'ru', confidence: ru / (uk + ru) };
  }
  return bestByWords(sample, ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'pl']);
}

function bestByWords(sample: string, candidates: readonly string[]): LanguageGuess {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>(candidates.map((c) => [c, 0]));
  const sets = candidates.map((c) => [c, new Set(STOPWORDS[c])] as const);
  for (const word of words) {
    for (const [lang, set] of sets) if (set.has(word)) counts.set(lang, counts.get(lang)! + 1);
  }
  let best = 'und';
  let bestCount = 0;
  let total = 0;
  for (const [lang, n] of counts) {
    total += n;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  if (bestCount < 2) return { lang: 'und', confidence: 0 };
  return { lang: best, confidence: bestCount / total };
}

function countScripts(text: string) {
  const c = { latin: 0, cyrillic: 0, hangul: 0, kana: 0, han: 0, arabic: 0, greek: 0, hebrew: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) c.latin++;
    } else if (code >= 0xc0 && code <= 0x24f) c.latin++;
    else if (code >= 0x400 && code <= 0x4ff) c.cyrillic++;
    else if (code >= 0x370 && code <= 0x3ff) c.greek++;
    else if (code >= 0x590 && code <= 0x5ff) c.hebrew++;
    else if (code >= 0x600 && code <= 0x6ff) c.arabic++;
    else if ((code >= 0xac00 && code <= 0xd7af) || (code >= 0x1100 && code <= 0x11ff)) c.hangul++;
    else if (code >= 0x3040 && code <= 0x30ff) c.kana++;
    else if (code >= 0x4e00 && code <= 0x9fff) c.han++;
  }
  return c;
}
