/**
 * Quality gate for trace: ECB+ story clustering and cross-lingual same-story pairs on the
 * ../shared dev sets, scored by the shared scorer; fails when a figure drops below its floor.
 * Skips, saying so, when ../shared is absent.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clusteringDataPresent, evaluateClustering, evaluateCrossLingual, evaluateCrossLingualCollection } from './trace-eval.js';

/**
 * Floors: measured figure minus a small margin (issue 8 asks for ≥ 0.85 and ≥ 0.75). Cross-lingual
 * measures 0.784 with the concept lexicon (0.748 before it), so its floor is 0.77; the same pairs
 * through whole-collection clustering measure 0.777 (0.713 before the lexicon and the merging of
 * stories across languages), floor 0.76.
 */
const FLOORS = { clustering: 0.87, crossLingual: 0.77, crossLingualCollection: 0.76 };

test('ECB+ story clustering should keep pairwise F1 at or above its floor', (t) => {
  if (!clusteringDataPresent()) return t.skip('../shared/data/clustering is absent');
  const f = evaluateClustering();
  t.diagnostic(`ECB+ (sha256 ${f.hash}): pairwise P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F1.toFixed(3)}, BCubed F1 ${f.bcubed_F1?.toFixed(3)}`);
  assert.ok(f.F1 >= FLOORS.clustering, `F1 ${f.F1.toFixed(3)} < floor ${FLOORS.clustering}`);
});

test('cross-lingual same-story pairs should keep F1 at or above its floor', (t) => {
  if (!clusteringDataPresent()) return t.skip('../shared/data/clustering is absent');
  const f = evaluateCrossLingual();
  t.diagnostic(`xling pairs (sha256 ${f.hash}): P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F1.toFixed(3)}`);
  assert.ok(f.F1 >= FLOORS.crossLingual, `F1 ${f.F1.toFixed(3)} < floor ${FLOORS.crossLingual}`);
});

test('cross-lingual pairs through whole-collection clustering should keep F1 at or above its floor', (t) => {
  if (!clusteringDataPresent()) return t.skip('../shared/data/clustering is absent');
  const f = evaluateCrossLingualCollection();
  t.diagnostic(`xling pairs, wiretrace cluster on all 729 articles (sha256 ${f.hash}): P ${f.P.toFixed(3)} R ${f.R.toFixed(3)} F1 ${f.F1.toFixed(3)}`);
  assert.ok(f.F1 >= FLOORS.crossLingualCollection, `F1 ${f.F1.toFixed(3)} < floor ${FLOORS.crossLingualCollection}`);
});
