import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusterCollection } from './collection.js';

const EN1 = 'Pope Francis apologised on Wednesday for slapping the hand of a woman who grabbed him on New Year’s Eve in St Peter’s Square. The pope said he lost patience.';
const EN2 = 'The pope said he was sorry: a woman had pulled his hand hard in St Peter’s Square on New Year’s Eve and Francis slapped her hand to free himself.';
const PL = 'Papież Franciszek przeprosił w środę za to, że uderzył w dłoń kobietę, która szarpnęła go w sylwestrowy wieczór na placu Świętego Piotra. Papież stracił cierpliwość.';
const PL2 = 'Papież przeprosił za swoje zachowanie w sylwestrowy wieczór: kobieta szarpnęła go za rękę na placu Świętego Piotra, a Franciszek uderzył ją w dłoń. Papież przeprosił w środę.';
const OTHER = 'Powódź w południowej Polsce: ewakuowano setki mieszkańców, rzeki wystąpiły z brzegów po ulewnych deszczach w górach.';

// Other news of the same days, so that word and evidence rarities are those of a real collection.
const FILLER = [
  ['en', 'The central bank raised interest rates by a quarter point on Thursday, citing inflation.'],
  ['en', 'A magnitude 6.1 earthquake struck off the coast of Japan; no tsunami warning was issued.'],
  ['en', 'The football club sacked its coach after a fifth straight defeat in the league.'],
  ['en', 'Wildfires forced thousands to evacuate in Australia as temperatures passed 45 degrees.'],
  ['pl', 'Sejm uchwalił ustawę budżetową; opozycja głosowała przeciw.'],
  ['pl', 'Ceny paliw na stacjach wzrosły trzeci tydzień z rzędu.'],
  ['pl', 'Reprezentacja Polski wygrała mecz eliminacji mistrzostw Europy.'],
  ['pl', 'W wypadku autobusu na autostradzie A4 rannych zostało dwanaście osób.'],
].map(([lang, text], i) => ({ id: `filler-${i}`, text: text!, lang: lang!, date: '2020-01-01' }));

test('a story told in two languages should become one story, the later articles marked as retellings', () => {
  const rows = clusterCollection([
    { id: 'en1', text: EN1, lang: 'en', date: '2020-01-01' },
    { id: 'en2', text: EN2, lang: 'en', date: '2020-01-01T12:00:00Z' },
    { id: 'pl', text: PL, lang: 'pl', date: '2020-01-02' },
    { id: 'pl2', text: PL2, lang: 'pl', date: '2020-01-02T08:00:00Z' },
    { id: 'other', text: OTHER, lang: 'pl', date: '2020-01-02' },
    ...FILLER,
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  assert.equal(byId.get('pl')!.cluster, byId.get('en1')!.cluster);
  assert.equal(byId.get('pl2')!.cluster, byId.get('en1')!.cluster, 'the Polish story joins the English one as a whole');
  assert.equal(byId.get('pl2')!.origin, 'en1');
  assert.ok(['en1', 'en2'].includes(byId.get('pl')!.copyOf!), `copyOf ${byId.get('pl')!.copyOf}`);
  assert.ok(['translation', 'same-story'].includes(byId.get('pl')!.relation!));
  assert.notEqual(byId.get('other')!.cluster, byId.get('en1')!.cluster, 'a flood is another story');
  assert.equal(byId.get('en1')!.copyOf, undefined, 'the earlier article copies nothing');
});

test('a collection in one language should make no cross-lingual links', () => {
  const rows = clusterCollection([
    { id: 'a', text: EN1, lang: 'en' },
    { id: 'b', text: 'A flood in southern Poland forced hundreds from their homes after heavy rain.', lang: 'en' },
  ]);
  assert.ok(rows.every((r) => r.relation === undefined));
});
