// Outside probe 224 (test/realdata/probe-2026-12-224/): science, technology and digital transformation: Nghị quyết 52, 57-NQ/TW, 03/NQ-CP, Đề án 06, Luật Dữ liệu (20 texts, 2020–2026)
// After the first run, corpus round 119 recorded Công điện 201/CĐ-TTg with two days its sources give; the text's 23/10/2025 is the one
// source's, told as a warning, judged unsure.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-224');
const { loud, doc } = probeSet(DIR);

test('probe 224: the loud findings raised are the ones judged true or unsure', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true' || v.verdict === 'unsure').map((v) => v.finding).sort());
});

test('probe 224: a site\'s clock above an item of later days is a banner; a year put into a number with none offers the record of the day written', () => {
  const d = doc('019');
  assert.equal(`${d.a.reportDate} ${d.a.reportDateSource}`, '2020-05-14 banner');
  const f = d.a.findings.find((x) => x.code === 'citation-unknown' && x.message.vi.includes('505/2022/QĐ-TTg'));
  assert.equal(f?.severity, 'information');
  assert.match(f!.message.vi, /Có phải Quyết định 505\/QĐ-TTg \(22\/4\/2022\)\?/u);
});
