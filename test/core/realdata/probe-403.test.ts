// Outside probe 403 (test/realdata/probe-2026-12-403/): 15 news items and explainers of 2025–2026 on new decrees, their
// replacements and effective days. The first run raised no error or warning; a law named with a year after the page's
// own ("… 2027" for 2007) was taken for the law in force that year, silently, fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-403');
const { loud } = probeSet(DIR);

test('probe 403: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
