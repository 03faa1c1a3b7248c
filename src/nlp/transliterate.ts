/**
 * Cyrillic and Greek to Latin, so that names written in different scripts meet: "Путин",
 * "Путін" and "Putin" share the key `putin`; "Зеленский", "Зеленський" and "Zelensky" share
 * `zelenski`. `transliterate` gives a readable Latin form (close to the BGN/PCGN and Ukrainian
 * national romanisations); `nameKey` folds the spelling differences between romanisations
 * (y/i/j, doubled letters, kh/h, ts/tz, final -iy/-yi) for matching only.
 */

const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'yo', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'yi',
  й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj', ј: 'j', љ: 'lj',
  њ: 'nj', ћ: 'c', џ: 'dz', ѓ: 'gj', ќ: 'kj', ѕ: 'dz',
};

const GREEK: Record<string, string> = {
  α: 'a', ά: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', έ: 'e', ζ: 'z', η: 'i', ή: 'i', θ: 'th', ι: 'i', ί: 'i', ϊ: 'i', ΐ: 'i',
  κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', ό: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', ύ: 'y', ϋ: 'y',
  ΰ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o', ώ: 'o',
};

/** `text` with Cyrillic and Greek letters replaced by Latin ones; other characters unchanged. */
export function transliterate(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const lower = ch.toLowerCase();
    let latin = CYRILLIC[lower] ?? GREEK[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    // Greek diphthongs read as one sound.
    const next = text[i + 1]?.toLowerCase();
    if (lower === 'ο' && (next === 'υ' || next === 'ύ')) {
      latin = 'ou';
      i++;
    }
    if (ch !== lower && latin.length > 0) {
      const nextIsUpper = text[i + 1] !== undefined && text[i + 1] !== text[i + 1]!.toLowerCase();
      latin = nextIsUpper ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
    }
    out += latin;
  }
  return out;
}

/**
 * A matching key for a name in any script: transliterated, lower case, without diacritics, with
 * the spelling variants of romanisation folded. Two names with the same key are taken to be
 * the same name. Returns '' for a string with no letters.
 */
export function nameKey(name: string): string {
  let s = transliterate(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[^a-z0-9 -]/g, '').replace(/[\s-]+/g, ' ').trim();
  s = s
    .replace(/(iy|yi|ij|ii|yy|y)(?= |$)/g, 'i') // Zelenskiy / Zelenskyi / Zelensky
    .replace(/kh/g, 'h')
    .replace(/tz/g, 'ts')
    .replace(/j/g, 'y')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/(?<=[aeiou])y(?=[aeiou])/g, '')
    .replace(/[yi]/g, 'i');
  return s;
}
