// Outside probe 187 (test/realdata/probe-2026-12-187/): ethnic minority affairs and mountain regions, 20 texts of 2003–2025: 24-NQ/TW 2003, 88/2019/QH14, 1719/QĐ-TTg, người có uy tín.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-187');
const { loud } = probeSet(DIR);

test('probe 187: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
