import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { runCli, tempDir } from './helpers.js';

const PAGE = `<html lang="ru"><head><meta charset="windows-1251"><title>Забастовка в порту | Новости</title>
<meta property="article:published_time" content="2024-03-07"><meta name="author" content="Иван Петров"></head>
<body><nav><a href="/">Главная</a></nav><article><h1>Забастовка в порту</h1>
<p>Портовые рабочие в северном городе в четверг прекратили работу из-за невыплаты зарплаты.</p>
<p>Администрация порта заявила, что переговоры с профсоюзом возобновятся в понедельник.</p></article></body></html>`;

describe('wiretrace extract', () => {
  const dir = tempDir();
  const path = join(dir, 'port-strike.html.gz');
  writeFileSync(path, gzipSync(iconv.encode(PAGE, 'windows-1251')));

  test('should write one JSONL record per page, decoded with the declared charset', async () => {
    const r = await runCli(['extract', path, '--jsonl']);
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split('\n');
    assert.equal(lines.length, 1);
    const record = JSON.parse(lines[0]!);
    assert.equal(record.id, 'port-strike');
    assert.equal(record.title, 'Забастовка в порту');
    assert.equal(record.author, 'Иван Петров');
    assert.equal(record.date, '2024-03-07');
    assert.equal(record.lang, 'ru');
    assert.match(record.articleBody, /^Портовые рабочие/);
    assert.match(record.articleBody, /\n\nАдминистрация порта/);
    assert.deepEqual(record.sources, { title: 'h1', author: 'meta:author', date: 'meta:article:published_time' });
    assert.ok(Array.isArray(record.boilerplate) && Array.isArray(record.diagnostics));
  });

  test('should feed the same extraction to analyze', async () => {
    const r = await runCli(['analyze', path, '--json', '--today', '2025-01-01']);
    assert.equal(r.code, 0, r.stderr);
    const record = JSON.parse(r.stdout);
    assert.match(record.text, /^Портовые рабочие/);
    assert.equal(record.title.value, 'Забастовка в порту');
    assert.equal(record.byline.author, 'Иван Петров');
    assert.equal(record.published.value, '2024-03-07');
    assert.ok(record.boilerplate.some((b: { origin?: string }) => b.origin === 'html'));
  });

  test('should write the record of a page with no article, and exit 1 with one line on stderr', async () => {
    const empty = join(dir, 'menu.html');
    writeFileSync(empty, '<html><body><nav><a href="/">Home</a></nav></body></html>');
    const r = await runCli(['extract', empty, '--jsonl']);
    assert.equal(r.code, 1);
    assert.equal(JSON.parse(r.stdout).rejected, 'not-an-article');
    assert.match(r.stderr.trim(), /^wiretrace: .*not-an-article: /);
    assert.equal(r.stderr.trim().split('\n').length, 1);
  });
});
