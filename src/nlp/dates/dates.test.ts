import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from './find.js';
import { yearFromWeekday } from './chrono.js';
import { datesOf } from './stage.js';
import { namedDayIn, lookupNamedDay } from '../../lexicon/named-days.js';
import { isoWeek } from './calendar.js';

function dates(text: string, reference: string): [string, string, string][] {
  return findDates(text, [{ start: 0, end: text.length }], reference).map((d) => [d.text, d.value, d.certainty]);
}

test('should give a weekday-and-day date the latest year in which the weekday fits', () => {
  assert.deepEqual(dates('Reuters reported it on Monday, August 15.', '2026-11-27'), [['Monday, August 15', '2022-08-15', 'inferred']]);
  assert.equal(yearFromWeekday(1, 8, 15, '2022-08-01'), '2016-08-15', 'not after the reference');
  assert.equal(yearFromWeekday(1, 2, 30, '2022-08-01'), null, 'no such day');
});

test('should read a bare weekday as the one before the reference, unless the clause looks ahead', () => {
  // 2022-08-20 is a Saturday.
  assert.deepEqual(dates('The minister resigned on Monday.', '2022-08-20'), [['Monday', '2022-08-15', 'inferred']]);
  assert.deepEqual(dates('The minister will resign on Monday.', '2022-08-20'), [['Monday', '2022-08-22', 'inferred']]);
  assert.deepEqual(dates('Markets stay closed until Monday.', '2022-08-20'), [['Monday', '2022-08-22', 'inferred']]);
});

test('should keep the precision the text gives and mark written years as stated', () => {
  assert.deepEqual(dates('March 01 , 2008', '2008-03-01'), [['March 01 , 2008', '2008-03-01', 'stated']]);
  assert.deepEqual(dates('Sales fell in 2008 and again in May.', '2009-09-01'), [
    ['2008', '2008', 'stated'],
    ['May', '2009-05', 'inferred'],
  ]);
  assert.deepEqual(dates('It happened last year, two years ago and yesterday.', '2009-09-01'), [
    ['last year', '2008', 'inferred'],
    ['two years ago', '2007', 'inferred'],
    ['yesterday', '2009-08-31', 'inferred'],
  ]);
});

test('should read durations, quarters, weeks and sets', () => {
  assert.deepEqual(dates('It lasted two years.', '2009-09-01'), [['two years', 'P2Y', 'stated']]);
  assert.deepEqual(dates('a five-year plan for 30 minutes', '2009-09-01').map((d) => d[1]), ['P5Y', 'PT30M']);
  assert.deepEqual(dates('profits in the third quarter of 2008', '2009-09-01').map((d) => d[1]), ['2008-Q3']);
  assert.deepEqual(dates('the fourth quarter', '2007-03-13').map((d) => d[1]), ['2006-Q4']);
  assert.deepEqual(dates('talks this week', '2008-09-18').map((d) => d[1]), ['2008-W38']);
  assert.deepEqual(dates('a weekly meeting', '2008-09-18').map((d) => d[1]), ['P1W']);
});

test('should resolve named days to their latest occurrence', () => {
  assert.deepEqual(dates('He congratulated Putin on Russia Day.', '2022-08-15'), [['Russia Day', '2022-06-12', 'inferred']]);
  assert.deepEqual(dates('Shops opened on Christmas.', '2022-08-15'), [['Christmas', '2021-12-25', 'inferred']]);
  assert.equal(namedDayIn(lookupNamedDay('Thanksgiving')!, 2022), '2022-11-24');
  assert.equal(namedDayIn(lookupNamedDay('Easter')!, 2024), '2024-03-31');
  assert.equal(namedDayIn(lookupNamedDay('Memorial Day')!, 2022), '2022-05-30');
});

test('should not take a name, a bare number or "now" for a date', () => {
  assert.deepEqual(dates('Theresa May said the plan was 8 times better, and 2,008 people agreed.', '2019-05-01'), []);
  assert.deepEqual(dates('The budget is $2009 and 1999 percent.', '2019-05-01'), []);
});

test('should infer the publication date from the text when none is stated, and resolve against it', () => {
  const text = 'Kim wrote to Putin. Reuters reported it on Monday, August 15.\nKim congratulated Putin on Russia Day.';
  const body = [{ start: 0, end: 61 }, { start: 62, end: text.length }];
  const result = datesOf({ text, body, published: null, lang: 'en' }, { today: '2026-11-27' });
  assert.deepEqual(result.published, { value: '2022-08-15', certainty: 'inferred', source: 'dates/published/lead (dates/weekday-year)' });
  assert.deepEqual(result.dates.map((d) => d.value), ['2022-08-15', '2022-06-12']);
  const stated = datesOf({ text, body, published: { value: '2016-09-01', certainty: 'stated', source: 'input' }, lang: 'en' }, { today: '2026-11-27' });
  assert.equal(stated.published?.value, '2016-09-01');
  assert.equal(stated.dates[0]!.value, '2016-08-15');
});

test('should compute ISO weeks across year ends', () => {
  assert.equal(isoWeek('2021-01-03'), '2020-W53');
  assert.equal(isoWeek('2024-12-30'), '2025-W01');
});
