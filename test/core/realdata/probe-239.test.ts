// Outside probe 239 (test/realdata/probe-2026-12-239/): inspection, anti-corruption, complaints and citizen reception (Luật Thanh tra, Khiếu nại, Tố cáo; 131/132-QĐ/TW) (15 texts, 2011–2025)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-239');
const { loud } = probeSet(DIR);

test('probe 239: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
