// Outside probe 497 (test/realdata/probe-2026-12-497/): transport, construction and housing, 2023–2026 (letters of the Government Office, a city's decision, the Assembly's resolutions on expressways):
// 10 texts, no error or warning raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-497');
const { loud } = probeSet(DIR);

test('probe 497: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
