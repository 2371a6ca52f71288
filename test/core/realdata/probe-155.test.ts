// Outside probe 155 (test/realdata/probe-2026-12-155/): 15 real texts of 2012–2025 from and about communes and wards:
// village regulations, grassroots democracy, new-style rural development. The first run raised no error and no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-155');
const { cite, loud } = probeSet(DIR);

test('probe 155: nothing loud is raised, as judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 155: wrong readings left, as they are', () => {
  // FIXME: "Luật thực hiện luật dân chủ cơ sở", a writer's loose phrase, is read as a law named "thực hiện" ("Thực hiện"
  // begins the name of 10/2022/QH15, so the words cannot be ruled out alone).
  assert.equal(cite('014', 'Luật thực hiện').c.name?.text, 'thực hiện');
});
