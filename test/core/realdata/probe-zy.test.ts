// Outside probe 55 (test/realdata/probe-2026-12zy/): 25 real texts of late 2025 and early 2026 on the elections of
// the XVI National Assembly and the People's Councils of 2026–2031. No error or warning at first; since the forty-sixth
// session one, true: "khóa XVI … nhiệm kỳ 2021-2026" in a page of March 2026.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zy');
const { loud } = probeSet(DIR);

test('probe 55: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['020.txt:3:office-term-span']);
});
