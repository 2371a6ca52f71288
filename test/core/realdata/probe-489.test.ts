// Outside probe 489 (test/realdata/probe-2026-12-489/): công tác dân vận — news and reports of Ban Dân vận at every level,
// a provincial decision on grassroots democracy: 16 texts, no error or warning raised

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-489');
const { loud } = probeSet(DIR);

test('probe 489: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, []);
});
