// Outside probe 321 (test/realdata/probe-2026-12-321/): protecting the Party's ideological foundation and cyberspace, 2017–2025 (15 texts)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-321');
const { loud } = probeSet(DIR);

test('probe 321: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
