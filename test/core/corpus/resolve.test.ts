// Resolution of citations to records: numbering restarts (state numbers without a year every
// year, Party numbers every term), local documents by province, named documents by alias.

import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { read, type CorpusIndex, type DirectiveRecord } from '../../../server/src/core/index';
import { bundledIndex, memoryIndex } from '../../helpers/corpus';

let bundled: CorpusIndex;
before(async () => {
  bundled = await bundledIndex();
});

function resolve(corpus: CorpusIndex, text: string, province: string | null = null, reportDate = '2026-11-23') {
  const r = read(text);
  return r.citations.map((c) => corpus.resolve(c, { reportDate, province }));
}

// Test records (clearly test data: an invented issuer) for the state numbering case.
const stateRecord = (id: string, date: string): DirectiveRecord => ({
  type: 'directive', id, kind: 'Nghị quyết', number: id.split('/')[0]!, symbol: 'NQ-TEST', issuer: 'Cơ quan Thử nghiệm', date, sources: [{ title: 'test' }],
});

test('a state number without a year restarts every year', () => {
  const corpus = memoryIndex([stateRecord('126/NQ-TEST', '2026-05-11')]);
  assert.equal(resolve(corpus, 'Nghị quyết số 126/NQ-TEST ngày 11/5/2026')[0]?.certainty, 'exact');
  // Same number, another year: another document the corpus does not know.
  assert.equal(resolve(corpus, 'Nghị quyết số 126/NQ-TEST ngày 08/10/2021')[0], null);
  // No date: the only record, but only probably.
  assert.equal(resolve(corpus, 'Nghị quyết số 126/NQ-TEST')[0]?.entry.record.date, '2026-05-11');
});

test('a Party number restarts every term; within a term a wrong date still resolves', () => {
  // 290-QĐ/TW is of 25/2/2010, khóa X.
  assert.equal(resolve(bundled, 'Quyết định số 290-QĐ/TW ngày 25/3/2010')[0]?.entry.record.id, '290-QĐ/TW');
  assert.equal(resolve(bundled, 'Quyết định số 290-QĐ/TW ngày 25/2/2012')[0], null);
});

test('two documents share an id: the date chooses', () => {
  const [a, b] = resolve(bundled, 'Quy định số 124-QĐ/TW ngày 2/2/2018; Quy định số 124-QĐ/TW ngày 4/10/2023');
  assert.equal(a?.entry.record.date, '2018-02-02');
  assert.equal(b?.entry.record.date, '2023-10-04');
  assert.equal(a?.certainty, 'exact');
});

test('a local symbol resolves only against the report\'s province', () => {
  const text = 'Quyết định 657-QĐ/TU ngày 4/4/2018';
  assert.equal(resolve(bundled, text, 'Hà Tĩnh')[0]?.certainty, 'exact');
  assert.equal(resolve(bundled, text, 'Nghệ An')[0], null);
  assert.equal(resolve(bundled, text, null)[0]?.certainty, 'probable');
  assert.equal(resolve(bundled, 'Quyết định 657-QĐ/TU của BTV Tỉnh ủy Hà Tĩnh', 'Nghệ An')[0]?.certainty, 'exact');
});

test('number-only mentions resolve from kind and issuer', () => {
  const [a, b] = resolve(bundled, 'thực hiện tốt Quyết định 217, Quyết định 218 của Bộ Chính trị');
  assert.equal(a?.entry.record.id, '217-QĐ/TW');
  assert.equal(b?.entry.record.id, '218-QĐ/TW');
  assert.equal(resolve(bundled, 'Kết luận số 21 của Ban Chấp hành Trung ương')[0]?.entry.record.id, '21-KL/TW');
});
