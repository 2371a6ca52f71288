// Outside probe 414 (test/realdata/probe-2026-12-414/): culture, heritage, tourism, press and sport texts of 2024–2026
// (Nghị quyết 80-NQ/TW, Luật Di sản văn hóa 2024, Luật Báo chí 2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-414');
const { loud } = probeSet(DIR);

test('probe 414: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
