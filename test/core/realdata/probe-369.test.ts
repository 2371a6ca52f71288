// Outside probe 369 (test/realdata/probe-2026-12-369/): 15 texts of 2011–2025 meant as whole district and commune
// reports; the search budget ran out, so twelve are short excerpts and three come from the crawl. The first run raised
// no error or warning; "Chỉ thị 35 … tiến tới ĐHĐB toàn quốc lần thứ 13" is the directive of 2019 since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-369');
const { loud } = probeSet(DIR);

test('probe 369: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
