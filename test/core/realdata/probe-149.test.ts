// Outside probe 149 (test/realdata/probe-2026-12-149/): 19 real texts of 2010–2025 on wages, allowances of commune staff,
// People's Council spending and labour. The first run raised one warning, false.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-149');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 149: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The false one: "Thường trực HĐND tỉnh" and "Thường trực Hội đồng nhân dân tỉnh" are one body, its initials spelt out.
  // The one raised came with the thirty-third session's reading of "Tờ trình số 2200 TTr-UBND" (the slash missing).
  assert.deepEqual(raised, ['007.txt:1:citation-format']);
  assert.deepEqual(judged.map((v) => `${v.finding} ${v.verdict}`), ['013.txt:34:citation-inconsistent false', '007.txt:1:citation-format true']);
});

test('probe 149: readings the first run got wrong', () => {
  // "… Hạnh phúc Phú Thọ ngày 15 tháng 7 năm 2013 NGHỊ QUYẾT …", a header run into one line: the resolution of 2013 is
  // dated, and the 2003 local-government law it cites is no longer told replaced.
  const r = doc('007');
  assert.equal(r.a.reportDate, '2013-07-15');
  assert.deepEqual(r.a.findings.filter((f) => f.code === 'citation-superseded'), []);
  assert.equal(resolved('007', 'Luật Tổ chức Hội đồng nhân dân'), '11/2003/QH11 2003-11-26');
});

test('probe 149: a reading the first run got wrong, fixed since', () => {
  // "Nghị định số 92 2009 NĐ-CP" (the copy lost its slashes) is read as a bare "Nghị định số 92"; the year written after
  // the number names 92/2009/NĐ-CP (twenty-eighth session: the words around choose among a bare state number's records).
  // It had been the decree in force at the resolution's date, 92/2012/NĐ-CP on religion.
  assert.equal(resolved('007', 'Nghị định số 92'), '92/2009/NĐ-CP 2009-10-22');
});
