// The customary citation vanban inserts must read back as the same document: every directive of
// the test corpus and the bundled corpus, through the core's own reader.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { citationText, statusLine } from '../../../server/src/core/features/index';
import { read, type DirectiveRecord } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { SMALL_RECORDS, smallIndex } from './test-corpus';

function readsBack(r: DirectiveRecord): void {
  const text = citationText(r, true);
  const c = read(`Thực hiện ${text}.`).citations[0];
  assert.ok(c, `a citation in "${text}"`);
  assert.equal(c.id, r.id, text);
  if (r.date && r.date.length === 10) assert.equal(c.date?.iso, r.date, text);
  if (r.term) assert.equal(c.term?.roman, r.term, text);
}

describe('citationText reads back (test corpus)', () => {
  for (const r of SMALL_RECORDS) if (r.type === 'directive') test(`${r.id} ${r.organisation ?? ''}`, () => readsBack(r));
});

describe('citationText reads back (bundled corpus)', async () => {
  const corpus = await bundledIndex();
  // Texts without a number (the Constitution) are cited by name; test/core/corpus/resolve-laws.test.ts covers them.
  for (const e of corpus.directives.filter((x) => /^\p{N}/u.test(x.record.id))) test(`${e.record.id} ${e.record.date ?? ''}`, () => readsBack(e.record));
});

test('citation forms', () => {
  const r = SMALL_RECORDS.find((x) => x.type === 'directive' && x.id === '45-NQ/TU') as DirectiveRecord;
  assert.equal(citationText(r), 'Nghị quyết số 45-NQ/TU ngày 5/1/2023 của Ban Chấp hành Đảng bộ tỉnh Thử Nghiệm về công tác dân vận thử nghiệm giai đoạn 2023 - 2028');
  // A date known only to the year or month is left out rather than half-written.
  assert.equal(citationText({ ...r, date: '2023', subject: 'Tăng cường công tác' }, false), '45-NQ/TU của Ban Chấp hành Đảng bộ tỉnh Thử Nghiệm về "Tăng cường công tác"');
  assert.equal(citationText({ ...r, date: '2023-01', organisation: undefined, issuer: 'Bộ Chính trị', term: 'XIII', subject: undefined }, false), '45-NQ/TU của Bộ Chính trị khóa XIII');
});

test('status lines', () => {
  const corpus = smallIndex();
  const r = SMALL_RECORDS.find((x) => x.type === 'directive' && x.id === '29-NQ/TU') as DirectiveRecord;
  assert.equal(statusLine(r, '2024-01-01', corpus).vi, 'đã được thay thế bởi Nghị quyết 45-NQ/TU (5/1/2023) trước ngày của báo cáo');
  assert.equal(statusLine(r, '2020-01-01', corpus).vi, 'chưa rõ hiệu lực; sau đó được thay thế bởi Nghị quyết 45-NQ/TU (5/1/2023)');
  assert.equal(statusLine(r, '2019-01-01', corpus).en, "not yet issued on the report's date (1/1/2019)");
});

test('status line of a text whose id is its name (the Constitution)', async () => {
  const corpus = await bundledIndex();
  const r = corpus.byOfficialId('Hiến pháp năm 1992')[0]!.record;
  // Its id already says its kind: "Hiến pháp năm 2013", not "Hiến pháp Hiến pháp năm 2013".
  assert.equal(statusLine(r, '2020-01-01', corpus).vi, 'đã được thay thế bởi Hiến pháp năm 2013 (1/1/2014) trước ngày của báo cáo');
  assert.equal(citationText(corpus.byOfficialId('Hiến pháp năm 2013')[0]!.record), 'Hiến pháp năm 2013');
});
