// Outside probe 253 (test/realdata/probe-2026-12-253/): new rural development and poverty reduction (the national target programmes, 26-NQ/TW of 2008, 131/QĐ-TTg) (15 texts, 2017–2022)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-253');
const { loud } = probeSet(DIR);

test('probe 253: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
