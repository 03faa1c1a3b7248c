import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StoryClusterer } from './stories.js';
import { storyBag } from './story-features.js';
import { TermStats } from './vectors.js';

const quake = (city: string, n: number) => `A magnitude ${n} earthquake struck near ${city} early on Tuesday, damaging buildings in ${city} and cutting power across the ${city} region, officials in ${city} said.`;
const docs = [
  { id: 'q1', title: 'Earthquake hits Izmir', text: quake('Izmir', 6.1), date: '2024-03-05' },
  { id: 'f1', title: 'Floods close schools in Porto Alegre', text: 'Floods forced Porto Alegre to close schools as the Guaiba river rose to a record, the mayor of Porto Alegre said.', date: '2024-05-06' },
  { id: 'q0', title: 'Izmir earthquake damages buildings', text: quake('Izmir', 6.0), date: '2024-03-04' },
  { id: 'f2', title: 'Porto Alegre floods: river at record', text: 'The Guaiba river in Porto Alegre rose to a record level and floods closed schools, the Porto Alegre mayor said.', date: '2024-05-07' },
];

function cluster(options = {}) {
  const stats = new TermStats();
  for (const d of docs) stats.observe(storyBag(d.title, d.text).keys());
  const c = new StoryClusterer(stats, options);
  for (const d of docs) c.add(d);
  c.refine();
  return c;
}

test('articles on one event should share a story and others should not', () => {
  const c = cluster();
  assert.equal(c.storyOf('q0'), c.storyOf('q1'));
  assert.equal(c.storyOf('f1'), c.storyOf('f2'));
  assert.notEqual(c.storyOf('q1'), c.storyOf('f1'));
  assert.equal(c.storyOf('unknown'), null);
});

test('a story\'s origin should be its earliest dated article', () => {
  const story = cluster().list().find((s) => s.members.includes('q1'))!;
  assert.equal(story.origin, 'q0');
  assert.equal(story.firstDate, '2024-03-04');
});

test('time decay should keep an article a year later out of the story', () => {
  const stats = new TermStats();
  const late = { id: 'late', title: 'Earthquake hits Izmir', text: quake('Izmir', 6.1), date: '2025-03-05' };
  for (const d of [docs[0]!, late]) stats.observe(storyBag(d.title, d.text).keys());
  const c = new StoryClusterer(stats);
  c.add(docs[0]!);
  assert.equal(c.add(late).score, 0);
  assert.notEqual(c.storyOf('late'), c.storyOf('q1'));
});

test('should throw when given a threshold outside (0, 1) or a repeated id', () => {
  assert.throws(() => new StoryClusterer(new TermStats(), { threshold: 1.5 }), /threshold must be in \(0, 1\)/);
  const c = new StoryClusterer(new TermStats());
  c.add({ id: 'a', text: 'x y z' });
  assert.throws(() => c.add({ id: 'a', text: 'x y z' }), /already clustered: a/);
});
