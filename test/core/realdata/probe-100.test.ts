// Outside probe 100 (test/realdata/probe-2026-12-100/): 25 real texts of 2011–2025 on children, the elderly and families
// (Luật Trẻ em 2016, Luật Người cao tuổi 2009, Chỉ thị 20-CT/TW of 2012, 06-CT/TW of 2021). The first run raised two
// errors and three warnings: three true, two unsure ("Chương trình hành động số 11-CT/TU": the kind or the symbol is
// wrong, no public page says which), nothing false. Those two are warnings now that offer the mended symbol first.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-100');
const { doc, loud } = probeSet(DIR);

test('probe 100: the errors and warnings raised are the judged true and unsure ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 100: a programme\'s symbol that lost a letter is a warning offering the mended number', () => {
  const f = doc('002').a.findings.filter((x) => x.code === 'citation-type-mismatch');
  assert.deepEqual(f.map((x) => x.severity), ['warning', 'warning']);
  assert.ok(f.every((x) => x.message.vi.includes('có lẽ số ký hiệu là 11-CTr/TU') && x.fixes?.[0]?.edits[0]?.newText === '11-CTr/TU'));
});
