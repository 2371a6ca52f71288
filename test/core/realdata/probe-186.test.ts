// Outside probe 186 (test/realdata/probe-2026-12-186/): land, natural resources and the environment, 20 texts of 2015–2026: 18-NQ/TW, the land and minerals laws, provincial decisions' căn cứ.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-186');
const { loud } = probeSet(DIR);

test('probe 186: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
