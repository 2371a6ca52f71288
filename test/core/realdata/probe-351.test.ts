// Outside probe 351 (test/realdata/probe-2026-12-351/): 15 real texts of 2025–2026 on the two-level local government
// (new communes and wards, 202/2025/QH15, 60-NQ/TW, the Standing Committee's commune resolutions). The first run raised
// no error or warning; a subject written once after a list of two kinds is each member's since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-351');
const { loud, doc } = probeSet(DIR);

test('probe 351: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 351: a subject written once after a directive and a conclusion is both\'s: neither is told it lacks one', () => {
  const incomplete = doc('009').a.findings.filter((x) => x.code === 'citation-incomplete').map((x) => x.message.vi);
  assert.ok(!incomplete.some((m) => m.includes('35-CT/TW') && m.includes('trích yếu')), incomplete.join('\n'));
});
