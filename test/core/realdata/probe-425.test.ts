// Outside probe 425 (test/realdata/probe-2026-12-425/): the economy, enterprises and investment, texts of 2025–2026
// (Nghị quyết 68, 66 and 79-NQ/TW, Nghị quyết 197/2025/QH15, stalled projects)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-425');
const { loud } = probeSet(DIR);

test('probe 425: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
