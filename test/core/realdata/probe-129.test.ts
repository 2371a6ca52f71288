// Outside probe 129 (test/realdata/probe-2026-12-129/): 25 real texts of 2010–2025 on health care and population. The
// first run raised three warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-129');
const { resolved, loud } = probeSet(DIR);

test('probe 129: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The fourth, since the forty-second session: 608/QĐ-TTg dated 07/6/2012 for 25/5/2012 (corpus round 153); the fifth,
  // since the forty-fifth: 568/QĐ-TTg dated 25/5/2023 for 24/5/2023 (corpus round 161).
  assert.equal(raised.length, 5);
});

test('probe 129: the 2004 law named with its councils the other way round is that law', () => {
  // "Luật Ban hành văn bản quy phạm pháp luật\ncủa UBND, HĐND ngày 03 tháng 12 năm 2004": the name had been cut at the
  // line's end, its date lost, and the law of 2008 taken.
  assert.equal(resolved('002', 'Luật Ban hành văn bản'), '31/2004/QH11 2004-12-03');
});
