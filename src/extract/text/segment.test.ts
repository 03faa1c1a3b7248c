import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../analyze.js';
import type { Analysis } from '../../types.js';

/** The non-body blocks as [kind, text] pairs, in order. */
function blocks(record: Analysis): Array<[string, string]> {
  return record.boilerplate.map((b) => [b.kind, b.text]);
}

function bodyText(record: Analysis): string[] {
  return record.body.map((s) => record.text.slice(s.start, s.end));
}

describe('text/segment: boilerplate in many outlets’ styles', () => {
  test('should separate an aggregator’s carried-over promo, source credit and persona bio', () => {
    const text = [
      'Port workers in the northern city walked out on Thursday over unpaid wages.',
      'The strike halted loading at three terminals, the port authority said in a statement.',
      'News from Harbourline.org on Telegram. Subscribe to our channel',
      'Source: harbourline',
      '',
      'I am Mara Quinn, a professional writer and journalist for Global Pulse Daily. I cover business news and have always loved telling stories.',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record).map(([kind]) => kind), ['promo', 'source-credit', 'author-bio']);
    assert.equal(bodyText(record).length, 2);
    assert.deepEqual(record.byline && { author: record.byline.author, outlet: record.byline.outlet }, {
      author: 'Mara Quinn',
      outlet: 'Global Pulse Daily',
    });
    assert.equal(record.text.slice(record.byline!.start, record.byline!.end), 'Mara Quinn');
  });

  test('should recognise a wire-style byline line and a reporting credit', () => {
    const text = [
      'Flood barriers fail as river reaches record height',
      'By Anna Kowalski and Peter Lindqvist, Northwire',
      'Emergency crews evacuated two villages overnight after the river rose above its banks, officials said.',
      'The regional governor declared a state of emergency on Friday morning.',
      'Reporting by Anna Kowalski; Editing by Tom Reed',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record), [
      ['byline', 'By Anna Kowalski and Peter Lindqvist, Northwire'],
      ['source-credit', 'Reporting by Anna Kowalski; Editing by Tom Reed'],
    ]);
    assert.equal(record.title?.value, 'Flood barriers fail as river reaches record height');
    assert.equal(record.title?.source, 'text/title/headline-line');
    assert.equal(record.byline?.author, 'Anna Kowalski and Peter Lindqvist');
    assert.equal(record.byline?.outlet, 'Northwire');
    assert.equal(bodyText(record).length, 2);
  });

  test('should mark newsletter boxes, share bars, captions, related links, copyright, ads and comments', () => {
    const text = [
      'City council approves new tram line after two years of debate.',
      'Photo: The proposed route along the river (City Transport Office)',
      'The line will connect the university with the main station, the mayor told reporters on Tuesday.',
      'ADVERTISEMENT',
      'Construction is expected to begin next spring and last about three years.',
      'Read more: Buses to replace trams during summer works',
      'Sign up for our free morning newsletter',
      'Share on Facebook | Twitter | Email',
      '© 2024 Valley Herald. All rights reserved.',
      '12 comments',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record).map(([kind]) => kind), [
      'caption',
      'advertisement',
      'related',
      'promo',
      'share',
      'copyright',
      'comment',
    ]);
    assert.equal(bodyText(record).length, 3);
  });

  test('should catch Russian and Ukrainian promos and credits', () => {
    const text = [
      'Президент подписал закон о бюджете на следующий год, сообщила пресс-служба.',
      'Документ предусматривает рост расходов на образование и медицину.',
      'Читайте также: Правительство одобрило проект бюджета',
      'Подписывайтесь на наш канал в Telegram',
      'Источник: Интерфакс',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record).map(([kind]) => kind), ['related', 'promo', 'source-credit']);
    assert.equal(record.lang, 'ru');

    const uk = analyze(
      [
        'Уряд ухвалив рішення про підвищення мінімальної зарплати з першого січня, повідомили в міністерстві.',
        'Новини від Кореспондент.net у Telegram. Підписуйтесь на наш канал',
        'Джерело: Укрінформ',
      ].join('\n'),
    );
    assert.deepEqual(blocks(uk).map(([kind]) => kind), ['promo', 'source-credit']);
    assert.equal(uk.lang, 'uk');
  });

  test('should find a third-person bio at the end and "with files from" credits', () => {
    const text = [
      'The central bank held its key rate at 4.5 percent on Wednesday, as expected by most economists.',
      'Inflation slowed for a third month in a row, the bank said.',
      'With files from The Canadian Press',
      'Lena Fischer is a business reporter for the Morning Ledger. She covers banking and trade.',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record).map(([kind]) => kind), ['source-credit', 'author-bio']);
    assert.equal(record.byline?.author, 'Lena Fischer');
    assert.equal(record.byline?.outlet, 'Morning Ledger');
  });

  test('should split a promo sentence off the end of a body paragraph', () => {
    const text = [
      'Rescuers pulled two climbers from the glacier on Sunday.',
      'Both were taken to hospital with minor injuries, police said. Follow us on Telegram for the latest updates.',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record), [['promo', 'Follow us on Telegram for the latest updates.']]);
    assert.equal(bodyText(record)[1], 'Both were taken to hospital with minor injuries, police said.');
  });

  test('should mark a dateline and a menu of separated items', () => {
    const text = ['Home | World | Business | Sport', 'Friday, January 4, 2019', 'A storm closed the airport for six hours on Friday.', 'Flights resumed in the evening, the operator said.'].join('\n');
    const record = analyze(text);
    assert.deepEqual(blocks(record).map(([kind]) => kind), ['navigation', 'dateline']);
  });
});

