// Outside probe 451 (test/realdata/probe-2026-12-451/): children, youth, gender equality and population work (Luật Trẻ
// em, Nghị quyết 21-NQ/TW on population, Chỉ thị 20-CT/TW), 2013–2025: 15 texts, 3 errors and 2 warnings, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-451');
const { loud } = probeSet(DIR);

test('probe 451: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
