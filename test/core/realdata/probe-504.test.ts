// Outside probe 504 (test/realdata/probe-2026-12-504/): Party history and Party building (Wikipedia's articles on the Central
// Committees of khóa VII–XIII, the Politburo, the Secretariat, Đổi Mới; a Party news page): 15 texts, 3 warnings on the
// first run, all real

import assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { judgedTrue, probeSet } from '../../helpers/probe-set';

const DIR = path.resolve(__dirname, '../../realdata/probe-2026-12-504');
const { loud, cite } = probeSet(DIR);

test('probe 504: the loud findings raised are the ones judged true', () => {
  const { raised, judged } = loud();
  assert.deepEqual(raised, judgedTrue(judged));
  // Quy định 105-QĐ/TW credited to the Central Committee (the Politburo's), twice; "Ban Bí thứ".
  assert.deepEqual(raised, ['008.txt:112:citation-issuer-mismatch', '009.txt:120:name-misspelt', '009.txt:36:citation-issuer-mismatch']);
});

test('probe 504: a plenum held in two sessions, and laws of 1987–1990 named in a timeline', () => {
  // "Nghị quyết Trung ương 6 lần 2 khóa VIII" had lost its term and become 18-NQ/TW of 2017.
  const six = cite('005', 'Nghị quyết Trung ương 6 lần 2 khóa VIII', 78);
  assert.equal(six.c.named?.term, 'VIII');
  assert.equal(six.c.named?.session, 2);
  // FIXME: the plenum's session held two resolutions on 2/2/1999, 09-NQ/TW and 10-NQ/TW (on Party building, the one the text
  // means: "…, đẩy mạnh cuộc vận động, xây dựng, chỉnh đốn Đảng"). Standing inside the subject of "kết luận Hội nghị Trung
  // ương 4 khóa IX về việc …", its words are that conclusion's, so nothing tells the two apart and the first is taken.
  // Written outside another's subject the words choose 10-NQ/TW (test/core/corpus/resolve.test.ts).
  assert.equal(`${six.res?.entry.record.id} ${six.res?.entry.record.date}`, '09-NQ/TW 1999-02-02');
  assert.equal(six.res?.certainty, 'probable');
  // "(mở rộng)" kept the term too: khóa II, which the corpus does not hold.
  const ten = cite('014', 'Nghị quyết Trung ương 10 (mở rộng) khóa II', 75);
  assert.equal(ten.c.named?.term, 'II');
  assert.equal(ten.res, null);
  // The foreign investment law of 1987 and the private enterprise law of 1990 had become the laws of 2025 and 2020.
  assert.equal(cite('011', 'Luật đầu tư nước ngoài tại Việt Nam', 38).res, null);
  assert.equal(cite('011', 'Luật doanh nghiệp tư nhân', 44).res, null);
});
