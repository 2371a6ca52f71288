// Outside probe 41 (test/realdata/probe-2026-12zk/): 26 real texts of 2019–2026 on anti-corruption, inspection,
// complaints and Party discipline. The errors and warnings are exactly the judged ones, all true; what is still
// wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zk');
const { resolved, loud } = probeSet(DIR);

test('probe 41: the errors and warnings raised are the judged ones, all true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 41: "Luật Phòng, chống tham nhũng (PCTN) năm 2005" keeps its year and is the law of 2005', () => {
  assert.equal(resolved('019', 'Luật Phòng, chống tham nhũng (PCTN) năm 2005'), '55/2005/QH11 2005-11-29');
});

test('probe 41: the documents the corpus lacked at the first run resolve (thirty-fourth round)', () => {
  assert.equal(resolved('024', 'QUY ĐỊNH 132-QĐ/TW'), '132-QĐ/TW 2023-10-27');
  assert.equal(resolved('018', 'Nghị định 130'), '130/2020/NĐ-CP 2020-10-30');
});
