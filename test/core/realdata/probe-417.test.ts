// Outside probe 417 (test/realdata/probe-2026-12-417/): labour, employment, social insurance and social protection
// texts of 2023–2026 (Luật Việc làm 2025, Luật Bảo hiểm xã hội 2024, minimum wage decrees)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-417');
const { loud } = probeSet(DIR);

test('probe 417: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
