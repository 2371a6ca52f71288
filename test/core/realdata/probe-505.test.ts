// Outside probe 505 (test/realdata/probe-2026-12-505/): provincial and ministerial texts of 2007–2019 (education, health,
// agriculture, labour) citing regulations in force on their day: 12 page openings, 1 error and 1 warning on the first run,
// both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-505');
const { loud, cite } = probeSet(DIR);

test('probe 505: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Luật Giáo dục ngày 14/6/2007" (the law of 14/6/2005) and "75/2006/NĐCP".
  assert.deepEqual(raised, ['007.txt:10:citation-format', '007.txt:9:citation-date-mismatch']);
});

test('probe 505: the councils\' law of 2004 without its "của", and a decree\'s number without its year', () => {
  // "Luật ban hành văn bản Quy phạm pháp luật HĐND và UBND năm 2004" had become the law of 2008.
  assert.equal(cite('011', 'Luật ban hành văn bản Quy phạm pháp luật HĐND và UBND', 16).res?.entry.record.id, '31/2004/QH11');
  // "Nghị định số 53/NĐ-CP" a line after "Nghị định số 53/2006/NĐ-CP" had become 53/2004/NĐ-CP; 53/2006 is not in the corpus.
  assert.equal(cite('005', 'Nghị định số 53/NĐ-CP', 19).res, null);
});
