// Outside probe 432 (test/realdata/probe-2026-12-432/): full texts of provincial People's Committee decisions, plans
// and reports of 2023–2026 with their căn cứ lists (thuvienphapluat copies and OCR texts kept in public repositories,
// provincial pages)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-432');
const { loud } = probeSet(DIR);

test('probe 432: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
