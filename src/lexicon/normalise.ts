/**
 * The key under which lexicon names are stored and looked up: case, diacritics, typographic
 * apostrophes, inner points and a leading article do not matter ("the Kremlin’s" ~ "Kremlin",
 * "U.S." ~ "US", "Côte d'Ivoire" ~ "cote d'ivoire").
 */
export function lexiconKey(name: string): string {
  let s = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  s = s.replace(/[’‘`´]/g, "'").replace(/['’]s$/, '');
  s = s.replace(/\.(?=\S)/g, '').replace(/\.$/, '');
  s = s.replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/^(the|la|le|les|el|der|die|das) /, '');
  return s;
}
