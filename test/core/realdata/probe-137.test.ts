// Outside probe 137 (test/realdata/probe-2026-12-137/): 22 real texts of 2011–2026 on the elections of deputies to the
// National Assembly and the People's Councils and on the councils' work. The first run raised two warnings, both true.

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-137');
const { runs, loud } = probeSet(DIR);

test('probe 137: the errors and warnings raised are the judged true ones', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.equal(raised.length, 2);
});

test('probe 137: readings the first run got wrong', () => {
  // "Luật sửa đổi, bổ sung một số điều của Luật bầu cử đại biểu Quốc hội và Luật bầu cử đại biểu Hội đồng nhân dân số
  // 63/2010/QH12": the first amended law had been read "… Quốc hội và", and asked about a law of 2015.
  const r = runs().get('002.txt')!;
  const names = r.a.reading.citations.filter((c) => c.style === 'named' && c.name).map((c) => r.text.slice(c.span.start, c.span.end));
  assert.ok(names.includes('Luật bầu cử đại biểu Quốc hội'));
  assert.ok(!names.some((n) => n.endsWith(' và')));
});
