// Outside probe 485 (test/realdata/probe-2026-12-485/): Party building: inspection and discipline, organisation and personnel, congresses (explainers and news citing central Party documents):
// 16 texts, 2 warnings, both real (the Politburo's and the Secretariat's regulations credited to the Central Committee)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-485');
const { loud } = probeSet(DIR);

test('probe 485: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['001.txt:7:citation-issuer-mismatch', '004.txt:7:citation-issuer-mismatch']);
});
