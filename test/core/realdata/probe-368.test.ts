// Outside probe 368 (test/realdata/probe-2026-12-368/): 15 texts on Party organisation and cadre work (Quy định 41-,
// 50-, 80-, 89-, 90-, 105-QĐ/TW), one from a search and fourteen from a crawl of Wikipedia and legal databases kept on
// GitHub (the search budget spent). The first run raised three errors and seven warnings: nine true (89-QĐ/TW misdated,
// Politburo regulations credited to the Central Committee, a Party guide in the state style), one unsure (50-QĐ/TW of
// 2011 told a Quyết định on one source; both kinds kept since, and not told).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-368');
const { loud } = probeSet(DIR);

test('probe 368: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});
