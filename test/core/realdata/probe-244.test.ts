// Outside probe 244 (test/realdata/probe-2026-12-244/): public finance: the state budget, public investment, taxes and fees (15 texts, 2012–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-244');
const { loud } = probeSet(DIR);

test('probe 244: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
