// Terms (khóa): ⟦…⟧ marks each term; expected "roman:scope:body" (body "-" when none).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { read } from '../../../server/src/core/extract/reading';
import { romanValue, toRoman } from '../../../server/src/core/extract/terms';
import { parseMarkers } from '../../helpers/markers';

function check(src: string, expected: string[]): void {
  const m = parseMarkers(src);
  const r = read(m.text);
  assert.deepEqual(r.terms.map((t) => m.text.slice(t.span.start, t.span.end)), m.spans.map((s) => s.text), `spans in ${src}`);
  assert.deepEqual(r.terms.map((t) => `${t.roman}:${t.scope}:${t.body ?? '-'}`), expected, `terms in ${src}`);
}

const cases: [string, string[]][] = [
  ['Ủy viên Bộ Chính trị ⟦khóa X⟧', ['X:party-central:Bộ Chính trị']],
  ['Ban Chấp hành Trung ương Đảng ⟦khoá XI⟧ đã ban hành', ['XI:party-central:Ban Chấp hành Trung ương Đảng']],
  ['Ban Bí thư (⟦khóa XII⟧) chỉ đạo', ['XII:party-central:Ban Bí thư']],
  ['Nghị quyết Hội nghị Trung ương 4 (⟦khóa XI⟧)', ['XI:party-central:Hội nghị Trung ương 4']],
  // A province's own numbering is never the national term.
  ['Ban Thường vụ Tỉnh ủy (⟦khóa XV⟧) đã họp', ['XV:local:Tỉnh ủy']],
  ['Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh ⟦khóa XIX⟧', ['XIX:local:Đảng bộ tỉnh Hà Tĩnh']],
  ['đại biểu HĐND tỉnh ⟦khóa XVIII⟧', ['XVIII:local:HĐND tỉnh']],
  ['bầu cử đại biểu Quốc hội ⟦khóa XV⟧', ['XV:national-assembly:Quốc hội']],
  // Both tone placements, capitals; no body before it.
  ['⟦KHÓA XIII⟧ và ⟦Khoá XIV⟧', ['XIII:unknown:-', 'XIV:unknown:-']],
  // Not terms: a course, an ill-formed numeral, a word that merely starts like one.
  ['khóa học bồi dưỡng, khóa IIII, khóa XVIIII, khóa luận', []],
];
for (const [src, exp] of cases) test(`terms: ${JSON.stringify(src)}`, () => check(src, exp));

test('a term after a cited document with no body takes the document\'s numbering', () => {
  const r = read('Quyết định số 01-QĐNS/TW (khóa XI); Nghị quyết số 10-NQ/TU khóa XVIII');
  assert.deepEqual(r.terms.map((t) => `${t.roman}:${t.scope}`), ['XI:party-central', 'XVIII:local']);
});

test('Roman numerals', () => {
  const cases: [string, number | null][] = [['X', 10], ['XI', 11], ['XIV', 14], ['XIX', 19], ['XL', 40], ['IIII', null], ['VX', null], ['IL', null]];
  for (const [s, v] of cases) assert.equal(romanValue(s), v, s);
  for (let n = 1; n < 50; n++) assert.equal(romanValue(toRoman(n)), n);
});
