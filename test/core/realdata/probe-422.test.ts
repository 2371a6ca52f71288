// Outside probe 422 (test/realdata/probe-2026-12-422/): Front and mass organisation texts of 2023–2026 (congresses,
// campaigns, anniversaries of the Front and the five organisations)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-422');
const { loud } = probeSet(DIR);

test('probe 422: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
