// Outside probe 485 (test/realdata/probe-2026-12-485/): Party building: inspection and discipline, organisation and personnel, congresses (explainers and news citing central Party documents):
// 16 texts, 2 warnings, both real (the Politburo's and the Secretariat's regulations credited to the Central Committee)

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-485');
const { loud, runs } = probeSet(DIR);

test('probe 485: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  assert.deepEqual(raised, ['001.txt:7:citation-issuer-mismatch', '004.txt:7:citation-issuer-mismatch']);
});

test('probe 485: "Quy định 366-QĐ/TW năm 2025 về việc kiểm điểm đối với cán bộ giữ nhiều chức vụ …" is the regulation of 30/8/2025', () => {
  // The words after it tell what the article cited is about; on the first run it was told another document of the number.
  const r = runs().get('001.txt')!;
  const got = r.a.reading.citations.map((c, i) => (c.id === '366-QĐ/TW' && [67, 69, 71].includes(r.line(c.span.start)) ? r.a.resolutions[i]?.entry.record.date ?? null : undefined)).filter((x) => x !== undefined);
  assert.deepEqual(got, ['2025-08-30', '2025-08-30', '2025-08-30']);
});
