// Outside probe 75 (test/realdata/probe-2026-12zzs/): 25 real texts of about 2013–2025 on grassroots democracy, run first
// on this session's build after its first fixes: three warnings, all true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzs');
const { cite, resolved, loud } = probeSet(DIR);

test('probe 75: the warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judged.filter((v) => v.verdict === 'true').map((v) => v.finding).sort());
  assert.equal(raised.length, 3);
});

test('probe 75: "Luật Quy hoạch đô thị và nông thôn năm 2024" is read whole, not cut at "và" into the law of 2009', () => {
  assert.equal(cite('013', 'Luật Quy hoạch đô thị').c.name?.text, 'Quy hoạch đô thị và nông thôn');
  assert.equal(resolved('013', 'Luật Quy hoạch đô thị'), '47/2024/QH15 2024-11-26');
});
