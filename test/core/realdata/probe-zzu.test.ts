// Outside probe 77 (test/realdata/probe-2026-12zzu/): 26 real texts of 2012–2026 on energy, railways and urban
// development (Nghị quyết 55 and 70-NQ/TW, Kết luận 49-KL/TW, Nghị quyết 06-NQ/TW, the high-speed railway and
// nuclear power resolutions of the National Assembly), run first on this session's build: no error, no warning.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12zzu');
const { cite, resolved, loud } = probeSet(DIR);

test('probe 77: no error or warning is raised, and none was judged', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, []);
  assert.deepEqual(judged, []);
});

test('probe 77: "Nghị quyết 06 của Bộ Chính trị" and the resolution of 24/1/2022 it names are one document', () => {
  assert.equal(resolved('011', 'Nghị quyết 06', 1), '06-NQ/TW 2022-01-24');
  assert.equal(resolved('011', 'Nghị quyết số 06-NQ/TW', 5), '06-NQ/TW 2022-01-24');
});

test('probe 77: "Kết luận số 27 (ngày 17/8/2008) của Bộ Chính trị" is read with its date and issuer', () => {
  const { c } = cite('006', 'Kết luận số 27');
  assert.equal(c.date?.iso, '2008-08-17');
  assert.equal(c.issuer?.name, 'Bộ Chính trị');
});

test('probe 77: "Nghị quyết 18 và Kết luận 26 của Bộ Chính trị" (2020, on energy) is the Politburo\'s resolution of 2007', () => {
  // The list's issuer stays the last member's (Kết luận 43 is not the Politburo's in "Nghị quyết 25, Kết luận 43 và
  // Quyết định 217, 218 của Bộ Chính trị"); since corpus round 51 knows the energy resolution of 2007, the paragraph's
  // words on energy choose it. The first run took the Government's 18/2026/NQ-CP, issued six years after the text.
  assert.equal(cite('001', 'Nghị quyết 18').c.issuer, null);
  assert.equal(resolved('001', 'Nghị quyết 18'), '18-NQ/TW 2007-10-25');
});

test('probe 77: "Kết luận số 27 (ngày 17/8/2008) của Bộ Chính trị" is the railway conclusion of 2008, whose day the sources give two ways', () => {
  // Kết luận 49-KL/TW dates it 17/9/2008; two news items 17/8/2008: the record keeps both (a conflict), and says nothing.
  assert.equal(resolved('006', 'Kết luận số 27'), '27-KL/TW 2008-09-17');
});
