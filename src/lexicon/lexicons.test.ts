import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lookupRole } from './roles.js';
import { lookupOrganisation, organisations } from './organisations.js';
import { givenName } from './names.js';
import { lookupPlace } from './places.js';
import { words } from './words.js';

test('should give titles their CAMEO role, gender and head-of-government flag', () => {
  assert.deepEqual(lookupRole('Leader'), { term: 'leader', role: 'GOV', honorific: false, head: true });
  assert.equal(lookupRole('foreign minister')?.role, 'GOV');
  assert.equal(lookupRole('General')?.role, 'MIL');
  assert.equal(lookupRole('Mr.')?.gender, 'm');
  assert.equal(lookupRole('Mr.')?.role, null);
  assert.equal(lookupRole('banana'), null);
});

test('should find organisations by name, acronym and alias with their kind', () => {
  assert.equal(lookupOrganisation('Reuters')?.kind, 'news-agency');
  assert.equal(lookupOrganisation('KCNA')?.id, 'kcna');
  assert.equal(lookupOrganisation('Korean Central News Agency')?.kind, 'state-media');
  assert.equal(lookupOrganisation('the Associated Press')?.id, 'associated-press');
  assert.equal(lookupOrganisation('Telegram')?.kind, 'platform');
  assert.equal(lookupOrganisation('Correspondent.net')?.id, 'korrespondent-net');
  assert.equal(lookupOrganisation('ap'), null, 'acronyms match case');
  assert.equal(lookupOrganisation('Monday'), null);
  const ids = organisations().map((o) => o.id);
  assert.equal(new Set(ids).size, ids.length, 'ids are unique');
});

test('should know given names with gender, and places that are not countries', () => {
  assert.equal(givenName('Vladimir'), 'm');
  assert.equal(givenName('Angela'), 'f');
  assert.equal(givenName('Putin'), null);
  assert.equal(lookupPlace('Korean Peninsula')?.type, 'region');
  assert.equal(lookupPlace('Alabama')?.country, 'USA');
  assert.equal(lookupPlace('Georgia')?.ambiguous, true);
  assert.equal(lookupPlace('Reuters'), null);
  assert.ok(words().common.has('the'));
  assert.ok(words().orgHeads.has('ministry'));
});
