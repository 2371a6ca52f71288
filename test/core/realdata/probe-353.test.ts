// Outside probe 353 (test/realdata/probe-2026-12-353/): 15 căn cứ blocks of 2024–2026 (provincial decisions, plans and
// council resolutions, a circular, a decree). The first run raised one error, unsure (two provinces give 2661/QĐ-TTg
// two days; both kept as a conflict since), and one warning, true (Kế hoạch 19-KH/TW is the Politburo's).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-353');
const { loud } = probeSet(DIR);

test('probe 353: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
