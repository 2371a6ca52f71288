// Outside probe 222 (test/realdata/probe-2026-12-222/): culture, sports, tourism and heritage: Nghị quyết 33-NQ/TW, 08-NQ/TW, Luật Di sản văn hóa (20 texts, 2018–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-222');
const { loud } = probeSet(DIR);

test('probe 222: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
