// Outside probe 141 (test/realdata/probe-2026-12-141/): 22 real texts of 2011–2025 on judicial reform, the courts and the
// procuracies. The first run raised two errors and one warning, all true; a fourth, true, came with corpus round 88
// (Nghị quyết 753/2005/NQ-UBTVQH11 dated 02/5 for 02/4/2005).

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-141');
const { runs, resolved, loud } = probeSet(DIR);

test('probe 141: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // The fifth, true, came with the forty-sixth session's kind check ("Chỉ thi số 48-CT/TW").
  assert.equal(raised.length, 5);
});

test('probe 141: readings the first run got wrong', () => {
  // Names a word of STOP had cut ("Luật Tổ chức Cơ", "Luật Tố tụng") are read whole.
  const names = (file: string) => {
    const r = runs().get(`${file}.txt`)!;
    return r.a.reading.citations.filter((c) => c.style === 'named').map((c) => r.text.slice(c.span.start, c.span.end));
  };
  assert.ok(names('015').includes('Luật Tổ chức Cơ quan điều tra hình sự năm 2015'));
  assert.ok(names('002').includes('Luật Tố tụng Hành chính năm 2015'));
});

test('probe 141: wrong readings left, as they are', () => {
  // FIXME: "Nghị quyết số 08-NQ/TW và Nghị quyết số 49-NQ/TW của Bộ Chính trị" in a procuracy's text of 2015 is the
  // 08-NQ/TW of 2/1/2002 on judicial work (corpus since this probe); nothing written chooses it over the 2011 resolution
  // on sport, which the report's date picks, now only probable.
  assert.equal(resolved('009', 'Nghị quyết số 08-NQ/TW'), '08-NQ/TW 2011-12-01');
  // FIXME: "Kết luận số 79-KL/TW của Bộ Chính trị về công tác cải cách tư pháp đến năm 2020" (an undated text of 2011)
  // is taken for the 79-KL/TW of 2020, whose subject the corpus lacks.
  assert.equal(resolved('008', 'Kết luận số 79-KL/TW'), '79-KL/TW 2020-06-16');
});
