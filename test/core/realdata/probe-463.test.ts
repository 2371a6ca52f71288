// Outside probe 463 (test/realdata/probe-2026-12-463/): ethnic minorities and religious affairs in 2020–2026 — provincial
// decisions and regulations, summaries of the decrees on the new Ministry of Ethnic and Religious Affairs, explainers and
// news: 14 texts, 1 warning, real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-463');
const { loud, resolved } = probeSet(DIR);

test('probe 463: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 463: "Quy định tại điểm b khoản 1 Mục II Chương trình ban hành kèm theo Quyết định số 920/QĐ-TTg" is the decision', () => {
  // A provision of the programme, not the decision's title: it had been told another document of the number.
  assert.equal(resolved('002', 'Quyết định số 920/QĐ-TTg', 63), '920/QĐ-TTg 2025-05-14');
});
