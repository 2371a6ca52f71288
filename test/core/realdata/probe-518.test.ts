// Outside probe 518 (test/realdata/probe-2026-12-518/): Party inspection, supervision and discipline — the Central
// Inspection Commission's sessions, disciplinary announcements, explainers of Quy định 22, 296, Quyết định 164: 16 texts,
// 1 warning on the first run, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-518');
const { loud, finding, doc } = probeSet(DIR);

test('probe 518: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Quy định số 86-qđ/tw" in a republishing site's widget.
  assert.deepEqual(raised, ['002.txt:28:citation-format']);
});

test('probe 518: a text whose first line is its own title with its day, over its căn cứ, is dated by it', () => {
  // Quy định 110-QĐ/TW of 6/7/2023: the first run dated it today, so 22-QĐ/TW (line 7), in force in 2023, was said to have
  // been replaced (by 296-QĐ/TW of 30/5/2025) since.
  assert.equal(doc('010').a.reportDate, '2023-07-06');
  assert.equal(finding('010', 'citation-superseded', 'Quy định số 22-QĐ/TW'), undefined);
});
