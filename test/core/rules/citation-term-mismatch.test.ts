import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { CorpusIndex } from '../../../server/src/core/index';
import { bundledIndex } from '../../helpers/corpus';
import { applyFix, checkRule, runRule, type RuleCase } from '../../helpers/rules';

let corpus: CorpusIndex;
before(async () => {
  corpus = await bundledIndex();
});

const cases: RuleCase[] = [
  // A National Assembly number whose year is outside its own term (twenty-sixth outside probe); the
  // years at both ends of a term are its own (a law of the last session, one of the first); a term the
  // table does not hold says nothing.
  { text: 'Căn cứ Luật Quản lý thuế số ⟦38/2022/QH14⟧ ngày 13 tháng 6 năm 2022;', messages: ['khóa XIV (2016 – 2021)'] },
  { text: 'Nghị quyết số ⟦27/2012/UBTVQH15⟧ của Ủy ban Thường vụ Quốc hội', messages: ['mang năm 2012'] },
  { text: 'Luật số 38/2019/QH14; Luật số 06/2021/QH14; Luật số 01/2021/QH15; Luật số 64/2016/QH13; Nghị quyết số 51/2001/QH10; Luật 13/2008/QH112.' },
  // The Assembly's terms are known by their years: a day of 2016 is khóa XIII's as well as XIV's (a law passed on 5/4/2016
  // by khóa XIII was told it was khóa XIV's once the term after "được Quốc hội … thông qua" was read; thirty-fourth session).
  { text: 'Luật Báo chí 2016 đã được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 11 thông qua ngày 5/4/2016 và được Chủ tịch nước công bố ngày 29/4/2016.' },
  { text: 'Luật Báo chí số 103/2016/QH13 được Quốc hội ⟦khóa XII⟧ thông qua ngày 5/4/2016.', messages: ['thuộc khóa XIII (2011 – 2016) hoặc khóa XIV (2016 – 2021), không phải khóa XII'] },
  // Khóa XI ran to 2007: its Standing Committee's ordinance of 20/4/2007 is its own (three hundred and forty-eighth
  // outside probe: told it was khóa XII's when the table began at XII); a day of 2003 is khóa XI's, not X's.
  { text: 'Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20-4-2007 của Ủy ban Thường vụ Quốc hội khóa XI quy định việc thực hiện dân chủ ở xã, phường, thị trấn.' },
  { text: 'Nghị quyết số 20/2003/QH11 của Quốc hội ⟦khóa X⟧ ngày 5-6-2003.', messages: ['thuộc khóa XI (2002 – 2007), không phải khóa X'] },
  // A term written once after a list of two kinds qualifies the issuer both share (three hundred and forty-sixth outside
  // probe): the member it does not fit is named and warned of, the last one, which it fits, is not, and no fix changes
  // the numeral under both.
  { text: 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương ⟦khóa XIII⟧ về tinh gọn bộ máy.', messages: ['Nghị quyết 18-NQ/TW (ngày 25/10/2017) thuộc khóa XII (27/1/2016 – 31/1/2021), không phải khóa XIII (khóa ghi chung sau danh sách)'] },
  // The Assembly shortened to "QH", and "ban hành" for "thông qua" (three hundred and sixty-fifth outside probe: the law of
  // khóa XI given khóa XII went untold).
  { text: 'Năm 2006, Luật Bình đẳng giới được QH ⟦khóa XII⟧ ban hành.', messages: ['Luật 73/2006/QH11 (ngày 29/11/2006) thuộc khóa XI (2002 – 2007), không phải khóa XII'] },
  { text: 'Năm 2006, Luật Bình đẳng giới được Quốc hội khóa XI ban hành.' },
  // The law named is the term's, its day written another year's: the year is the slip, told by citation-date-mismatch alone
  // (two hundred and ninety-fifth outside probe: the term was told as well).
  { text: 'Luật Biên phòng Việt Nam được Quốc hội nước Cộng hòa xã hội chủ nghĩa Việt Nam khóa XIV, kỳ họp thứ 10 thông qua ngày 11 tháng 11 năm 2022.' },
  // The date decides, against the Central Committee term table.
  { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị ⟦khóa XI⟧', messages: ['thuộc khóa X'] },
  // The seen-in-the-wild case (conventions §1.8): 28/3/2002 is khóa IX.
  { text: 'Chỉ thị số 10-CT/TW ngày 28/3/2002 của Ban Bí thư (⟦khoá VIII⟧)', messages: ['khóa IX'] },
  // No date written, and the subject says it is the record: the record's term.
  { text: 'Quyết định số 290-QĐ/TW của Bộ Chính trị ⟦khoá XII⟧ về ban hành Quy chế công tác dân vận của hệ thống chính trị', messages: ['thuộc khóa X ('] },
  // No date and nothing else that identifies the record: Party numbers restart every term, so
  // this is probably another Quyết định 290 (citation-unknown says so), not a wrong term.
  { text: 'Quyết định số 290-QĐ/TW của Bộ Chính trị khoá XII' },
  // The date written is the record's: the same document, the term is the slip.
  { text: 'Nghị quyết 25-NQ/TW ngày 3/6/2013 của BCH Trung ương Đảng ⟦khóa XII⟧', messages: ['thuộc khóa XI'] },
  // The term written is the record's and the day's year is not: the date is the slip, told by citation-date-mismatch
  // (two hundred and twenty-first outside probe: told to change the term).
  { text: 'Ngày 27/4/2014, Bộ Chính trị (khóa X) đã ban hành Nghị quyết số 11-NQ/TW về công tác phụ nữ thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước' },
  // Right terms, both tone placements, in brackets.
  { text: 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khoá X; Nghị quyết 25-NQ/TW ngày 3/6/2013 của BCH Trung ương Đảng (khóa XI)' },
  // Around a congress the outgoing and incoming terms overlap: no alarm within a week.
  { text: 'Kết luận số 999-KL/TW ngày 28/1/2016 của Bộ Chính trị khóa XI' },
  // A province's own term is never judged against the national table.
  { text: 'Quyết định 657-QĐ/TU ngày 4/4/2018 của Ban Thường vụ Tỉnh ủy Hà Tĩnh (khóa XVIII)' },
  // Unknown document, date in another term.
  { text: 'Kết luận số 999-KL/TW ngày 1/6/2019 của Ban Bí thư ⟦khóa XIII⟧' },
  // No date: a term two or more after the report's own has not begun (eighty-sixth outside probe); the next
  // one is written before it begins (the congress's personnel, the elections), and a province's is its own.
  { text: 'Thực hiện Nghị quyết số 43-NQ/TW của Ban Chấp hành Trung ương Đảng (⟦khóa XVIII⟧) về đại đoàn kết.', today: '2024-05-10', messages: ['Chưa có khóa XVIII: hôm nay (10/5/2024) là khóa XIII (31/1/2021 – 23/1/2026)'] },
  { text: 'Chuẩn bị nhân sự Ban Chấp hành Trung ương Đảng khóa XIV theo Quy định số 999-QĐ/TW của Bộ Chính trị khóa XIV.', today: '2025-05-10' },
  { text: 'Thực hiện Nghị quyết số 99-NQ/TW của Bộ Chính trị ⟦khóa XV⟧.', today: '2025-05-10', messages: ['Chưa có khóa XV'] },
  { text: 'Thực hiện Nghị quyết số 12-NQ/TU của Ban Chấp hành Đảng bộ tỉnh (khóa XX).', today: '2025-05-10' },
];

for (const c of cases) test(`citation-term-mismatch: ${c.text}`, () => void checkRule('citation-term-mismatch', corpus, c));

test('citation-term-mismatch fix replaces the numeral', () => {
  const input = 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa XI về Quy chế';
  const [f] = runRule('citation-term-mismatch', input, corpus);
  assert.equal(applyFix(input, f!), 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa X về Quy chế');
});

test('citation-term-mismatch: without the corpus confirming the document, the fix is not safe for Fix all', () => {
  const [f] = runRule('citation-term-mismatch', 'Quyết định số 290-QĐ/TW ngày 25/2/2012 của Bộ Chính trị khóa X', corpus);
  assert.equal(f!.fixes![0]!.safe, false);
  const [g] = runRule('citation-term-mismatch', 'Quyết định số 290-QĐ/TW ngày 25/2/2010 của Bộ Chính trị khóa XI', corpus);
  assert.equal(g!.fixes![0]!.safe, true);
});

test('citation-term-mismatch: a term written in digits is judged, and its fix writes the Roman numeral in their place', () => {
  const input = 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương khóa 11 về cán bộ';
  const [f] = runRule('citation-term-mismatch', input, corpus);
  assert.match(f!.message.vi, /ngày 19\/5\/2018 thuộc khóa XII .*không phải khóa XI /);
  assert.equal(applyFix(input, f!), 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương khóa XII về cán bộ');
  assert.deepEqual(runRule('citation-term-mismatch', 'Nghị quyết số 26-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương khóa 12 về cán bộ', corpus), []);
});

test('citation-term-mismatch: a term shared by a list is a warning with no fix', () => {
  const [f] = runRule('citation-term-mismatch', 'Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 và Kết luận số 121-KL/TW ngày 24/1/2025 của Ban Chấp hành Trung ương khóa XIII.', corpus);
  assert.equal(f?.severity, 'warning');
  assert.deepEqual(f?.fixes ?? [], []);
});
