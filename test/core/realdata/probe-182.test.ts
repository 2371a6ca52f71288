// Outside probe 182 (test/realdata/probe-2026-12-182/): public finance, the state budget, taxes and thrift, 20 texts of 2007–2025: the budget laws, the Prime Minister's directives on budget estimates, HĐND budget resolutions.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-182');
const { loud } = probeSet(DIR);

test('probe 182: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
