// Outside probe 209 (test/realdata/probe-2026-12-209/): commune, ward and district reports, 18 texts of 2018–2026 from 13 provinces, nine after the 2025 two-tier reform.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-209');
const { loud } = probeSet(DIR);

test('probe 209: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
