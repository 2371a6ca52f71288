// Outside probe 234 (test/realdata/probe-2026-12-234/): propaganda, press and ideology: Nghị quyết 35-NQ/TW, Kết luận 57-KL/TW, the press and cybersecurity laws (19 texts, 2015–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-234');
const { loud } = probeSet(DIR);

test('probe 234: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
