// Outside probe 110 (test/realdata/probe-2026-12-110/): 24 real texts of 2018–2025 on the restructuring of the
// political system (18-NQ/TW and 19-NQ/TW of 2017, the 2025 mergers of provinces and communes). The first run raised
// one error, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-110');
const { loud } = probeSet(DIR);

test('probe 110: the error raised is the judged true one', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['001.txt:1:citation-date-mismatch']);
});
