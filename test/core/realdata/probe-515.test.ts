// Outside probe 515 (test/realdata/probe-2026-12-515/): taxes, customs, banking and enterprises — the tax and customs
// departments' letters, circulars, legal Q&A pages on the laws of 2024–2025: 15 texts, 2 warnings on the first run, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-515');
const { loud } = probeSet(DIR);

test('probe 515: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Thuế tỉnh Khánh Hóa" for Khánh Hòa; "Nghị định 69/2018/NĐ-CP ngày 15/5/2025" for 15/5/2018.
  assert.deepEqual(raised, ['002.txt:20:name-misspelt', '005.txt:27:citation-date-mismatch']);
});
