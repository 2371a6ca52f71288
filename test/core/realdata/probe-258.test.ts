// Outside probe 258 (test/realdata/probe-2026-12-258/): ethnic minority and mountainous areas (15 texts, 2011–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-258');
const { loud } = probeSet(DIR);

test('probe 258: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
