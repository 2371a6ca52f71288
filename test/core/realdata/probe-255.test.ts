// Outside probe 255 (test/realdata/probe-2026-12-255/): Party building and cadre work (12-NQ/TW of 2012, 04-NQ/TW of 2016, 21-KL/TW, Quy định 08-QĐi/TW, 16-HD/BTCTW) (15 texts, 2016–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-255');
const { loud } = probeSet(DIR);

test('probe 255: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
