// Outside probe 250 (test/realdata/probe-2026-12-250/): transport, infrastructure and energy (13-NQ/TW of 2012, Luật Đường bộ, Luật Điện lực, Luật Đường sắt 2025, 23-CT/TW of 2023) (15 texts, 2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-250');
const { loud } = probeSet(DIR);

test('probe 250: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
