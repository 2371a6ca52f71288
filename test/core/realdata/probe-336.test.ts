// Outside probe 336 (test/realdata/probe-2026-12-336/): labour, employment, wages and trade unions, 2010–2026 (15 texts). First run: 1 error, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-336');
const { loud, doc, resolved } = probeSet(DIR);

test('probe 336: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 336: "22-CT/TW ngày 5-6-2018" is the directive of 5/6/2008 with its year mistyped, and the fix says so', () => {
  assert.equal(resolved('001', 'Chỉ thị số 22-CT/TW'), '22-CT/TW 2008-06-05');
  const f = doc('001').a.findings.find((x) => x.code === 'citation-date-mismatch');
  assert.match(f?.message.vi ?? '', /ban hành ngày 5\/6\/2008, không phải "5-6-2018"/u);
});

test('probe 336: "Nghị quyết Hội nghị lần thứ 9 BCHT.Ư Đảng (khóa XI)" is read, the plenum\'s resolution on culture', () => {
  assert.equal(resolved('009', 'Nghị quyết Hội nghị lần thứ 9 BCHT.Ư'), '33-NQ/TW 2014-06-09');
});
