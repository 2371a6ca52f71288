// Outside probe 127 (test/realdata/probe-2026-12-127/): 26 real texts of 2009–2025 on transport and traffic safety. The
// first run raised two errors and one warning, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-127');
const { doc, loud } = probeSet(DIR);

test('probe 127: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 3);
});

test('probe 127: a resolution written with a decree\'s symbol is asked about the resolution of that number', () => {
  // "Nghị quyết số 32/2007/NĐ-CP ngày 29/6/2007": the first run said only that 32/2007/NĐ-CP is a decree.
  const f = doc('007').a.findings.find((x) => x.code === 'citation-type-mismatch');
  assert.match(f?.message.vi ?? '', /hoặc có phải Nghị quyết 32\/2007\/NQ-CP \(29\/6\/2007\)\?/u);
});

test('probe 127: a decision\'s own date is called the decision\'s', () => {
  // The first run said "trước ngày của báo cáo 17/6/2025" of a Quyết định.
  const f = doc('024').a.findings.find((x) => x.code === 'citation-superseded');
  assert.match(f?.message.vi ?? '', /trước ngày của quyết định 17\/6\/2025/u);
});
