// Outside probe 343 (test/realdata/probe-2026-12-343/): traffic order and safety, roads and construction, 2023–2025 (15 texts, from
// a public crawl of legal-database articles: the session's search budget was spent). First run: 1 warning, false, now gone.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-343');
const { loud, doc, cite } = probeSet(DIR);

test('probe 343: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 343: a day some provisions take effect is not the decree\'s; a year between an id and its day leaves the day read', () => {
  assert.deepEqual(doc('006').a.findings.filter((f) => f.code === 'citation-effective-mismatch'), []);
  const { c } = cite('001', 'Chỉ thị 23-CT/TW');
  assert.deepEqual([c.date?.iso, c.issuer?.name], ['2023-05-25', 'Ban Bí thư']);
});
