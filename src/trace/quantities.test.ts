import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scanQuantities } from './quantities.js';

const numbers = (t: string) => scanQuantities(t).numbers;
const dates = (t: string) => scanQuantities(t).dates;

test('should read the same amount written in different languages and scripts as one value', () => {
  for (const t of ['3.5 million people', '3,5 Millionen Menschen', '3,5 млн человек', '有350万人', '3,5 mln osób', '3 500 000 habitants', '3,500,000 people']) {
    assert.deepEqual(numbers(t), ['3500000'], t);
  }
  assert.deepEqual(numbers('１２０万'), ['1200000'], 'full-width digits');
  assert.deepEqual(numbers('5 mil millones de euros'), ['5000000000']);
  assert.deepEqual(numbers('20 tys. zł'), ['20000']);
  assert.deepEqual(numbers('4.032 Infizierte, 4,032 infected'), ['4032', '4032']);
});

test('should read percentages in words, signs and the Chinese prefix alike', () => {
  for (const t of ['5,8 proc.', 'rate of 5.8%', '5.8 percent', '5,8 Prozent', '5,8 por ciento', '5,8 процента', '增长了百分之5.8']) {
    assert.deepEqual(numbers(t), ['5.8%'], t);
  }
});

test('should read day and month in every script and order', () => {
  for (const t of ['15 August 2022', '15. August', '15 de agosto', '15 agosto', '15 août', '15 sierpnia', '15 августа', 'August 15th, 2022', '8月15日', '2022年8月15日', '2022-08-15', '15.08.2022']) {
    assert.deepEqual(dates(t), ['08-15'], t);
  }
  assert.deepEqual(dates('1er avril'), ['04-01']);
});

test('should not take small counts, parts of words, dotted runs or impossible dates', () => {
  assert.deepEqual(numbers('5 people, 12 cars and 42 dogs'), []);
  assert.deepEqual(numbers('the G20 summit and COVID-19'), []);
  assert.deepEqual(numbers('15.08.2022'), [], 'a dotted date is a date, not the number 15.08');
  assert.deepEqual(dates('32 March, 0 April'), []);
  assert.deepEqual(dates('March 2020'), [], 'a year after a month is no day');
  assert.deepEqual(scanQuantities(''), { numbers: [], dates: [] });
});
