// Outside probe 131 (test/realdata/probe-2026-12-131/): 20 real texts of 2012–2024 on civil service and cadre work. The
// first run raised one error and seven warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-131');
const { resolved, loud } = probeSet(DIR);

test('probe 131: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 8);
});

test('probe 131: readings the first run got wrong', () => {
  // "… của Bộ Chính trị về sắp xếp tổ chức bộ máy, tinh giản biên chế, cơ cấu lại …": the record's subject is one clause
  // of the list; it had been told another document of that number.
  assert.equal(resolved('009', 'Nghị quyết số 39-NQ/TW'), '39-NQ/TW 2015-04-17');
  // "Luật SĐ, BS một số điều của Luật CBCC và Luật Viên chức 2019": the amending law of 2019, had been a law named "SĐ".
  assert.equal(resolved('006', 'Luật SĐ, BS'), '52/2019/QH14 2019-11-25');
  assert.equal(resolved('006', 'Luật CBCC'), '22/2008/QH12 2008-11-13');
  // "Nghị định 68" in a 2015 guidance is 68/2000/NĐ-CP on contract work (corpus round 84); the decree 68 of 2017 had been
  // shown.
  assert.equal(resolved('008', 'Nghị định 68'), '68/2000/NĐ-CP 2000-11-17');
});

test('probe 131: an undated decree read as of its own time, since the twenty-fourth session', () => {
  // "ngày 13 tháng 11 nơm 2008" (a typo for "năm") is no date, and the undated decree's bare "Luật Cán bộ, công chức" was
  // the law in force today; the decree now speaks from a year after its latest date, and the law of 2008 is taken.
  assert.equal(resolved('020', 'Luật Cán bộ, công chức'), '22/2008/QH12 2008-11-13');
});
