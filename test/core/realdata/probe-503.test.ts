// Outside probe 503 (test/realdata/probe-2026-12-503/): land, housing and construction explainers and news of 2025 that cite
// the laws by name: 12 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-503');
const { loud, runs } = probeSet(DIR);

test('probe 503: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 503: "rà soát các Luật: Nhà ở, Kinh doanh bất động sản" names the two laws of 2023', () => {
  const r = runs().get('009.txt')!;
  const onLine7 = r.a.reading.citations.map((c, i) => ({ c, i })).filter(({ c }) => r.line(c.span.start) === 7);
  assert.deepEqual(onLine7.slice(0, 2).map(({ i }) => r.a.resolutions[i]?.entry.record.id ?? null), ['27/2023/QH15', '29/2023/QH15']);
});
