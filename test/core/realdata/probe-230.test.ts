// Outside probe 230 (test/realdata/probe-2026-12-230/): social policy, labour, poverty reduction, people with merit: 15-NQ/TW, 42-NQ/TW, Chỉ thị 05-CT/TW 2021, 90/QĐ-TTg (20 texts, 2020–2024)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-230');
const { loud } = probeSet(DIR);

test('probe 230: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
