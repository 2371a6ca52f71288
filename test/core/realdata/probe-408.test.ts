// Outside probe 408 (test/realdata/probe-2026-12-408/): the education sector in 2025–2026 (schools, Sở Giáo dục, Nghị
// quyết 71-NQ/TW, Ministry circulars)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-408');
const { loud } = probeSet(DIR);

test('probe 408: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
