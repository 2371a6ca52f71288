// Outside probe 410 (test/realdata/probe-2026-12-410/): công tác dân vận in 2018–2026 (Ban Dân vận pages, Quyết định
// 217/218-QĐ/TW, Dân vận khéo)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-410');
const { loud } = probeSet(DIR);

test('probe 410: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
