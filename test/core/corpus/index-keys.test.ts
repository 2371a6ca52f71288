// CorpusIndex.get(key): every record key leads to its entry through the id (the index keeps no
// map of all keys), a key joined into another record leads to the record that answers, and an
// unknown key to nothing. Entries without conflicts share one frozen empty list.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idMatchKey, recordKey, type DirectiveRecord, type RecordOrigin } from '../../../server/src/core/index';
import { CorpusIndex } from '../../../server/src/core/index';

// Test data only: an invented province, no real fact implied.
const R = (over: Partial<DirectiveRecord>): DirectiveRecord => ({
  type: 'directive', id: '12-NQ/TU', kind: 'Nghị quyết', number: '12', symbol: 'NQ/TU', issuer: 'Ban Chấp hành Đảng bộ tỉnh',
  organisation: 'Tỉnh ủy Thử Nghiệm', date: '2021-03-05', sources: [{ title: 'test' }], ...over,
});
const A = R({});
const OTHER_PROVINCE = R({ organisation: 'Tỉnh ủy Đối Chứng' });
const OTHER_YEAR = R({ date: '2023-01-09' });
const CENTRAL = R({ id: '290-QĐ/TW', kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị', organisation: undefined, date: '2010-02-25' });
// The same document from a user's record file with another date: joined into A (same year).
const A_USER = R({ date: '2021-03-15' });
// A number written with a leading zero: its key uses the id's match form.
const ZERO = R({ id: '08-NQ/TU', number: '08', date: '2022-05-01' });

const index = new CorpusIndex({ version: 'test', asOf: '2026-01-01' }, [
  ...[A, OTHER_PROVINCE, OTHER_YEAR, CENTRAL, ZERO].map((record, i) => ({ record, origin: { file: 'b.json', line: i, layer: 'bundled' as RecordOrigin['layer'] } })),
  { record: A_USER, origin: { file: 'user.json', line: 0, layer: 'user-record' } },
]);

const rows: [name: string, key: string, answers: DirectiveRecord | undefined][] = [
  ['a local record', recordKey(A), A],
  ['the same id in another province', recordKey(OTHER_PROVINCE), OTHER_PROVINCE],
  ['the same id in another year', recordKey(OTHER_YEAR), OTHER_YEAR],
  ['a central record (no organisation in its key)', recordKey(CENTRAL), CENTRAL],
  ['a record whose number has a leading zero', recordKey(ZERO), ZERO],
  ['a record joined into another answers with the one it joined', recordKey(A_USER), A],
  ['an unknown key', '12-NQ/TU|tinh uy thu nghiem|2020-01-01', undefined],
  ['an id the corpus does not have', '99-NQ/TU||2020-01-01', undefined],
  ['not a key', 'không phải khóa', undefined],
];
for (const [name, key, answers] of rows) test(name, () => assert.equal(index.get(key)?.record, answers));

test('the joined record is a conflict of the one that answers', () => {
  assert.deepEqual(index.get(recordKey(A))!.conflicts.map((c) => c.record), [A_USER]);
});

test('an entry without conflicts shares a frozen empty list: a push fails loudly', () => {
  const plain = index.get(recordKey(CENTRAL))!;
  assert.deepEqual(plain.conflicts, []);
  assert.throws(() => plain.conflicts.push({ record: A, origin: { file: 'x', layer: 'bundled' } }), TypeError);
});

test('the key of every entry is the key of its record, made when first asked', () => {
  for (const e of index.directives) assert.equal(e.key, recordKey(e.record));
  assert.equal(index.get(recordKey(ZERO))!.key, '8-NQ/TU|tinh uy thu nghiem|2022-05-01');
});

// idMatchKey: an id already in key form comes back as it is; any other is rewritten (spaces out,
// leading zeros off, capitals, "Ð" (U+00D0) read as "Đ"). The shortcut must never keep an id the
// rewrite would change.
const keyRows: [id: string, key: string][] = [
  ['290-QĐ/TW', '290-QĐ/TW'],
  ['05/2020/NĐ-CP', '5/2020/NĐ-CP'],
  ['0-QĐ/TW', '0-QĐ/TW'],
  ['08-NQ/TU', '8-NQ/TU'],
  ['08', '8'],
  ['0', '0'],
  ['15-CT/TW', '15-CT/TW'],
  ['15 - CT/TW', '15-CT/TW'],
  ['33/CT-TTg', '33/CT-TTG'],
  ['43/2019/QH14', '43/2019/QH14'],
  ['12-NQ/ÐU', '12-NQ/ĐU'],
  ['12-nq/tw', '12-NQ/TW'],
  ['', ''],
];
for (const [id, key] of keyRows) test(`idMatchKey(${JSON.stringify(id)})`, () => assert.equal(idMatchKey(id), key));

test('idMatchKey: the key-form shortcut agrees with the rewrite on random ids', () => {
  const alphabet = ['0', '1', '9', '-', '/', ' ', 'A', 'Z', 'a', 'Đ', 'đ', 'Ð', '.', 'Q'];
  let seed = 7;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const slow = (id: string) => id.normalize('NFC').replace(/\s+/g, '').replace(/^0+(?=\d)/, '').toUpperCase().replace(/Ð/g, 'Đ');
  for (let n = 0; n < 5000; n++) {
    let id = '';
    const len = Math.floor(rnd() * 8);
    for (let i = 0; i < len; i++) id += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.equal(idMatchKey(id), slow(id), JSON.stringify(id));
  }
});
