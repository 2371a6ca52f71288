// Outside probe 470 (test/realdata/probe-2026-12-470/): what Party committees and their boards write and cite, 2011–2025 —
// the central commission's guidance, a Government Party committee's letter explained, a city's căn cứ block of Party
// documents, provincial Party news on propaganda and inspection work: 15 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-470');
const { loud } = probeSet(DIR);

test('probe 470: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Kết luận 01-KL/TW … 15/8/2021" (of 18/5/2021) and "Quy định 366-QĐ/TW" credited to the Central Committee.
  assert.deepEqual(raised, ['005.txt:22:citation-date-mismatch', '006.txt:4:citation-issuer-mismatch']);
});
