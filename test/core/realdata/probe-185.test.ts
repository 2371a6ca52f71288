// Outside probe 185 (test/realdata/probe-2026-12-185/): foreign affairs and international integration, 20 texts of 2011–2025: 22-NQ/TW, the Secretariat's directives on diplomacy, the treaty law.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-185');
const { loud } = probeSet(DIR);

test('probe 185: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
