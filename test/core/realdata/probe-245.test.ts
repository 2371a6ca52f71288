// Outside probe 245 (test/realdata/probe-2026-12-245/): culture, heritage, tourism and sport (33-NQ/TW, 76-KL/TW, 08-NQ/TW of 2017, Luật Di sản văn hóa) (15 texts, 2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-245');
const { loud } = probeSet(DIR);

test('probe 245: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
