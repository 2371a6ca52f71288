// Outside probe 126 (test/realdata/probe-2026-12-126/): 26 real texts of 2011–2025 on public security and order at the
// grassroots. The first run raised six warnings: five true, one false (a title in capitals with one stray lower-case
// letter from a broken copy, "QUốC", whose "01/CT-TTG" was told to write "TTg"), gone since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-126');
const { resolved, loud } = probeSet(DIR);

test('probe 126: the errors and warnings raised are the judged true ones; the false one is gone', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 5);
  assert.ok(judged.some((v) => v.finding === '015.txt:17:citation-format' && v.verdict === 'false'));
});

test('probe 126: wrong readings left, as they are', () => {
  // FIXME: "Nghị quyết số 22-NQ/TW về tiếp tục đổi mới, sắp xếp tổ chức bộ máy Bộ Công an tinh gọn …" is the Politburo's
  // of 2018, which the corpus lacks; its subject shares four syllables by chance ("tổ chức", "bộ", "lực") with the
  // 2008 resolution on grassroots Party organisations, enough to be taken for it.
  assert.equal(resolved('005', 'Nghị quyết số 22-NQ/TW'), '22-NQ/TW 2008-02-02');
});
