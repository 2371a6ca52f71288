// Outside probe 235 (test/realdata/probe-2026-12-235/): ethnic minority and mountainous areas: Quyết định 1719/QĐ-TTg, Nghị quyết 88/2019/QH14, prestigious people (15 texts, 2017–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-235');
const { loud } = probeSet(DIR);

test('probe 235: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
