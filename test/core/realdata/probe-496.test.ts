// Outside probe 496 (test/realdata/probe-2026-12-496/): culture, heritage, sport and the press, 2023–2026 (provincial decisions, a central plan in an OCR copy, news):
// 10 texts, 6 warnings, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-496');
const { loud } = probeSet(DIR);

test('probe 496: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['001.txt:11:citation-format', '001.txt:17:citation-format', '003.txt:14:name-misspelt', '003.txt:14:name-misspelt', '003.txt:14:name-misspelt', '004.txt:5:citation-format']);
});
