// Outside probe 486 (test/realdata/probe-2026-12-486/): finance, state budget, public investment, public assets, taxes and fees (decrees, circulars, provincial decisions, letters):
// 15 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-486');
const { loud } = probeSet(DIR);

test('probe 486: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['011.txt:93:name-misspelt', '014.txt:12:citation-date-mismatch']);
});
