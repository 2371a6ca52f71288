// Outside probe 512 (test/realdata/probe-2026-12-512/): military service, the police and the militia — laws, decrees and circulars
// as legal Q&A pages and the Government portal explain them: 12 texts, nothing loud on the first run

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-512');
const { loud, cite } = probeSet(DIR);

test('probe 512: nothing loud is raised', () => {
  const { raised, judged } = loud();
  assert.deepEqual(judged, []);
  assert.deepEqual(raised, []);
});

test('probe 512: laws by name resolve to the laws the texts mean', () => {
  // Readings the probe checked by hand (README).
  assert.equal(cite('004', 'Luật Nghĩa vụ Quân sự 2015', 109).res?.entry.record.id, '78/2015/QH13');
  assert.equal(cite('004', 'Luật Dân quân tự vệ 2019', 109).res?.entry.record.id, '48/2019/QH14');
  // "Luật Cán bộ, công chức năm 2008 (sửa đổi, bổ sung tại Luật sửa đổi, bổ sung một số điều của Luật Cán bộ, công chức và
  // Luật Viên chức …)": the amending law of 2019.
  assert.equal(cite('007', 'Luật sửa đổi', 13).res?.entry.record.id, '52/2019/QH14');
});
