// Outside probe 44 (test/realdata/probe-2026-12zn/): 25 real health and education sector texts of 2017–2025. The
// errors and warnings are exactly the judged ones, all true; what is still wrong is asserted as it is (FIXME).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zn');
const { doc, loud } = probeSet(DIR);

test('probe 44: the errors and warnings raised are the judged ones, all true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(judged.filter((v) => v.verdict === 'false').length, 0);
});

test('probe 44: a firm\'s name and a legal site\'s menu are no laws', () => {
  for (const [n, name] of [['009', 'Gia'], ['024', 'Tóm tắt']] as const)
    assert.ok(!doc(n).a.reading.citations.some((c) => c.kind === 'Luật' && c.name?.text.startsWith(name)), n);
});
