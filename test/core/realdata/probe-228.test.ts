// Outside probe 228 (test/realdata/probe-2026-12-228/): công tác dân vận: Chỉ thị 49-CT/TW, Nghị quyết 25-NQ/TW, Dân vận khéo, Chỉ thị 30-CT/TW, Luật Thực hiện dân chủ ở cơ sở (19 texts, 1998–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-228');
const { loud } = probeSet(DIR);

test('probe 228: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
