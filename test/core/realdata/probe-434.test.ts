// Outside probe 434 (test/realdata/probe-2026-12-434/): older texts, 2008–2019 (and later reviews of them): reviews of
// khóa VIII–XII resolutions and directives, laws of the time cited by name

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-434');
const { loud } = probeSet(DIR);

test('probe 434: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
