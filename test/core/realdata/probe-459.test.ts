// Outside probe 459 (test/realdata/probe-2026-12-459/): science, technology, digital transformation and administrative
// reform in 2024–2026 — a Politburo regulation, Prime Minister's decisions, a decree, ministry letters, city resolutions,
// policy news: 15 texts, 2 warnings, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-459');
const { loud, resolved } = probeSet(DIR);

test('probe 459: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 459: "Luật Thuế xuất khẩu, nhập khẩu", the second "thuế" left out, is the law of 2016', () => {
  assert.equal(resolved('008', 'Luật Thuế xuất khẩu, nhập khẩu', 81), '107/2016/QH13 2016-04-06');
  assert.equal(resolved('008', 'Luật Thuế xuất khẩu, thuế nhập khẩu', 76), '107/2016/QH13 2016-04-06');
});
