import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync, openSync, ftruncateSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './helpers.js';

/** One clear line on stderr, no stack trace, non-zero exit. */
function assertOneLineError(result: { code: number; stderr: string; stdout: string }, code: string): void {
  assert.notEqual(result.code, 0);
  const lines = result.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0]!, new RegExp(`^wiretrace: .*${code}: `));
  assert.doesNotMatch(result.stderr, /\n\s+at /);
  assert.equal(result.stdout, '');
}

describe('wiretrace analyze: bad input', () => {
  const dir = tempDir();

  test('should reject an empty file with one line', async () => {
    const path = join(dir, 'empty.txt');
    writeFileSync(path, '');
    assertOneLineError(await runCli(['analyze', path]), 'empty');
  });

  test('should reject a binary file with one line', async () => {
    const path = join(dir, 'image.txt');
    writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
    assertOneLineError(await runCli(['analyze', path]), 'binary');
  });

  test('should reject a 50 MB file without reading it', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 50 * 1024 * 1024);
    closeSync(fd);
    assertOneLineError(await runCli(['analyze', path]), 'too-large');
  });

  test('should reject a directory with no articles', async () => {
    const empty = join(dir, 'nothing-here');
    mkdirSync(empty);
    writeFileSync(join(empty, 'notes.bin'), 'x');
    assertOneLineError(await runCli(['analyze', empty]), 'no-articles');
  });

  test('should reject a missing path', async () => {
    assertOneLineError(await runCli(['analyze', join(dir, 'does-not-exist.txt')]), 'not-found');
  });

  test('should report a malformed JSONL line by number, process the rest and exit non-zero', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'The council met on Monday.\nSource: City Desk' }),
      '{"id": "b", "text": ',
      JSON.stringify({ id: 'c', text: 'Rain is expected on Friday.' }),
    ].join('\n');
    const result = await runCli(['analyze', '--jsonl', '-'], { input });
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^wiretrace: stdin:2: bad-json: line 2: malformed JSON/m);
    const records = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string });
    assert.deepEqual(records.map((r) => r.id), ['a', 'c']);
  });

  test('should reject an unknown flag value with one line', async () => {
    const result = await runCli(['analyze', '--date', 'yesterday', '-'], { input: 'Text.' });
    assert.notEqual(result.code, 0);
    assert.match(result.stderr, /--date expects a date as YYYY-MM-DD/);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });
});

describe('wiretrace analyze: output', () => {
  test('should print JSONL records for JSONL input and nothing else on stdout', async () => {
    const input = JSON.stringify({ id: 'x1', text: 'Kiev, Ukraine — Officials said on Monday the bridge would reopen.\nSubscribe to our channel', date: '2024-03-04' });
    const result = await runCli(['analyze', '--jsonl'], { input });
    assert.equal(result.code, 0, result.stderr);
    const record = JSON.parse(result.stdout) as { id: string; published: { value: string }; boilerplate: Array<{ kind: string }> };
    assert.equal(record.id, 'x1');
    assert.equal(record.published.value, '2024-03-04');
    assert.deepEqual(record.boilerplate.map((b) => b.kind), ['promo']);
  });

  test('should document every flag in --help', async () => {
    const result = await runCli(['analyze', '--help']);
    assert.equal(result.code, 0);
    for (const flag of ['--json', '--jsonl', '--out', '--date', '--max-bytes']) assert.match(result.stdout, new RegExp(flag));
  });
});
