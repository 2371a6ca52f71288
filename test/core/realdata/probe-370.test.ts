// Outside probe 370 (test/realdata/probe-2026-12-370/): 15 texts on new-style rural development and agriculture
// (2011–2025). The first run raised one warning, true ("26 NQ/TW" without its hyphen); a wrong day of the Luật Tổ chức
// chính quyền địa phương on a wrapped basis line, missed then, is told since the fortieth session (judged true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-370');
const { loud } = probeSet(DIR);

test('probe 370: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
