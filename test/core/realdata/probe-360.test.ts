// Outside probe 360 (test/realdata/probe-2026-12-360/): 15 real texts of 2025–2026 on the Fatherland Front after the
// 2025 reorganisation. The first run raised no error or warning; "Thanh Hóa" is no longer asked to follow the text's
// "khoá".

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-360');
const { loud, doc } = probeSet(DIR);

test('probe 360: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 360: "Thanh Hóa" keeps its spelling beside the text\'s "khoá"', () => {
  assert.deepEqual(doc('011').a.findings.filter((f) => f.code === 'tone-mark-style').map((f) => f.message.vi.slice(0, 12)), []);
});
