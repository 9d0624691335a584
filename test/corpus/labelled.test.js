// @ts-check
'use strict';
// Accuracy on the labelled real policies of the external corpus: security-md/ must be met in
// full, security-md-2/ (policies in many languages, labelled later) at the bars of the product
// (98% of the findings that must fire, 99.5% of the silences kept). Misses are printed.

const { test } = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');
const { CORPUS, skipUnlessCorpus } = require('./corpus');
const { scoreLabels } = require('./labels');
const { core } = require('../unit/helpers.js');

const BARS = { 'security-md': [1, 1], 'security-md-2': [0.98, 0.995] };

for (const [folder, [fireBar, silentBar]] of Object.entries(BARS)) {
  const skip = skipUnlessCorpus(folder);
  test(`${folder}/EXPECTED.tsv: must-fire ≥ ${fireBar * 100}%, must-stay-silent ≥ ${silentBar * 100}%`, { skip }, () => {
    const { fires, silent, misses } = scoreLabels(core, path.join(CORPUS, folder));
    const rate = ([a, b]) => (b ? a / b : 1);
    assert.ok(
      rate(fires) >= fireBar && rate(silent) >= silentBar,
      `fires ${fires[0]}/${fires[1]}, silent ${silent[0]}/${silent[1]}; misses:\n${misses.join('\n')}`,
    );
  });
}
