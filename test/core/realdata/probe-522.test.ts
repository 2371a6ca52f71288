// Outside probe 522 (test/realdata/probe-2026-12-522/): culture, heritage, sports and tourism — provincial decisions on the
// culture departments' procedures with their căn cứ, the ministry's letters, Nghị quyết 33-NQ/TW, news: 15 texts, 3 warnings
// on the first run, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-522');
const { loud, resolved } = probeSet(DIR);

test('probe 522: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // "Nghị định số 118/NĐ-CP" without its year; an appendix heading that dates the decision itself 21/12/2025 (21/11/2025).
  assert.deepEqual(raised, ['002.txt:8:citation-format', '003.txt:33:citation-date-future', '003.txt:33:citation-inconsistent']);
});

test('probe 522: "4347/QĐ-BVHTT&DL" is the ministry\'s 4347/QĐ-BVHTTDL', () => {
  // The first run told it only "not in the corpus".
  assert.equal(resolved('003', 'Quyết định số 4347/QĐ-BVHTT&DL', 11), '4347/QĐ-BVHTTDL 2025-11-14');
});
