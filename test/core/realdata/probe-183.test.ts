// Outside probe 183 (test/realdata/probe-2026-12-183/): labour, employment and people with merit, 19 texts of 2012–2024: the Labour Code, the employment law, the 2020 ordinance on people with merit, the 27/7 anniversaries.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-183');
const { loud } = probeSet(DIR);

test('probe 183: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
