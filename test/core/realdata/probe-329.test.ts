// Outside probe 329 (test/realdata/probe-2026-12-329/): the Farmers', Veterans' and Women's Unions, 2010–2026 (15 texts). First run: no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-329');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 329: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 329: a scheme\'s period written short of its own is told, as information', () => {
  const f = doc('009').a.findings.find((x) => x.code === 'citation-subject-mismatch');
  assert.equal(f?.severity, 'information');
  assert.match(f?.message.vi ?? '', /Quyết định 2415\/QĐ-TTg ngày 31\/10\/2025 là giai đoạn 2026 - 2035, không phải 2026 - 2030/u);
});

test('probe 329: the Politburo\'s directive on mass associations of 2012 is held (corpus round 140)', () => {
  assert.equal(resolved('013', 'Chỉ thị 17'), '17-CT/TW 2012-08-28');
});
