// Outside probe 513 (test/realdata/probe-2026-12-513/): agriculture, environment, water and minerals — 2025 explainers and news
// of the new Ministry of Agriculture and Environment's documents: 12 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-513');
const { loud, cite } = probeSet(DIR);

test('probe 513: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 513: laws named with their years, and what is left', () => {
  assert.equal(cite('006', 'Luật Địa chất và khoáng sản năm 2024', 9).res?.entry.record.id, '54/2024/QH15');
  assert.equal(cite('006', 'Luật Đất đai năm 2024', 9).res?.entry.record.id, '31/2024/QH15');
  // A bare "Luật Đất đai" after both "Luật Đất đai năm 2024" and "… năm 2013" were named (line 9) is the later law: the text, of
  // 2025, speaks of the obstacles in the law in force ("xác định các vướng mắc, bất cập trong quy định tại Luật Địa chất và
  // khoáng sản, Luật Đất đai"). It had taken the nearer mention, the law of 2013, until the fifty-fifth session.
  const r = cite('006', 'Luật Đất đai', 15);
  assert.equal(r.res?.entry.record.id, '31/2024/QH15');
});
