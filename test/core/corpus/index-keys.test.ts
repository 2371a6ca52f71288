// CorpusIndex.get(key): every record key leads to its entry through the id (the index keeps no
// map of all keys), a key joined into another record leads to the record that answers, and an
// unknown key to nothing. Entries without conflicts share one frozen empty list.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recordKey, type DirectiveRecord, type RecordOrigin } from '../../../server/src/core/index';
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
