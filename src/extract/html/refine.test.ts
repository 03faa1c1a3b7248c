import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateRules } from '../../lexicon/boilerplate.js';
import { refineParagraphs } from './refine.js';

/** Runs the refiner over `paragraphs` (each given a fake HTML range) and returns what stayed. */
function refine(paragraphs: string[]): ReturnType<typeof refineParagraphs> {
  const spans = paragraphs.map((_, i) => ({ start: i * 100, end: i * 100 + 90 }));
  return refineParagraphs(paragraphs, spans, boilerplateRules());
}

const BODY = 'Port workers walked out on Thursday over unpaid wages, halting loading at three terminals.';

describe('refineParagraphs: boilerplate inside the article container', () => {
  const cases: Array<[string, string, string]> = [
    ['a "read also" link line in Spanish', 'Lea también: Impiden ingreso a reportero y camarógrafo', 'text/related/read-also'],
    ['a "read" label with a colon', 'MIRA: Madre se acerca a conocer los motivos de captura', 'text/related/read-label'],
    ['a German teaser heading', 'Das Thema könnte dich auch interessieren:', 'text/related/read-label'],
    ['a Polish "read also" line', 'Czytaj też: Wyścig zbrojeń ruszył z kopyta', 'text/related/read-also'],
    ['a "more articles" heading', 'Weitere Beiträge zum Thema', 'text/related/more-heading'],
    ['an edition promo', 'Subscribe now to our eNATION edition for the full story.', 'text/promo/newsletter'],
    ['an app promo', 'For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.', 'text/promo/latest-updates'],
    ['a paywall notice', 'To view the full story, please subscribe to The Haitian Times.', 'text/promo/paywall'],
    ['a newsletter imperative', 'Keine Neuigkeiten mehr verpassen: Abonnieren Sie kostenlos unseren Newsletter.', 'text/promo/newsletter-imperative'],
    ['a photo credit label', 'Crédits photos : Bestimage', 'text/caption/credit-label'],
    ['a figure caption', 'Abbildung 4: klassische Schwachschicht im Schneeprofil.', 'text/caption/credit-label'],
    ['a caption closed by a credit', 'Marco Odermatt, Ski-Star aus der Schweiz. © AFP / MARCO BERTORELLO', 'text/caption/trailing-credit'],
    ['a caption with a parenthesised credit', 'Golf im TV: Die Übertragungszeiten im Überblick. (Foto: Getty)', 'text/caption/trailing-credit'],
    ['a WordPress post footer', 'This entry was posted in Allgemein. Bookmark the permalink.', 'text/dateline/post-meta'],
    ['a "created on" line', 'Erstellt am Dienstag 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials', 'text/dateline/post-meta'],
    ['an "updated" line', 'Letzte Aktualisierung am 2.02.2022 / Bilder von der Amazon Product Advertising API', 'text/dateline/post-meta'],
    ['a login prompt', 'Sie müssen sich einloggen, um sich an einer Diskussion beteiligen zu können.', 'text/navigation/ui-prompt'],
    ['a share prompt', 'Teilen Sie dies mit:', 'text/navigation/ui-prompt'],
    ['a comment call', 'Kommentieren', 'text/comment/count'],
    ['a disclaimer', 'Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.', 'text/copyright/disclaimer'],
    ['a citation box', 'SUGGESTED CITATION Sauer, Heiko: Expert*innen in der Krise, VerfBlog, 2020/4/09.', 'text/copyright/disclaimer'],
    ['a contact label', 'Kontakt:', 'text/related/more-heading'],
    ['a "more on" heading', 'Mehr zu Klima und Konsum', 'text/related/more-heading'],
    ['a "find it here" teaser', 'Alles über nachhaltige Wanderschuhe findest Du hier.', 'text/related/find-here'],
    ['an arrow teaser', '>> Wegen Corona: Kult-Lokal auf Mallorca muss schließen <<', 'text/related/arrow-teaser'],
    ['an ad label with dashes', '- Anzeige-', 'text/advertisement/label'],
    ['an "enlarge" caption', 'Vergrößern Eine kleine runde Aussparung für die Kamera im Display.', 'text/caption/credit-label'],
    ['a parenthesised credit', '(Credit: Clayton Aldern / Grist)', 'text/caption/credit-label'],
    ['a caption whose credit follows a line break', 'Der Hirschkäfer (Lucanus cervus) im Kastanienwald.\nFoto © Jörg Gemsch', 'text/caption/trailing-credit'],
    ['a German inbox promo', 'Lass dir die besten Storys jede Woche in deinen Posteingang liefern.', 'text/promo/inbox'],
  ];
  for (const [name, line, rule] of cases) {
    test(`should remove ${name} and report it with ${rule}`, () => {
      const r = refine([BODY, line]);
      assert.deepEqual(r.paragraphs, [BODY]);
      assert.equal(r.removed.length, 1);
      assert.equal(r.removed[0]!.rule, rule);
      // The report points at the HTML block the paragraph came from.
      assert.deepEqual({ start: r.removed[0]!.start, end: r.removed[0]!.end }, { start: 100, end: 190 });
    });
  }

  test('should cut a promo sentence off the end of a paragraph and keep its head', () => {
    const r = refine([`${BODY} For the latest stories download the Harbour News app for iOS and Android.`]);
    assert.deepEqual(r.paragraphs, [BODY]);
    assert.deepEqual(r.spans, [{ start: 0, end: 90 }]);
  });
});

describe('refineParagraphs: body text that must stay', () => {
  const keep = [
    'Mira Patel said the port would reopen on Monday, after talks with the union.',
    'Lee: I think we should wait until the talks are over before we decide.',
    'Published in 1990, the book sold a million copies in its first year.',
    'Updated figures from the ministry show a rise of three per cent.',
    'Auch interessant ist die Frage, wer am Ende die Rechnung bezahlt.',
    'Help us keep the streets safe, the police chief told residents on Friday.',
    'The company’s newsletter reported a loss for the third quarter.',
    'Figures 1 and 2 show the water level before and after the flood.',
    'Puedes ver el partido en directo desde las ocho de la tarde.',
    '»Wir sind froh, dass die Halle wieder offen ist«, sagte die Bürgermeisterin.',
    'Vergrößern Sie das Bild mit einem Klick auf die Lupe, schreibt der Hersteller.',
    'Kontaktbeschränkungen gelten weiter bis Ende des Monats, sagte der Minister.',
  ];
  for (const line of keep) {
    test(`should keep "${line.slice(0, 40)}…"`, () => {
      const r = refine([BODY, line]);
      assert.deepEqual(r.paragraphs, [BODY, line]);
      assert.deepEqual(r.removed, []);
    });
  }

  test('should return nothing for no paragraphs', () => {
    assert.deepEqual(refine([]), { paragraphs: [], spans: [], removed: [] });
  });
});
