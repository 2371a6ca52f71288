// Outside probe 320 (test/realdata/probe-2026-12-320/): texts written between 1995 and 2010, khóa VIII–X (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-320');
const { loud } = probeSet(DIR);

test('probe 320: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
