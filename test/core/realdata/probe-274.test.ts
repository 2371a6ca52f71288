// Outside probe 274 (test/realdata/probe-2026-12-274/): drug prevention and social evils (15 texts, 2011–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-274');
const { loud } = probeSet(DIR);

test('probe 274: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  // "Kế hoạch số 152/QĐ-TTg" names the plan by the decision that issues it: judged a slip of form, the document right. Since
  // the forty-third session information (citation-type-mismatch), no longer an error.
  assert.deepEqual(raised, judgedTrue(judged, ['001.txt:3:citation-type-mismatch']));
});
