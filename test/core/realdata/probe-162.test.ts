// Outside probe 162 (test/realdata/probe-2026-12-162/): 20 real texts of 2008–2024 on land, housing, construction and the environment. The first run raised two warnings, both judged true (one a decree number mistyped, told as its date).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-162');
const { doc, loud } = probeSet(DIR);

test('probe 162: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 162: a decree number mistyped with the right day is told as possibly either', () => {
  // "Nghị định số 09/2022/NĐ-CP" dated 10/01/2022 to detail the environment law is 08/2022/NĐ-CP of that day.
  const f = doc('009').a.findings.find((x) => x.code === 'citation-date-mismatch');
  // Since corpus round 165, 07/2022/NĐ-CP of the same day is known too, also a keystroke from 09; the gazette's 08/2022 has no
  // subject to weigh against the words, so both are offered.
  assert.match(f?.message.vi ?? '', /hoặc số hiệu bị gõ nhầm: ngày 10\/1\/2022 là ngày của Nghị định 07\/2022\/NĐ-CP và Nghị định 08\/2022\/NĐ-CP/u);
  assert.deepEqual(f?.fixes?.map((x) => x.title.vi).slice(-2), ['Sửa số hiệu thành 07/2022/NĐ-CP', 'Sửa số hiệu thành 08/2022/NĐ-CP']);
});
