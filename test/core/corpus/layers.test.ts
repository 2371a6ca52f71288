// Layers never silently remove a finding (issue 12, defect 3). Records of one document from
// several layers (bundled, gazette, a user's record files, a user's document headers) are joined:
// the highest answers, the others are its conflicts, a date matching none of them is reported
// at the severity the weakest layer allows, and the hover says the records disagree.
//
// Before the fix, rows 1 and 4 raised nothing: the user record was a candidate of its own, the
// citation resolved only "probably", and every finding on it disappeared.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze, CorpusIndex, hoverAt, resolveOptions, RULE_CODES, type CorpusRecord, type DirectiveRecord, type Entry, type RecordOrigin } from '../../../server/src/core/index';

type Layer = RecordOrigin['layer'];
const R290: DirectiveRecord = {
  type: 'directive', id: '290-QĐ/TW', kind: 'Quyết định', number: '290', symbol: 'QĐ/TW', issuer: 'Bộ Chính trị', date: '2010-02-25', term: 'X',
  sources: [{ title: 'test: bundled' }], confidence: 'confirmed',
};
const LOCAL: DirectiveRecord = {
  type: 'directive', id: '12-NQ/TU', kind: 'Nghị quyết', number: '12', symbol: 'NQ/TU', issuer: 'Ban Chấp hành Đảng bộ tỉnh', organisation: 'Tỉnh ủy Thử Nghiệm',
  date: '2021-03-05', sources: [{ title: 'test: record file' }],
};
const TERM_X: CorpusRecord = { type: 'term', body: 'party-central', term: 'X', start: '2006-04-25', end: '2011-01-19', sources: [{ title: 'test' }] };
const TERM_XIII: CorpusRecord = { type: 'term', body: 'party-central', term: 'XIII', start: '2021-01-30', sources: [{ title: 'test' }] };

interface Row {
  name: string;
  records: [Layer, CorpusRecord][];
  text: string;
  /** Findings of citation-date-mismatch as "severity: written date". */
  expected: string[];
  /** How many other records the cited document's entry keeps as conflicts. */
  conflicts: number;
}

const D = 'Tỉnh Thử Nghiệm, ngày 10 tháng 3 năm 2026\n\n';
const rows: Row[] = [
  {
    name: 'a user record gives the bundled 290-QĐ/TW an organisation: a wrong date is still an error',
    records: [['bundled', R290], ['user-record', { ...R290, organisation: 'Tỉnh ủy Thử Nghiệm', sources: [{ title: 'test: user' }] }]],
    text: `${D}Thực hiện Quyết định số 290-QĐ/TW ngày 25/3/2010 của Bộ Chính trị.`,
    expected: ['error: 25/3/2010'],
    conflicts: 1,
  },
  {
    name: 'the same, with the right date: nothing',
    records: [['bundled', R290], ['user-record', { ...R290, organisation: 'Tỉnh ủy Thử Nghiệm', sources: [{ title: 'test: user' }] }]],
    text: `${D}Thực hiện Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị.`,
    expected: [],
    conflicts: 1,
  },
  {
    name: 'a user record gives the bundled one another date: either date passes, a third is an error',
    records: [['bundled', R290], ['user-record', { ...R290, date: '2010-03-25', sources: [{ title: 'test: user' }] }]],
    text: `${D}Quyết định số 290-QĐ/TW ngày 25/2/2010; Quyết định số 290-QĐ/TW ngày 25/3/2010; Quyết định số 290-QĐ/TW ngày 26/4/2010.`,
    expected: ['error: 26/4/2010'],
    conflicts: 1,
  },
  {
    name: 'two record files, one document, two dates: a third date is an error',
    records: [['user-record', LOCAL], ['user-record', { ...LOCAL, date: '2021-03-15' }]],
    text: `${D}Thực hiện Nghị quyết số 12-NQ/TU ngày 25/3/2021 của Tỉnh ủy Thử Nghiệm.`,
    expected: ['error: 25/3/2021'],
    conflicts: 1,
  },
  {
    name: 'two record files, one document, two dates: each date passes',
    records: [['user-record', LOCAL], ['user-record', { ...LOCAL, date: '2021-03-15' }]],
    text: `${D}Nghị quyết số 12-NQ/TU ngày 5/3/2021 và Nghị quyết số 12-NQ/TU ngày 15/3/2021 của Tỉnh ủy Thử Nghiệm.`,
    expected: [],
    conflicts: 1,
  },
  {
    name: 'a header inferred from a user document disagrees: the weakest layer caps the finding at warning',
    records: [['user-record', LOCAL], ['user-document', { ...LOCAL, date: '2021-03-15' }]],
    text: `${D}Thực hiện Nghị quyết số 12-NQ/TU ngày 25/3/2021 của Tỉnh ủy Thử Nghiệm.`,
    expected: ['warning: 25/3/2021'],
    conflicts: 1,
  },
  {
    name: 'a gazette-derived record alone: at most a warning',
    records: [['gazette', { ...LOCAL, id: '30/2020/NĐ-CP', number: '30', symbol: 'NĐ-CP', kind: 'Nghị định', issuer: 'Chính phủ', organisation: undefined, date: '2020-03-05', evidence: { agreeing: 2 } }]],
    text: `${D}Căn cứ Nghị định số 30/2020/NĐ-CP ngày 15/3/2020 của Chính phủ.`,
    expected: ['warning: 15/3/2020'],
    conflicts: 0,
  },
  {
    name: 'Party numbering restarts each term: the same id in another term is another document, not a conflict',
    records: [['bundled', R290], ['user-record', { ...R290, date: '2022-05-05', term: 'XIII', sources: [{ title: 'test: user' }] }]],
    text: `${D}Quyết định số 290-QĐ/TW ngày 5/5/2022.`,
    expected: [],
    conflicts: 0,
  },
  {
    name: 'local documents of two provinces share an id: not a conflict',
    records: [['user-record', LOCAL], ['user-record', { ...LOCAL, organisation: 'Tỉnh ủy Khác' }]],
    text: `${D}Nghị quyết số 12-NQ/TU ngày 5/3/2021 của Tỉnh ủy Thử Nghiệm.`,
    expected: [],
    conflicts: 0,
  },
];

