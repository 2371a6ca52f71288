// Outside probe 198 (test/realdata/probe-2026-12-198/): công tác dân vận and grassroots democracy, 19 texts of 2013–2026: 290-QĐ/TW, Kết luận 114-KL/TW and 236-KL/TW, the 2022 law, Dân vận khéo.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-198');
const { loud } = probeSet(DIR);

test('probe 198: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
