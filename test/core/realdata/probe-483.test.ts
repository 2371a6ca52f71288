// Outside probe 483 (test/realdata/probe-2026-12-483/): defence, security and justice, 2022–2025 (fire safety, traffic
// order, conscription, judicial expertise, state secrets, notaries): 16 texts, 1 error and 3 warnings; 3 real, 1 unsure

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-483');
const { loud, runs } = probeSet(DIR);

test('probe 483: the loud findings raised are the ones judged true, and the one left unsure', () => {
  const { raised, judged } = loud();
  // 004.txt:134: Thông tư 03/2024/TT-BTP written of 16/4/2024; the codification and a form page give 15/5/2024, no page
  // reached shows the circular itself.
  assert.deepEqual(raised.filter((f) => f !== '004.txt:134:citation-date-mismatch'), judgedTrue(judged));
  assert.deepEqual(raised, ['002.txt:25:citation-term-mismatch', '004.txt:134:citation-date-mismatch', '004.txt:15:date-invalid', '005.txt:44:citation-date-mismatch']);
});

test('probe 483: "ngày ngày 08 tháng 6 ngăm 2010" is the decree\'s date, its year word told mistyped', () => {
  // On the first run the decree was told it lacked its date and the slip went unsaid.
  const r = runs().get('004.txt')!;
  const i = r.a.reading.citations.findIndex((c) => c.id === '63/2010/NĐ-CP');
  assert.equal(r.a.reading.citations[i]?.date?.iso, '2010-06-08');
  assert.equal(r.a.findings.some((f) => f.code === 'citation-incomplete' && r.line(f.span.start) === 15), false);
});
