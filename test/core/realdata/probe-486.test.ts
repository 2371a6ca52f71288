// Outside probe 486 (test/realdata/probe-2026-12-486/): finance, state budget, public investment, public assets, taxes and fees (decrees, circulars, provincial decisions, letters):
// 15 texts, 1 error and 1 warning, both real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-486');
const { loud, runs } = probeSet(DIR);

test('probe 486: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['011.txt:93:name-misspelt', '014.txt:12:citation-date-mismatch']);
});

test('probe 486: "Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 2 năm 2015" is told the year may be the slip (014.txt:12)', () => {
  // The same line cites 64/2025/QH15 of 19/2/2025; the first run offered only the day of 80/2015/QH13.
  const r = runs().get('014.txt')!;
  const f = r.a.findings.find((x) => x.code === 'citation-date-mismatch' && r.line(x.span.start) === 12)!;
  assert.match(f.message.vi, /hoặc năm viết nhầm: Luật Ban hành văn bản quy phạm pháp luật số 64\/2025\/QH15 ban hành ngày 19\/2\/2025/);
  assert.equal(f.fixes![0]!.edits[0]!.newText, '19 tháng 2 năm 2025');
});
