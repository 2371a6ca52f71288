// Outside probe 394 (test/realdata/probe-2026-12-394/): 15 texts on science, technology and digital transformation
// after Nghị quyết 57-NQ/TW (2025–2026). The first run raised no error or warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-394');
const { loud } = probeSet(DIR);

test('probe 394: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
