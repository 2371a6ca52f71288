// Outside probe 500 (test/realdata/probe-2026-12-500/): texts of 2005–2015 (a provincial decision, news of the khóa XI resolutions, a district council's session, the Assembly's resolution):
// 5 texts, 1 warning on the first run, false, no longer raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-500');
const { loud } = probeSet(DIR);

test('probe 500: nothing loud is raised; the false warning of the first run is gone', () => {
  const { raised, judged } = loud();
  // 004.txt:2: "nhiệm kỳ 2004- 2011" of a district People's Council, the term Nghị quyết 25/2008/QH12 extended, had been told
  // seven years was too long (judged false; office-term-span knows the extension since the fifty-third session).
  assert.deepEqual(judged.map((j) => `${j.finding} ${j.verdict}`), ['004.txt:2:office-term-span false']);
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
