// Outside probe 178 (test/realdata/probe-2026-12-178/): new countryside, poverty reduction and the national target programmes, 20 texts of 2017–2023.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-178');
const { loud } = probeSet(DIR);

test('probe 178: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
