// Outside probe 220 (test/realdata/probe-2026-12-220/): agriculture and new rural areas: Quyết định 318–321/QĐ-TTg, OCOP, Nghị quyết 19-NQ/TW (20 texts, 2016–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-220');
const { loud, resolved } = probeSet(DIR);

test('probe 220: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 220: a plenum\'s resolutions, one held by its year only, are taken from the session\'s first (18-NQ/TW), not that one', () => {
  assert.equal(resolved('020', 'Nghị quyết Hội nghị lần thứ 5', 1), '18-NQ/TW 2022-06-16');
});
