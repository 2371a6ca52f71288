// Outside probe 218 (test/realdata/probe-2026-12-218/): education: reviews of Nghị quyết 29-NQ/TW, tuition decrees, Luật Nhà giáo (18 texts, 2019–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-218');
const { loud } = probeSet(DIR);

test('probe 218: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
