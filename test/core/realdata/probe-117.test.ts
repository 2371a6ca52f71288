// Outside probe 117 (test/realdata/probe-2026-12-117/): 25 real texts of 2003–2025 on the 2025 reorganisation of
// provinces and communes and the two-level local government. The first run raised one error and one warning, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-117');
const { doc, resolved, loud } = probeSet(DIR);

test('probe 117: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 117: wrong readings left, as they are', () => {
  // FIXME: "Nghị quyết 60-NQ/TW (Bộ Chính trị thông qua ngày 12/4/2025)": the issuer and date in the parentheses are not
  // read, so the wrong issuer (60-NQ/TW is the Central Committee's) is not told.
  assert.equal(resolved('016', 'Nghị quyết 60-NQ/TW'), '60-NQ/TW 2025-04-12');
  const c = doc('016').a.reading.citations.find((x) => x.id === '60-NQ/TW');
  assert.equal(c?.issuer, null);
});
