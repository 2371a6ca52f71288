// The search index behind completion and lookup: folding, word matching, typos, numbers.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idKey, quickFold, searchIndexOf } from '../../../server/src/core/corpus/search';
import { fold, type CorpusRecord } from '../../../server/src/core/index';
import { smallIndex, TEST_SOURCE } from './test-corpus';

describe('quickFold folds as fold() does', () => {
  const samples = [
    'Quy chế công tác Dân vận',
    'ĐẢNG CỘNG SẢN VIỆT NAM',
    'Ðảng', // Latin capital eth, as some sites write Đ
    'khoá XI, uỷ ban',
    'Thu\u0309 nghie\u0323\u0302m', // NFD
    '  Ban\u00a0Dân\tvận  Trung   ương ',
    '290-QĐ/TW; 30/2020/NĐ-CP',
    'Ưu đãi, ơn, ư',
  ];
  for (const s of samples) test(JSON.stringify(s), () => assert.equal(quickFold(s), fold(s)));
});

test('idKey: one key for the spellings of an id', () => {
  assert.equal(idKey('08B-NQ/HNTW'), '8b-nq/hntw');
  assert.equal(idKey('8b-nq/hntw'), '8b-nq/hntw');
  assert.equal(idKey('30 / 2020/NĐ-CP'), '30/2020/nd-cp');
});

describe('searchDirectives', () => {
  const s = searchIndexOf(smallIndex());
  const first = (q: string, typos = false) => s.searchDirectives(q, { typos }).map((h) => `${h.doc.entry.record.id} ${h.doc.entry.record.organisation ?? ''}`.trim());
  const cases: [query: string, expected: string[], typos?: boolean][] = [
    ['tiep nhan y kien', ['12-QĐ/TU Tỉnh ủy Thử Nghiệm']],
    ['TIẾP NHẬN Ý KIẾN', ['12-QĐ/TU Tỉnh ủy Thử Nghiệm']],
    // The last word is a prefix (it is being typed); the others are whole words.
    ['tiep nhan y ki', ['12-QĐ/TU Tỉnh ủy Thử Nghiệm']],
    ['tie nhan y kien', []],
    // Any order, words skipped.
    ['y kien tiep nhan', ['12-QĐ/TU Tỉnh ủy Thử Nghiệm']],
    // A typo only when asked.
    ['tiep nhan y kieen', []],
    ['tiep nhan y kieen', ['12-QĐ/TU Tỉnh ủy Thử Nghiệm'], true],
    ['nhaan dan', [], false],
    // đ folds to d; the id's words are searchable.
    ['doi chung', ['12-QĐ/TU Tỉnh ủy Đối Chứng']],
    ['qd tu doi', ['12-QĐ/TU Tỉnh ủy Đối Chứng']],
    // The phrase read in order ranks first.
    ['giai doan 2023', ['45-NQ/TU Tỉnh ủy Thử Nghiệm', '29-NQ/TU Tỉnh ủy Thử Nghiệm']],
  ];
  for (const [q, expected, typos] of cases)
    test(`"${q}"${typos ? ' (typos)' : ''}`, () => assert.deepEqual(first(q, typos).slice(0, Math.max(expected.length, expected.length ? 0 : 99)), expected));
});

test('searchNames: anchored at the start of a name', () => {
  const s = searchIndexOf(smallIndex());
  assert.deepEqual(s.searchNames('nguyen van', { anchored: true }).map((h) => h.doc.name), ['Nguyễn Văn Thử']);
  assert.deepEqual(s.searchNames('van thu', { anchored: true }).map((h) => h.doc.name), []);
  assert.deepEqual(s.searchNames('van thu').map((h) => h.doc.name), ['Nguyễn Văn Thử']);
});

test('byNumberPrefix: exact numbers first, then longer ones; leading zeros ignored', () => {
  const rec = (n: string): CorpusRecord => ({ type: 'directive', id: `${n}-TB/TU`, kind: 'Thông báo', number: n, symbol: 'TB/TU', issuer: 'Ban Thường vụ Tỉnh ủy', organisation: 'Tỉnh ủy Thử Nghiệm', sources: TEST_SOURCE });
  const s = searchIndexOf(smallIndex({}, [rec('120'), rec('1'), rec('13'), rec('012')]));
  assert.deepEqual(s.byNumberPrefix('1', 'thong bao', () => true, 10).map((d) => d.entry.record.id), ['1-TB/TU', '012-TB/TU', '13-TB/TU', '120-TB/TU']);
  assert.deepEqual(s.byNumberPrefix('01', 'thong bao', () => true, 10).map((d) => d.entry.record.id), ['1-TB/TU', '012-TB/TU', '13-TB/TU', '120-TB/TU']);
  assert.deepEqual(s.byNumberPrefix('7', null, () => true, 10).map((d) => d.entry.record.id), ['07-KL/TU']);
});

test('the index is built once per corpus', () => {
  const c = smallIndex();
  assert.equal(searchIndexOf(c), searchIndexOf(c));
  assert.notEqual(searchIndexOf(c), searchIndexOf(smallIndex()));
});
