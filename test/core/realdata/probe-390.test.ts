// Outside probe 390 (test/realdata/probe-2026-12-390/): 15 texts of a Sở GD&ĐT portal mirrored as a school's site
// (2017–2021; a GitHub snapshot, the search budget spent). The first run raised one warning, false (a central school's
// code ending in TW told to be written the Party's way), fixed since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-390');
const { loud } = probeSet(DIR);

test('probe 390: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
