// Outside probe 359 (test/realdata/probe-2026-12-359/): 15 real texts of 2003–2013 (căn cứ blocks of decisions of
// 2003–2009, news of 2009–2012) citing documents of the Central Committee terms VIII–XI. The first run raised one
// warning, true ("24/NQ-TW" for 24-NQ/TW); a quoted title naming laws is a decree's subject since.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-359');
const { loud, cite } = probeSet(DIR);

test('probe 359: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
});

test('probe 359: the decree\'s quoted title, which names laws, is its subject', () => {
  assert.match(cite('005', 'Nghị định số 136/2006/NĐ-CP').c.subject?.text ?? '', /^Quy định chi tiết và hướng dẫn thi hành một số điều của Luật Khiếu nại, tố cáo/u);
});
