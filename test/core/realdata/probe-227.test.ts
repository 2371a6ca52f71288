// Outside probe 227 (test/realdata/probe-2026-12-227/): economy, enterprises and public investment: Nghị quyết 68-NQ/TW, 12-NQ/TW, Luật 68/2025/QH15, decrees and directives on disbursement (20 texts, 2017–2026)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-227');
const { loud } = probeSet(DIR);

test('probe 227: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
