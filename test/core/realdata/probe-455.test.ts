// Outside probe 455 (test/realdata/probe-2026-12-455/): the 2025 reorganisation of the state — merged provinces and
// communes, two-tier local government, the steering committee's letters, Party conclusions reproduced without a date line:
// 15 texts, nothing loud

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-455');
const { loud, resolved, cite, runs } = probeSet(DIR);

test('probe 455: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 455: Kết luận 127-KL/TW reproduced without a date line names the laws in force when it was written', () => {
  // The text's latest day is 28/2/2025; the laws to amend had become those passed from June to December 2025.
  const line = 40;
  assert.equal(resolved('002', 'Luật Tổ chức chính quyền địa phương', line), '65/2025/QH15 2025-02-19');
  assert.equal(resolved('002', 'Luật Cán bộ, công chức', line), '22/2008/QH12 2008-11-13');
  assert.equal(resolved('002', 'Luật Thanh tra', line), '11/2022/QH15 2022-11-14');
  assert.equal(resolved('002', 'Luật Quy hoạch', line), '21/2017/QH14 2017-11-24');
});

test('probe 455: a date and issuer inside parentheses after the number are read', () => {
  const { c } = cite('001', 'Nghị quyết số 18-NQ/TW', 2);
  assert.equal(c.date?.iso, '2017-10-25');
  assert.equal(c.issuer?.name, 'Ban Chấp hành Trung ương');
});

test('probe 455: a Cyrillic "СР" in a decree\'s symbol is told', () => {
  const r = runs().get('010.txt')!;
  const found = r.a.findings.filter((f) => f.code === 'letter-lookalike').map((f) => `${r.line(f.span.start)}:${r.text.slice(f.span.start, f.span.end)}`);
  assert.ok(found.includes('47:\u0421\u0420'), found.join(', '));
});
