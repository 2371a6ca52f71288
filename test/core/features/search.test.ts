// The search index behind completion and lookup: folding, word matching, typos, numbers.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { idKey, quickFold, searchIndexOf, stepSearchIndex, type SearchIndex } from '../../../server/src/core/corpus/search';
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

describe('directive documents fold their fields from the record when asked', () => {
  // Test data only (invented numbers and province).
  const law: CorpusRecord = { type: 'directive', id: '99/2099/QH99', kind: 'Luật', number: '99', symbol: 'QH99', issuer: 'Quốc hội', name: 'Thử nghiệm', aliases: ['Luật Thử nghiệm năm 2099'], date: '2099-01-01', subject: 'Luật Thử nghiệm', sources: TEST_SOURCE };
  const party: CorpusRecord = { type: 'directive', id: '08-NQ/TW', kind: 'Nghị quyết', number: '08', symbol: 'NQ/TW', issuer: 'Bộ Chính trị', term: 'XCIX', date: '2098-03-02', subject: 'Về Đổi mới', sources: TEST_SOURCE };
  const s = searchIndexOf(smallIndex({}, [law, party]));
  const doc = (id: string) => s.directiveDocs.find((d) => d.entry.record.id === id)!;
  const rows: [id: string, field: 'name' | 'key' | 'alt' | 'text' | 'idKey' | 'kindKey' | 'numberKey' | 'place', expected: unknown][] = [
    ['99/2099/QH99', 'name', 'Luật 99/2099/QH99'],
    ['99/2099/QH99', 'key', 'luat 99/2099/qh99'],
    ['99/2099/QH99', 'alt', ['luat thu nghiem', 'luat thu nghiem nam 2099']],
    ['99/2099/QH99', 'text', 'luat thu nghiem quoc hoi'],
    ['99/2099/QH99', 'place', null],
    ['08-NQ/TW', 'name', 'Nghị quyết 08-NQ/TW'],
    ['08-NQ/TW', 'alt', []],
    ['08-NQ/TW', 'text', 've doi moi bo chinh tri khoa xcix'],
    ['08-NQ/TW', 'idKey', '8-nq/tw'],
    ['08-NQ/TW', 'kindKey', 'nghi quyet'],
    ['08-NQ/TW', 'numberKey', '8'],
    ['12-QĐ/TU', 'place', 'thu nghiem'],
  ];
  for (const [id, field, expected] of rows) test(`${id} ${field}`, () => assert.deepEqual(doc(id)[field], expected));
});

test('a vocabulary past 65,536 words (four-byte token ids) finds what it holds', () => {
  // 70,000 invented records, each with a word of its own ("tu12345"), plus their ids' words.
  const recs: CorpusRecord[] = Array.from({ length: 70_000 }, (_, i) => ({
    type: 'directive', id: `${i + 1}-TB/TU`, kind: 'Thông báo', number: String(i + 1), symbol: 'TB/TU', issuer: 'Ban Thường vụ Tỉnh ủy',
    organisation: 'Tỉnh ủy Thử Nghiệm', subject: `thử nghiệm tu${i}`, sources: TEST_SOURCE,
  }));
  const s = searchIndexOf(smallIndex({}, recs));
  assert.ok(s.vocabularySize > 0x10000, String(s.vocabularySize));
  for (const i of [0, 65_535, 65_536, 69_999])
    assert.deepEqual(s.searchDirectives(`thu nghiem tu${i}`).map((h) => h.doc.entry.record.id), [`${i + 1}-TB/TU`]);
});

describe('an index built a step at a time answers as one built at once', () => {
  // 3,000 invented records (over ten steps of DOCS_PER_STEP) with subjects that share words.
  const recs: CorpusRecord[] = Array.from({ length: 3_000 }, (_, i) => ({
    type: 'directive', id: `${i + 1}-KH/TU`, kind: i % 3 ? 'Kế hoạch' : 'Chỉ thị', number: String(i + 1), symbol: i % 3 ? 'KH/TU' : 'CT/TU',
    issuer: 'Ban Thường vụ Tỉnh ủy', organisation: 'Tỉnh ủy Thử Nghiệm', subject: `thực hiện ${['dân vận', 'dân chủ', 'thi đua'][i % 3]} đợt ${i % 97}`, sources: TEST_SOURCE,
  }));
  const answers = (s: SearchIndex) => ({
    words: s.searchDirectives('dan van dot 4').map((h) => h.doc.entry.record.id),
    typo: s.searchDirectives('thuc hiem dan chu', { typos: true }).map((h) => h.doc.entry.record.id),
    number: s.byNumberPrefix('29', 'ke hoach', () => true, 8).map((d) => d.entry.record.id),
    kind: s.byKindWord('chi thi', 'thu nghiem', () => true, 5).length,
    names: s.searchNames('bi thu').map((h) => h.doc.name),
  });
  const whole = answers(searchIndexOf(smallIndex({}, recs)));
  test('the answers are not empty (else the comparison proves nothing)', () => {
    assert.ok(whole.words.length > 0 && whole.typo.length > 0 && whole.number.length > 0 && whole.kind > 0 && whole.names.length > 0, JSON.stringify(whole));
  });
  test('stepped to its end', () => {
    const c = smallIndex({}, recs);
    let steps = 1;
    while (!stepSearchIndex(c)) steps++;
    assert.ok(steps > 10, `${steps} steps`);
    const s = searchIndexOf(c);
    assert.equal(stepSearchIndex(c), true, 'a built index takes no more steps');
    assert.deepEqual(answers(s), whole);
  });
  test('begun in steps, finished by a search that needs it', () => {
    const c = smallIndex({}, recs);
    for (let k = 0; k < 5; k++) assert.equal(stepSearchIndex(c), false);
    const s = searchIndexOf(c);
    assert.deepEqual(answers(s), whole);
    assert.equal(stepSearchIndex(c), true);
    assert.equal(searchIndexOf(c), s, 'the finished build is the one kept');
  });
});
