// Outside probe 516 (test/realdata/probe-2026-12-516/): education and training — provincial decisions with their căn cứ,
// the Government portal's reports on the education laws of December 2025, news: 15 texts, 1 error and 2 warnings on the first run, one
// real, the other two false (now not raised)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-516');
const { loud, resolved } = probeSet(DIR);

test('probe 516: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // Nghị quyết 71-NQ/TW credited to the Central Committee: the Politburo's.
  assert.deepEqual(raised, ['004.txt:47:citation-issuer-mismatch']);
  assert.deepEqual(judged.filter((v) => v.verdict === 'false').map((v) => v.finding), ['013.txt:1:citation-effective-mismatch', '013.txt:7:citation-date-mismatch']);
});

test('probe 516: "Ngày 10/12, Quốc hội đã thông qua Luật Giáo dục" is the amending law passed that day, and so are the other mentions', () => {
  // The first run took the law of 2019 in force that day and told it its day and its effect were wrong.
  assert.equal(resolved('013', 'Luật Giáo dục', 7), '123/2025/QH15 2025-12-10');
  assert.equal(resolved('013', 'Luật Giáo dục', 1), '123/2025/QH15 2025-12-10');
});
