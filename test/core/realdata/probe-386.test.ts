// Outside probe 386 (test/realdata/probe-2026-12-386/): 15 news items announcing decrees, resolutions and decisions
// (2014–2026). The first run raised no error or warning; the Assembly's 176/2025/QH15 written without its term is told
// since (judged true).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-386');
const { loud } = probeSet(DIR);

test('probe 386: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
