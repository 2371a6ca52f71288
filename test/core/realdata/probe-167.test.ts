// Outside probe 167 (test/realdata/probe-2026-12-167/): 19 real texts of 2008–2025 on emulation and commendation. The first run raised one error and one warning: the error true, the warning false (a reposted decree read as of its posting date), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-167');
const { doc, loud } = probeSet(DIR);

test('probe 167: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 167: a law named by the year it took effect is told, as a hint', () => {
  // "Luật Thi đua khen thưởng năm 2024 được Quốc hội khóa XV thông qua vào ngày 15/6/2022": the law of 2022, in force 2024.
  const f = doc('015').a.findings.filter((x) => x.code === 'citation-date-mismatch');
  assert.deepEqual(f.map((x) => x.severity), ['hint']);
  assert.match(f[0]!.message.vi, /năm 2024 là năm luật có hiệu lực \(1\/1\/2024\)/u);
});
