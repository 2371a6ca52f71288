// Outside probe 138 (test/realdata/probe-2026-12-138/): 22 real texts of 2010–2025 on office and records work and on the
// form of Party and State documents. The first run raised three warnings, all false: a state department's letters
// ("319/VTLTNN-NVTW", its unit "Nghiệp vụ Trung ương") were told to be written as Party ids.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-138');
const { cite, loud } = probeSet(DIR);

test('probe 138: the three false warnings are gone, and nothing else loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged.map((v) => v.verdict), ['false', 'false', 'false']);
  // The letter is read as the state id it is.
  assert.equal(cite('010', 'Công văn số 319/VTLTNN-NVTW').c.id, '319/VTLTNN-NVTW');
});
