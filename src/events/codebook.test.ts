import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codebook } from './codebook.js';
import { adjustForControl, adjustForNegation } from './modality.js';

test('should give Goldstein, quad class and PLOVER type of a CAMEO code', () => {
  assert.deepEqual(codebook().info('190'), { code: '190', name: 'Conventional military force, no finer code applies', goldstein: -10, quadClass: 4, plover: 'ASSAULT' });
  assert.equal(codebook().info('036').plover, 'AGREE');
  assert.equal(codebook().info('0813').plover, 'CONCEDE');
});

test('should give no PLOVER type for statements and zeros for unknown codes', () => {
  assert.equal(codebook().info('010').plover, '');
  assert.deepEqual(codebook().info('903'), { code: '903', name: '', goldstein: 0, quadClass: 0, plover: '' });
});

test('should change codes under modality and negation', () => {
  assert.equal(adjustForControl('072', 'intent'), '0332');
  assert.equal(adjustForControl('190', 'threat'), '138');
  assert.equal(adjustForControl('040', 'refuse'), '125');
  assert.equal(adjustForControl('111', 'want'), null);
  assert.equal(adjustForNegation('190'), null);
  assert.equal(adjustForNegation('057'), '120');
});

const shared = fileURLToPath(new URL('../../../shared/data/events/cameo.tsv', import.meta.url));

test('should agree with the reference CAMEO table on codes, Goldstein and quad class', (t) => {
  if (!existsSync(shared)) {
    t.skip('../shared/data/events/cameo.tsv is absent; skipping the cross-check');
    return;
  }
  const rows = readFileSync(shared, 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  for (const [code, , , , , goldstein, quad] of rows) {
    const info = codebook().info(code!);
    assert.equal(info.goldstein, Number(goldstein), `Goldstein of ${code}`);
    assert.equal(info.quadClass, Number(quad), `quad class of ${code}`);
  }
  assert.equal(rows.length, 311);
});
