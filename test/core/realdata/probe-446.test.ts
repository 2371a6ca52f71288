// Outside probe 446 (test/realdata/probe-2026-12-446/): 15 texts on Party inspection, discipline and anti-corruption
// work, 2023–2026 (asset-declaration plans, the amended Law on Inspection, the Central Internal Affairs Commission's
// history, conference news), from a public crawl and the search corpus. First run: 1 warning, true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-446');
const { loud } = probeSet(DIR);

test('probe 446: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