function check(row: Row) {
  const entries: Entry[] = [TERM_X, TERM_XIII].map((record) => ({ record, origin: { file: 'terms.json', layer: 'bundled' as const } }));
  row.records.forEach(([layer, record], i) => entries.push({ record, origin: { file: `${layer}-${i}.json`, line: i, layer } }));
  const corpus = new CorpusIndex({ version: 'test', asOf: '2026-01-01' }, entries);
  const { options } = resolveOptions(undefined, RULE_CODES);
  const a = analyze(row.text, corpus, options, '2026-11-23');
  const got = a.findings.filter((f) => f.code === 'citation-date-mismatch').map((f) => `${f.severity}: ${row.text.slice(f.span.start, f.span.end)}`);
  assert.deepEqual(got, row.expected);
  const cited = a.resolutions.find((r) => r)?.entry;
  assert.equal(cited?.conflicts.length ?? 0, row.conflicts);
  // The hover of a document with conflicting records says so.
  if (row.conflicts) {
    const at = a.reading.citations[0]!.span.start;
    const h = hoverAt(a, at, corpus);
    assert.match(h?.contents.vi ?? '', /bản ghi khác về văn bản này: [^\n]*\((?:date|organisation) /);
  }
  // A gazette-derived record says so, and what it rests on.
  if (row.records.some(([layer]) => layer === 'gazette')) {
    const h = hoverAt(a, a.reading.citations[0]!.span.start, corpus);
    assert.match(h?.contents.vi ?? '', /Lớp suy ra từ Công báo: .*2 văn bản Công báo độc lập trích cùng ngày/);
  }
}

for (const row of rows) test(`layers: ${row.name}`, () => check(row));

test('layers: two user documents whose headers share a local number and year stay two documents', () => {
  const doc = (date: string, subject: string): DirectiveRecord => ({ type: 'directive', id: '01/KH-UBND', kind: 'Kế hoạch', number: '01', symbol: 'KH-UBND', issuer: 'UBND', date, subject, sources: [{ title: 'header' }] });
  const corpus = new CorpusIndex({ version: 'test', asOf: '2026-01-01' }, [
    { record: doc('2024-01-05', 'xã A'), origin: { file: 'a.md', layer: 'user-document' } },
    { record: doc('2024-02-07', 'xã B'), origin: { file: 'b.md', layer: 'user-document' } },
  ]);
  assert.equal(corpus.byOfficialId('01/KH-UBND').length, 2);
  assert.ok(corpus.byOfficialId('01/KH-UBND').every((e) => e.conflicts.length === 0));
});
