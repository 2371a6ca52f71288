// Outside probe 514 (test/realdata/probe-2026-12-514/): communes', wards' and districts' reports, plans and council sessions
// before and after the 2025 reorganisation (page openings from local portals and provincial newspapers): 14 texts, 1 warning
// on the first run, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-514');
const { loud } = probeSet(DIR);

test('probe 514: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // A ward council "khóa I, nhiệm kỳ 2021-2025", the term of 2021-2026 the same article gives above.
  assert.deepEqual(raised, ['006.txt:7:office-term-span']);
});
