// Outside probe 387 (test/realdata/probe-2026-12-387/): 15 texts on propaganda, the press and the Party's ideological
// foundation (2019–2025). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-387');
const { loud } = probeSet(DIR);

test('probe 387: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
