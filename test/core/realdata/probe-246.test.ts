// Outside probe 246 (test/realdata/probe-2026-12-246/): youth, women, children and the elderly (25-NQ/TW of 2008, 11-NQ/TW of 2007, Luật Thanh niên, Luật Trẻ em) (15 texts, 2010–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-246');
const { loud } = probeSet(DIR);

test('probe 246: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
