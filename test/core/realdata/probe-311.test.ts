// Outside probe 311 (test/realdata/probe-2026-12-311/): grassroots democracy, citizen reception, complaints and denunciations, 2011–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-311');
const { loud } = probeSet(DIR);

test('probe 311: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