describe('text/segment: what must stay body', () => {
  test('should keep a quoted sentence that contains "subscribe"', () => {
    const text = [
      'Police arrested a blogger accused of running a network of fake charity pages.',
      '“Subscribe to our channel and donate today,” he told his followers in a video, according to prosecutors.',
      'He denies the charges.',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(record.boilerplate, []);
    assert.equal(record.body.length, 3);
  });

  test('should keep a body sentence about Telegram', () => {
    const text = [
      'Telegram said on Monday it had blocked dozens of channels that spread bomb threats.',
      'News of the ban spread quickly on Telegram and other platforms, and the company said more channels could follow.',
      'Follow-up measures will be announced next week, a spokesperson said.',
    ].join('\n');
    const record = analyze(text);
    assert.deepEqual(record.boilerplate, []);
    assert.equal(record.body.length, 3);
  });

  test('should keep a one-line article as body', () => {
    const record = analyze('The parliament passed the budget on Friday with 240 votes in favour.');
    assert.equal(record.body.length, 1);
    assert.equal(record.boilerplate.length, 0);
    assert.equal(record.title, null);
  });

  test('should keep a body sentence naming a reporter in the middle of the article', () => {
    const text = [
      'Authorities released a detained journalist on Thursday after a week in custody.',
      'John Reyes is a reporter for the Coastal Tribune who had been covering the protests.',
      'His editor said the paper would keep reporting from the region.',
      'The ministry did not comment.',
      'Officials said an investigation continues.',
      'The protests began last month.',
    ].join('\n');
    assert.deepEqual(analyze(text).boilerplate, []);
  });

  test('should not take "Source:" inside a body sentence as a credit', () => {
    const text = 'The report, whose source: an unnamed official, was denied by the ministry.\nIt was published on Monday.';
    assert.deepEqual(analyze(text).boilerplate, []);
  });
});

describe('text/segment: spans', () => {
  test('should give every block offsets into the unchanged text', () => {
    const text = '  Storm hits coast  \r\n\r\nWinds reached 150 km/h on Monday, forecasters said.\r\nSource: Weather Desk\r\n';
    const record = analyze(text);
    for (const span of [...record.body, ...record.boilerplate]) {
      assert.equal(text.slice(span.start, span.end).trim(), text.slice(span.start, span.end));
      assert.ok(span.end > span.start);
    }
    const credit = record.boilerplate.find((b) => b.kind === 'source-credit')!;
    assert.equal(text.slice(credit.start, credit.end), 'Source: Weather Desk');
  });
});

describe('text/segment: dateline', () => {
  test('should take the publication date from a dateline at the top', () => {
    const record = analyze('Friday, January 4, 2019\nA storm closed the airport for six hours.\nFlights resumed later.');
    assert.deepEqual(record.published, { value: '2019-01-04', certainty: 'stated', source: 'text/dateline' });
  });

  test('should prefer a date the caller stated over the dateline', () => {
    const record = analyze({ text: 'Friday, January 4, 2019\nA storm closed the airport.\nFlights resumed.', date: '2019-01-05' });
    assert.equal(record.published?.value, '2019-01-05');
    assert.equal(record.published?.source, 'input');
  });
});
