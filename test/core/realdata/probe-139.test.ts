// Outside probe 139 (test/realdata/probe-2026-12-139/): 19 real texts of 2016–2024 on receiving citizens and settling
// complaints and denunciations. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-139');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 139: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 139: readings the first run got wrong', () => {
  // "Tuyên truyền luật tố cáoNgày 17/10/2024 14:54:26 …": the site's stamp, glued to the title, dates the item.
  assert.equal(doc('007').a.reportDate, '2024-10-17');
});

test('probe 139: wrong readings left, as they are', () => {
  // FIXME: "Quy định số 11-QĐ/TW" on receiving citizens is 11-QĐi/TW; nothing written beside it (no date, no subject after
  // it) lets the dropped "i" be asked about.
  assert.equal(resolved('013', 'Quy định số 11-QĐ/TW'), null);
});
