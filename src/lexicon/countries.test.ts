import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countries, countryByIso3, lookupCountry } from './countries.js';

test('should load every ISO country with English names and unique alpha-3 codes', () => {
  const all = countries();
  assert.ok(all.length >= 245);
  assert.equal(new Set(all.map((c) => c.iso3)).size, all.length);
  for (const c of all) assert.ok((c.names.en ?? []).length > 0, c.iso3);
});

test('should find a country by name, alias, demonym, capital and seat in several languages', () => {
  const cases: [string, string, string][] = [
    ['North Korea', 'PRK', 'name'], ['DPRK', 'PRK', 'name'], ['КНДР', 'PRK', 'name'], ['Nordkorea', 'PRK', 'name'],
    ['North Korean', 'PRK', 'demonym'], ['Pyongyang', 'PRK', 'capital'], ['the Kremlin', 'RUS', 'seat'],
    ['Kremlin’s', 'RUS', 'seat'], ['U.S.', 'USA', 'name'], ['United States', 'USA', 'name'], ['Россия', 'RUS', 'name'],
    ['Україна', 'UKR', 'name'], ['Russian', 'RUS', 'demonym'], ['British', 'GBR', 'demonym'], ['Kyiv', 'UKR', 'capital'],
    ['Kiev', 'UKR', 'capital'], ['Côte d’Ivoire', 'CIV', 'name'], ['российского', 'RUS', 'demonym'], ['Japan', 'JPN', 'name'],
  ];
  for (const [name, iso3, as] of cases) {
    const m = lookupCountry(name);
    assert.ok(m, name);
    assert.equal(m.country.iso3, iso3, name);
    assert.equal(m.as, as, name);
  }
  assert.equal(lookupCountry('Pentagon')?.role, 'MIL');
});

test('should flag names that often mean something else', () => {
  assert.equal(lookupCountry('Georgia')?.ambiguous, true);
  assert.equal(lookupCountry('Jordan')?.ambiguous, true);
  assert.equal(lookupCountry('Turkey')?.ambiguous, true);
  assert.equal(lookupCountry('France')?.ambiguous, false);
});

test('should return null for words that name no country', () => {
  for (const name of ['Monday', 'Reuters', 'Putin', '', 'the']) assert.equal(lookupCountry(name), null, name);
  assert.equal(countryByIso3('XXX'), null);
});
